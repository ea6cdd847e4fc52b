/**
 * The catalogue offline, in Chromium: the worker registers, the English
 * catalogue is saved from its page (size shown first), then the server is
 * stopped and the browser put offline, and pages never visited, a search
 * and the map still work; a page of a language not saved gives the
 * "not saved" page in its language. Then an update: two builds of the same
 * catalogue, differing by one title, served in turn at the same address; a
 * returning visitor gets the new version after the prompt, and never a
 * page of one build with search results of the other.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { workerVersion } from './offline-worker.ts';
import {
  describeViolations,
  DESKTOP,
  LANGUAGES,
  PHONE,
  runAxe,
  siteUrl,
  useBrowser,
  type TrackedPage,
} from './browser.ts';
import { contentDir, entryIds, expectedHeading, readEntry } from './content.ts';

const { newPage } = useBrowser();
const CACHE_DIR = resolve(process.env.ATLAS_TEST_CACHE ?? '.cache/site-test');
const ui = (lang: string) =>
  JSON.parse(readFileSync(resolve('src/i18n/ui', `offline.${lang}.json`), 'utf8')) as Record<string, string>;
const title = (id: string, lang: 'fr' | 'en' | 'es') => expectedHeading(readEntry('practices', id), lang).text;

interface Served {
  server: Server;
  url: string;
}
const running: Server[] = [];

async function serve(dir: string, port = 0): Promise<Served> {
  const served = await startServer({ dir, port });
  running.push(served.server);
  return served;
}

/** The network cut: the server stops (the worker's own requests fail too) and the browser goes offline. */
async function stop(served: Served): Promise<void> {
  await new Promise<void>((done) => {
    served.server.close(() => done());
    served.server.closeAllConnections();
  });
}

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

const buildOf = (page: Page) => page.getAttribute('meta[name="atlas-build"]', 'content');

async function saveCatalogue(tracked: TrackedPage, url: string, lang: 'fr' | 'en' | 'es'): Promise<void> {
  const { page } = tracked;
  await page.goto(new URL(`${lang}/offline/`, url).href);
  await workerVersion(page);
  const start = page.locator('[data-offline-start]');
  await start.waitFor({ state: 'visible', timeout: 20_000 });
  await start.click();
  await page.waitForFunction(
    (text) => document.querySelector('[data-offline-status]')?.textContent === text,
    ui(lang)['offline.saved']!.replace('{language}', lang === 'en' ? 'English' : lang),
    {
      timeout: 60_000,
    },
  );
}

async function searchFor(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(new URL(`en/practices/?q=${encodeURIComponent(query)}`, url).href);
  await page.waitForSelector('[data-catalogue-search]:not([hidden])', { timeout: 20_000 });
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return (
      root && !root.hasAttribute('aria-busy') && document.querySelectorAll('[data-results] .card__title').length > 0
    );
  });
  return page.$$eval('[data-results] .card__title', (nodes) => nodes.map((n) => n.textContent!.trim()));
}

describe('the saved catalogue with the network cut', () => {
  test('shows its size first, saves with progress, then pages never visited, search and map work offline', async () => {
    const served = await serve(inject('distDir'));
    const tracked = await newPage();
    const { page, context } = tracked;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(new URL('en/offline/', served.url).href);
    await workerVersion(page);
    const start = page.locator('[data-offline-start]');
    await start.waitFor({ state: 'visible', timeout: 20_000 });
    // Before anything is downloaded: files and megabytes, in the button too.
    const summary = (await page.textContent('[data-offline-summary]'))!;
    expect(summary).toMatch(/^The catalogue in English: \d+ files, \d+(\.\d)? (MB|kB)\.$/);
    expect(await start.textContent()).toMatch(/^Save for offline use \(\d+(\.\d)? (MB|kB)\)$/);
    expect(await page.isVisible('[data-offline-unsupported]')).toBe(false);
    expect(describeViolations(await runAxe(page))).toEqual([]);

    await start.click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-offline-status]')?.textContent === text,
      ui('en')['offline.saved']!.replace('{language}', 'English'),
      { timeout: 60_000 },
    );
    expect(await page.textContent('[data-offline-storage]')).toMatch(
      /This site uses \d+(\.\d)? (MB|kB) of storage on this device\./,
    );
    expect(await start.isHidden()).toBe(true);

    await stop(served);
    await context.setOffline(true);

    const [practice] = entryIds('practices').slice(-1);
    await page.goto(new URL(`en/practices/${practice}/`, served.url).href);
    expect((await page.textContent('h1'))!.trim()).toBe(title(practice!, 'en'));
    const city = entryIds('cities')[0]!;
    await page.goto(new URL(`en/cities/${city}/`, served.url).href);
    expect(await page.locator('h1').count()).toBe(1);

    // Search: the index chunks come from the saved catalogue.
    const word = title(practice!, 'en')
      .split(/\s+/)
      .find((w) => w.length >= 5)!;
    expect(await searchFor(page, served.url, word)).toContain(title(practice!, 'en'));

    // Map: basemap and markers.
    await page.goto(new URL('en/map/', served.url).href);
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
    expect(await page.locator('.leaflet-overlay-pane path.map-country').count()).toBeGreaterThan(100);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);

    // A language that was not saved: the page that says so, in that language.
    await page.goto(new URL(`fr/practices/${practice}/`, served.url).href);
    expect((await page.textContent('h1'))!.trim()).toBe(ui('fr')['offline.unavailable.title']);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(describeViolations(await runAxe(page))).toEqual([]);
    expect(errors).toEqual([]);
    expect(tracked.thirdParty).toEqual([]);
  });
});

