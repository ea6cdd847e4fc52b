/**
 * `npm run bench:search-stage -- --site <built site> --cache <its cache folder> [--runs 3]`:
 * the search stage of a rebuild after one practice page changed, alone,
 * against Pagefind indexing every practice page as the build did before
 * session 9 (docs/performance.md, "Session 9: search stage of a rebuild").
 *
 * The site must have been built with this cache folder (its record of
 * the index is read). Each run copies the site as a staging folder, adds a
 * sentence to the first English practice page's article, and runs one way
 * of indexing it; runs of the two ways alternate. Printed per run: wall
 * time, this process's CPU time and Pagefind's (its process, read from
 * /proc once it exits: Linux only), the languages indexed, and the load.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { option } from '../scripts/lib/args.ts';
import { childCpuSeconds } from './lib/process.ts';
import { openSearchIndex, stopSearchService } from '../src/build/search-index.ts';
import { startSearchStage } from '../src/build/search-stage.ts';

const argv = process.argv.slice(2);
const site = option('site', '', argv);
const cache = option('cache', '', argv);
if (!site || !cache) {
  console.error('--site <built site> and --cache <the cache folder it was built with> are required.');
  process.exit(2);
}
const runs = Number(option('runs', '3', argv));
const staging = join(tmpdir(), `atlas-bench-search-stage-${process.pid}`);

function stage(): void {
  rmSync(staging, { recursive: true, force: true });
  cpSync(site, staging, { recursive: true });
  rmSync(join(staging, 'pagefind'), { recursive: true, force: true });
  const id = readdirSync(join(staging, 'en', 'practices')).sort()[0]!;
  const page = join(staging, 'en', 'practices', id, 'index.html');
  // Written anew: the copy is a file of its own, the site's page stays as it was.
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace('</article>', '<p>A sentence added to measure a rebuild.</p></article>'),
  );
}

const ways: Record<string, () => Promise<string[]>> = {
  async 'every language'() {
    const indexer = await openSearchIndex();
    await indexer.addPagesOf(staging);
    await indexer.writeInto(staging);
    await indexer.close();
    return ['en', 'es', 'fr'];
  },
  async 'changed languages'() {
    const started = await startSearchStage({
      staging,
      lastSite: site,
      languages: ['fr', 'en', 'es'],
      recordFile: join(cache, 'practice-atlas', 'search-index.json'),
    });
    return (await started.written).reindexed;
  },
};

for (let run = 1; run <= runs; run++) {
  const order = run % 2 === 1 ? Object.keys(ways) : Object.keys(ways).reverse();
  for (const name of order) {
    stage();
    const load = loadavg()[0]!.toFixed(1);
    const [children, own, start] = [childCpuSeconds(), process.cpuUsage(), performance.now()];
    const indexed = await ways[name]!();
    const wall = (performance.now() - start) / 1000;
    const ownCpu = process.cpuUsage(own);
    await stopSearchService();
    await new Promise((resolve) => setTimeout(resolve, 300)); // Pagefind's process reaped, its time counted
    console.log(
      `run ${run} ${name.padEnd(17)} wall ${wall.toFixed(2)} s · CPU here ${((ownCpu.user + ownCpu.system) / 1e6).toFixed(2)} s · Pagefind ${(childCpuSeconds() - children).toFixed(2)} s · indexed ${indexed.join(', ') || 'none'} · load ${load}`,
    );
  }
}
rmSync(staging, { recursive: true, force: true });
