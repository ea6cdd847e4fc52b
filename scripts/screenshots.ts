/**
 * Screenshots of every page type in every language at 390 and 1280 px, from
 * the built site (dist/, or --dir), in Debian's Chromium, written to
 * screenshots/ (git-ignored) as <kind>-<lang>-<width>.png, whole pages.
 * For reviewing the design by eye; asserts nothing.
 *
 *   npm run screenshots [-- --dir dist --only practice,city --lang en --width 390]
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { option } from './lib/args.ts';
import { launchChromium } from './lib/chromium.ts';
import { startServer } from './serve.ts';
import { sitePages } from './lib/site-pages.ts';

const dir = resolve(option('dir', 'dist'));
const out = resolve(option('out', 'screenshots'));
const only = option('only', '').split(',').filter(Boolean);
const langs = option('lang', '').split(',').filter(Boolean);
const widths = option('width', '390,1280').split(',').map(Number).filter(Boolean);

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const viewport = (width: number): BrowserContextOptions =>
  width < 600
    ? { viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }
    : { viewport: { width, height: 800 } };

const { server, url } = await startServer({ dir, port: 0 });
const browser = await launchChromium();
if (!only.length && !langs.length) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let count = 0;
try {
  for (const page of sitePages(only, langs)) {
    for (const width of widths) {
      const context = await browser.newContext({ ...viewport(width), ...page.contextOptions });
      // Only this machine: a page asking any other host is a bug the tests report; here it must not hang.
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      const tab = await context.newPage();
      await tab.goto(new URL(page.path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
      if (page.kind === 'map') await tab.waitForSelector('[data-map-canvas][data-ready]', { timeout: 15_000 });
      const file = join(out, `${page.kind}-${page.lang}-${width}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      await context.close();
      count += 1;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}`);
