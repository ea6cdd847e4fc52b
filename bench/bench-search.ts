/**
 * Search benchmark: for the sample catalogue and a generated one, the bytes
 * a first search transfers and the time until its first results show, as a
 * visitor on a fresh cache sees them. Prints a table; asserts nothing.
 *
 *   node bench/bench-search.ts [--sizes 10000] [--query égalité]
 */
import { option } from '../scripts/lib/args.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCatalogue } from './generate-catalogue.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { measureFirstSearch, type FirstSearch } from './lib/search-page.ts';
import { startServer } from '../scripts/serve.ts';

const sizes = option('sizes', '10000').split(',').map(Number).filter(Boolean);
const query = option('query', 'égalité');

interface Row extends FirstSearch {
  catalogue: string;
  practices: number;
}

function build(content: string, out: string): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    stdio: 'inherit',
    env: { ...process.env, CI: '1' },
  });
  if (run.status !== 0) throw new Error(`build of ${content} failed`);
}

async function measure(siteDir: string, label: string, practices: number): Promise<Row> {
  const { server, url } = await startServer({ dir: siteDir, port: 0 });
  const browser = await launchChromium();
  try {
    return { catalogue: label, practices, ...(await measureFirstSearch(browser, url, query)) };
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: Row[] = [];
const reuse = process.argv.includes('--reuse');
if (!reuse || !existsSync('.cache/bench/site-sample')) build('content', '.cache/bench/site-sample');
rows.push(await measure('.cache/bench/site-sample', 'sample', 5));
for (const size of sizes) {
  const content = join('bench-out', `catalogue-${size}`);
  if (!existsSync(join(content, 'site.yaml')))
    generateCatalogue({
      practices: size,
      cities: Math.max(50, Math.round(size / 8)),
      observations: 1000,
      out: content,
    });
  const site = join('.cache', 'bench', `site-${size}`);
  if (!reuse || !existsSync(site)) build(content, site);
  rows.push(await measure(site, `generated`, size));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `\n/fr/practices/ opened on an empty cache (page, search bundle, first listing), then a first query "${query}"\n`,
);
console.log(
  '| catalogue | practices | open: bytes | open: time to results | query: requests | query: bytes | query: time to results | results |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.catalogue} | ${r.practices} | ${kb(r.openBytes)} | ${r.openMs.toFixed(0)} ms | ${r.queryRequests} | ${kb(r.queryBytes)} | ${r.queryMs.toFixed(0)} ms | ${r.results} |`,
  );
}