describe('an update of the site', () => {
  const v1 = join(CACHE_DIR, 'offline-v1');
  const v2 = join(CACHE_DIR, 'offline-v2');
  const changed = 'her-voice';
  const marker = 'Zanzibarite';

  function build(content: string, out: string): void {
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CI: '1', ATLAS_CACHE_DIR: join(CACHE_DIR, 'astro-offline') },
    });
    if (run.status !== 0) throw new Error(`The build of ${out} failed:\n${run.stdout}\n${run.stderr}`);
  }

  beforeAll(() => {
    // Both versions from copies of the sample, so that they differ only by the changed title.
    for (const [copy, out, edit] of [
      [join(CACHE_DIR, 'offline-content-v1'), v1, false],
      [join(CACHE_DIR, 'offline-content-v2'), v2, true],
    ] as const) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(contentDir, copy, { recursive: true });
      if (edit) {
        const file = join(copy, 'practices', changed, `${readEntry('practices', changed).original}.mdx`);
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            /^title: (.*)$/m,
            (_, old: string) => `title: ${marker} ${old.replace(/^["']|["']$/g, '')}`,
          ),
        );
        // The English page shows the original title when English is a translation: change it there too.
        const en = join(copy, 'practices', changed, 'en.mdx');
        writeFileSync(
          en,
          readFileSync(en, 'utf8').replace(
            /^title: (.*)$/m,
            (_, old: string) => `title: ${marker} ${old.replace(/^["']|["']$/g, '')}`,
          ),
        );
      }
      build(copy, out);
    }
  }, 240_000);

  test('a returning visitor gets the new version after the prompt, with no page of one build and search of the other', async () => {
    const first = await serve(v1);
    const port = Number(new URL(first.url).port);
    const tracked = await newPage();
    const { page, context } = tracked;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await saveCatalogue(tracked, first.url, 'en');
    const oldBuild = await buildOf(page);
    expect(await workerVersion(page)).toBe(oldBuild);
    await page.goto(new URL(`en/practices/${changed}/`, first.url).href);
    expect((await page.textContent('h1'))!.trim()).not.toContain(marker);

    // The site is updated at the same address.
    await stop(first);
    const second = await serve(v2, port);
    expect(second.url).toBe(first.url);

    // Online, the visitor sees the new build's page, and a search on it reads the new build's index.
    const found = await searchFor(page, second.url, marker);
    const newBuild = await buildOf(page);
    expect(newBuild).not.toBe(oldBuild);
    expect(found.some((t) => t.includes(marker))).toBe(true);

    // The new worker installed beside the old one: the visitor is told, in their language, and chooses.
    const button = page.locator('[data-offline-update] button');
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.textContent('[data-offline-update] p')).toBe(ui('en')['offline.update.ready']);
    expect(await page.getAttribute('[data-offline-update]', 'role')).toBe('status');
    await Promise.all([page.waitForEvent('load'), button.click()]);
    expect(await workerVersion(page)).toBe(newBuild);
    expect(await buildOf(page)).toBe(newBuild);
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((name) => name.startsWith('atlas-offline'))).toEqual([`atlas-offline / ${newBuild}`]);

    // What did not change was kept, the changed files were fetched: offline, the saved catalogue is the new one.
    await stop(second);
    await context.setOffline(true);
    await page.goto(new URL(`en/practices/${changed}/`, second.url).href);
    expect((await page.textContent('h1'))!.trim()).toContain(marker);
    expect(await buildOf(page)).toBe(newBuild);
    const other = entryIds('practices').find((id) => id !== changed)!;
    await page.goto(new URL(`en/practices/${other}/`, second.url).href);
    expect((await page.textContent('h1'))!.trim()).toBe(title(other, 'en'));
    expect(await searchFor(page, second.url, marker)).toEqual(
      expect.arrayContaining([expect.stringContaining(marker)]),
    );
    expect(errors).toEqual([]);
  });
});

describe.each(LANGUAGES)('offline pages in %s', (lang) => {
  test.each(['offline/', 'offline/unavailable/'])('/%s has no axe violation at 1280 and 390 px', async (route) => {
    for (const size of [DESKTOP, PHONE]) {
      const { page } = await newPage(size);
      await page.goto(siteUrl(`/${lang}/${route}`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    }
  });

  test('without JavaScript, the save page says what saving needs instead of showing a dead button', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(`/${lang}/offline/`));
    expect((await page.textContent('[data-offline-unsupported]'))!.trim()).toBe(ui(lang)['offline.unsupported']);
    expect(await page.isVisible('[data-offline-unsupported]')).toBe(true);
    expect(await page.locator('[data-offline-start]:visible').count()).toBe(0);
  });
});
