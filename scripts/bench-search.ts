/**
 * Search benchmark: for the sample catalogue and a generated one, the bytes
 * a first search transfers and the time until its first results show, as a
 * visitor on a fresh cache sees them. Prints a table; asserts nothing.
 *
 *   node scripts/bench-search.ts [--sizes 10000] [--query égalité]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateCatalogue } from './generate-catalogue.ts';
import { launchChromium } from './lib/chromium.ts';
import { startServer } from './serve.ts';

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
};
const sizes = arg('sizes', '10000').split(',').map(Number).filter(Boolean);
const query = arg('query', 'égalité');

interface Row {
  catalogue: string;
  practices: number;
  bytes: number;
  requests: number;
  ms: number;
  results: string;
}

function build(content: string, out: string): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], { stdio: 'inherit', env: { ...process.env, CI: '1' } });
  if (run.status !== 0) throw new Error(`build of ${content} failed`);
}

async function measure(siteDir: string, label: string, practices: number): Promise<Row> {
  const { server, url } = await startServer({ dir: siteDir, port: 0 });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}fr/practices/`);
    await page.waitForSelector('[data-catalogue-search]:not([hidden])');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests++;
    });
    const started = performance.now();
    await page.fill('#catalogue-query', query);
    await page.press('#catalogue-query', 'Enter');
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q && !document.querySelector('[data-catalogue-search]')?.hasAttribute('aria-busy'), query);
    const ms = performance.now() - started;
    const results = (await page.textContent('[data-status]')) ?? '';
    return { catalogue: label, practices, bytes, requests, ms, results: results.trim() };
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: Row[] = [];
build('content', '.cache/bench/site-sample');
rows.push(await measure('.cache/bench/site-sample', 'sample', 5));
for (const size of sizes) {
  const content = join('bench-out', `catalogue-${size}`);
  if (!existsSync(join(content, 'site.yaml'))) generateCatalogue({ practices: size, cities: Math.max(50, Math.round(size / 8)), observations: 1000, out: content });
  const site = join('.cache', 'bench', `site-${size}`);
  build(content, site);
  rows.push(await measure(site, `generated`, size));
}

console.log(`\nFirst search for "${query}" on /fr/practices/ (page already loaded, cold search cache)\n`);
console.log('| catalogue | practices | requests | bytes transferred | time to first results | results |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(`| ${r.catalogue} | ${r.practices} | ${r.requests} | ${(r.bytes / 1024).toFixed(1)} KB | ${r.ms.toFixed(0)} ms | ${r.results} |`);
}
