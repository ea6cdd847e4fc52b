/**
 * Map benchmark: builds a generated catalogue, serves it, opens /fr/map/ in
 * Chromium on a fresh cache and prints the bytes the map's data transferred
 * (markers, basemap, its names, filter index), the whole page's bytes, and the time
 * until the markers are on the map and answer clicks and keys. Once
 * without a search and once with a facet filter in the URL; and the
 * basemap with its names gzipped (the budget is 200 KB). Prints tables;
 * asserts nothing.
 *
 *   node bench/bench-map.ts [--sizes 1000,10000]
 */
import { option } from '../scripts/lib/args.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCatalogue } from './generate-catalogue.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { startServer } from '../scripts/serve.ts';

const sizes = option('sizes', '10000').split(',').map(Number).filter(Boolean);

interface Row {
  practices: number;
  url: string;
  mapDataBytes: number;
  basemapBytes: number;
  labelBytes: number;
  filterBytes: number;
  pageBytes: number;
  htmlBytes: number;
  icons: number;
  shown: string;
  ms: number;
}

function build(content: string, out: string): void {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    stdio: 'inherit',
    env: { ...process.env, CI: '1' },
  });
  if (run.status !== 0) throw new Error(`build of ${content} failed`);
  console.log(`built ${content} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function measure(siteDir: string, practices: number, query: string): Promise<Row> {
  const { server, url } = await startServer({ dir: siteDir, port: 0 });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const bytes = { map: 0, basemap: 0, labels: 0, filters: 0, page: 0, html: 0 };
    cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) =>
      urls.set(event.requestId, event.request.url),
    );
    cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
      const address = urls.get(event.requestId) ?? '';
      bytes.page += event.encodedDataLength;
      if (address.includes('/data/map/countries.json')) bytes.basemap += event.encodedDataLength;
      else if (address.includes('/data/map/labels-')) bytes.labels += event.encodedDataLength;
      else if (address.includes('/data/map/filters.json')) bytes.filters += event.encodedDataLength;
      else if (address.includes('/data/map/')) bytes.map += event.encodedDataLength;
      else if (address.includes('/fr/map/')) bytes.html += event.encodedDataLength;
    });
    const address = `${url}fr/map/${query}`;
    const started = performance.now();
    await page.goto(address, { waitUntil: 'commit' });
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 300_000 });
    // Interactive: a marker or cluster is on the map and the main thread is free to answer it.
    await page.waitForSelector('.leaflet-marker-icon');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return {
      practices,
      url: `/fr/map/${query}`,
      mapDataBytes: bytes.map,
      basemapBytes: bytes.basemap,
      labelBytes: bytes.labels,
      filterBytes: bytes.filters,
      pageBytes: bytes.page,
      htmlBytes: bytes.html,
      icons: await page.locator('.leaflet-marker-icon').count(),
      shown: ((await page.textContent('[data-map-status]')) ?? '').trim(),
      ms,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The basemap and each language's names, as a host that compresses would send them (gzip, default level). */
function basemapGzipped(siteDir: string): { lang: string; raw: number; gzipped: number }[] {
  const basemap = readFileSync(join(siteDir, 'data/map/countries.json'));
  return ['fr', 'en', 'es']
    .filter((lang) => existsSync(join(siteDir, `data/map/labels-${lang}.json`)))
    .map((lang) => {
      const labels = readFileSync(join(siteDir, `data/map/labels-${lang}.json`));
      return {
        lang,
        raw: basemap.length + labels.length,
        gzipped: gzipSync(basemap).length + gzipSync(labels).length,
      };
    });
}

const rows: Row[] = [];
let weights: ReturnType<typeof basemapGzipped> = [];
for (const size of sizes) {
  const content = join('bench-out', `catalogue-${size}`);
  if (!existsSync(join(content, 'site.yaml')))
    generateCatalogue({
      practices: size,
      cities: Math.max(50, Math.round(size / 8)),
      observations: 1000,
      out: content,
    });
  const site = join('.cache', 'bench', `site-map-${size}`);
  build(content, site);
  weights = basemapGzipped(site);
  rows.push(await measure(site, size, ''));
  rows.push(await measure(site, size, '?theme=mobility'));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n/fr/map/ on a fresh cache, served without compression\n');
console.log(
  '| practices | URL | markers data | basemap | names | filter index | HTML | whole page | icons drawn | time to interactive markers | status |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.practices} | ${r.url} | ${kb(r.mapDataBytes)} | ${kb(r.basemapBytes)} | ${kb(r.labelBytes)} | ${kb(r.filterBytes)} | ${kb(r.htmlBytes)} | ${kb(r.pageBytes)} | ${r.icons} | ${r.ms.toFixed(0)} ms | ${r.shown} |`,
  );
}
console.log('\nBasemap with its names (countries.json + labels-<lang>.json), budget 200 KB gzipped\n');
console.log('| language | raw | gzipped |');
console.log('| --- | ---: | ---: |');
for (const w of weights) console.log(`| ${w.lang} | ${kb(w.raw)} | ${kb(w.gzipped)} |`);
