/**
 * Layout-shift benchmark: serves a built site, opens one page of every type
 * in Chromium at 390 and 1280 px on a slow connection (400 kbit/s, 400 ms,
 * CPU slowed 4×, empty cache) and prints each page's cumulative layout
 * shift (the largest session window, as Core Web Vitals count it) from a
 * PerformanceObserver. Prints a table; asserts nothing.
 *
 *   npm run build && npm run bench:cls [-- --dir dist --lang fr --cpu 4 --only catalogue]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { option } from '../scripts/lib/args.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { startServer } from '../scripts/serve.ts';

const dir = option('dir', 'dist');
const lang = option('lang', 'fr');
const cpu = Number(option('cpu', '4'));
/** Only the page types whose name contains this (e.g. --only catalogue). */
const only = option('only', '');
const TARGET = 0.05;

/** The first folder under dist/<lang>/<section>/ (a practice, a city, an indicator). */
function firstEntry(section: string): string {
  const folder = join(dir, lang, section);
  const entry = readdirSync(folder, { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(folder, e.name, 'index.html')),
  );
  if (!entry) throw new Error(`${folder} has no page: build the site first (npm run build)`);
  return `/${lang}/${section}/${entry.name}/`;
}

/** What "the page is finished" means for pages that draw late (search results, map markers). */
type Ready = 'load' | 'search' | 'map' | 'offline';

const ALL_PAGES: { type: string; path: string; ready: Ready }[] = [
  { type: 'home', path: `/${lang}/`, ready: 'load' },
  { type: 'catalogue', path: `/${lang}/practices/`, ready: 'search' },
  { type: 'catalogue, filtered', path: `/${lang}/practices/?theme=violence-against-women`, ready: 'search' },
  { type: 'search', path: `/${lang}/practices/?q=femmes`, ready: 'search' },
  { type: 'practice', path: firstEntry('practices'), ready: 'load' },
  { type: 'city', path: firstEntry('cities'), ready: 'load' },
  { type: 'map', path: `/${lang}/map/`, ready: 'map' },
  { type: 'indicator', path: firstEntry('indicators'), ready: 'load' },
  { type: 'data', path: `/${lang}/data/`, ready: 'load' },
  { type: 'vocabulary', path: `/${lang}/editors/vocabularies/`, ready: 'load' },
  { type: 'offline', path: `/${lang}/offline/`, ready: 'offline' },
];
const PAGES = ALL_PAGES.filter((p) => p.type.includes(only));
const WIDTHS = [390, 1280];

/** Collects layout shifts from the first paint on; runs before any of the page's scripts. */
const OBSERVER = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        time: entry.startTime,
        value: entry.value,
        nodes: (entry.sources || []).map((s) => s.node ? (s.node.id ? '#' + s.node.id : '') + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : s.node.nodeName || '') : '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Shift {
  time: number;
  value: number;
  nodes: string[];
}

/** CLS: the largest burst of shifts less than 1 s apart and spanning at most 5 s. */
export function largestSessionWindow(shifts: readonly Shift[]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.time - last > 1000 || shift.time - start > 5000) {
      current = 0;
      start = shift.time;
    }
    current += shift.value;
    last = shift.time;
    best = Math.max(best, current);
  }
  return best;
}

async function finished(page: Page, ready: Ready): Promise<void> {
  await page.waitForLoadState('load', { timeout: 180_000 });
  if (ready === 'search')
    await page.waitForFunction(
      () => {
        const root = document.querySelector('[data-catalogue-search]');
        return (
          root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== ''
        );
      },
      undefined,
      { timeout: 180_000 },
    );
  if (ready === 'map') await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 180_000 });
  // The save page has filled in its panel when it offers to save or says why it cannot (not "preparing").
  if (ready === 'offline')
    await page.waitForFunction(
      () => {
        const root = document.querySelector('[data-offline-save]');
        const config = JSON.parse(root?.querySelector('script')?.textContent ?? '{}') as {
          strings?: { preparing?: string };
        };
        const status = root?.querySelector('[data-offline-status]')?.textContent ?? '';
        return (
          root?.querySelector('[data-offline-start]:not([hidden])') !== null ||
          (status !== '' && status !== config.strings?.preparing)
        );
      },
      undefined,
      { timeout: 180_000 },
    );
  // Late work (fonts, images, a script's second frame) gets a quiet second to shift things.
  await page.waitForTimeout(1500);
}

const { server, url } = await startServer({ dir, port: 0 });
const browser = await launchChromium();
const rows: { type: string; width: number; cls: number; seconds: number; culprits: string }[] = [];
try {
  for (const { type, path, ready } of PAGES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 800 ? 844 : 800 } });
      await context.addInitScript(OBSERVER);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: (400 * 1000) / 8,
        uploadThroughput: (400 * 1000) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const started = performance.now();
      await page.goto(new URL(path.slice(1), url).href, { waitUntil: 'commit', timeout: 180_000 });
      await finished(page, ready);
      const seconds = (performance.now() - started) / 1000;
      const shifts = (await page.evaluate('window.__shifts')) as Shift[];
      const cls = largestSessionWindow(shifts);
      const culprits = [...new Set(shifts.filter((s) => s.value > 0.001).flatMap((s) => s.nodes))]
        .slice(0, 4)
        .join(' ');
      rows.push({ type, width, cls, seconds, culprits });
      console.log(
        `${type} @${width}: CLS ${cls.toFixed(3)} (${seconds.toFixed(1)} s)${culprits ? `  ${culprits}` : ''}`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\nCumulative layout shift, ${lang}, 400 kbit/s, 400 ms, CPU ÷${cpu}, empty cache (target < ${TARGET}):\n`);
console.log('| page | path | 390 px | 1280 px |');
console.log('| --- | --- | --- | --- |');
for (const { type, path } of PAGES) {
  const cell = (width: number) => {
    const row = rows.find((r) => r.type === type && r.width === width)!;
    return `${row.cls.toFixed(3)}${row.cls >= TARGET ? ' ✗' : ''}`;
  };
  console.log(`| ${type} | \`${path}\` | ${cell(390)} | ${cell(1280)} |`);
}
const worst = Math.max(...rows.map((r) => r.cls));
console.log(`\nworst: ${worst.toFixed(3)} ${worst < TARGET ? '(all under the target)' : '(above the target)'}`);
