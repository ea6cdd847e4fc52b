/**
 * Offline on a host that lets browsers keep every file for 10 minutes (a
 * forge's pages), under /atlas/: a visit of build 1 fills the browser's
 * HTTP cache, build 2 is deployed at the same address, the visitor comes
 * back with two tabs, accepts the update in one, then goes offline. At
 * every step, every response a page gets is of the page's own build (its
 * bytes are that build's file), the search finds what the page shows, and
 * both tabs agree on the version. Offline, an unknown address of a saved
 * language is the localized 404 page with a 404 status.
 *
 * Playwright's routing is not used here: it turns the HTTP cache off, and
 * the HTTP cache is what this test is about.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { readBuildMarker } from '../../src/offline/build-marker.ts';
import { describeViolations, launchTestChromium, runAxe } from './browser.ts';
import { startForgeHost, type ForgeHost } from './forge-host.ts';
import { workerVersion } from './offline-worker.ts';

const CACHE_DIR = resolve(process.env.ATLAS_TEST_CACHE ?? '.cache/site-test');
const FIXTURE = 'tests/fixtures/minimal';
const BASE = '/atlas/';
const CHANGED = 'street-lighting-audit';
const MARKER = 'Zanzibarite';
const v1 = join(CACHE_DIR, 'forge-v1');
const v2 = join(CACHE_DIR, 'forge-v2');
const ui = (lang: string) =>
  JSON.parse(readFileSync(resolve('src/i18n/ui', `offline.${lang}.json`), 'utf8')) as Record<string, string>;

function build(content: string, out: string): void {
  // Vitest puts Vite's BASE_URL ("/") into process.env; inherited, it would win over --base in the pages' scripts.
  const { BASE_URL: _viteBase, ...env } = process.env;
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--base', BASE], {
    encoding: 'utf8',
    env: { ...env, CI: '1', ATLAS_CACHE_DIR: join(CACHE_DIR, 'astro-forge') },
  });
  if (run.status !== 0) throw new Error(`The build of ${out} failed:\n${run.stdout}\n${run.stderr}`);
}

/** The file of a build that serves a URL, or undefined for an address outside the build. */
function fileOf(dir: string, url: string): Buffer | undefined {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(BASE)) return undefined;
  const inner = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(dir, inner === '' || inner.endsWith('/') ? `${inner}index.html` : inner);
  return existsSync(file) ? readFileSync(file) : undefined;
}

interface Seen {
  url: string;
  page: string;
  body: Promise<Buffer | undefined>;
}

/** Every response pages of the context get (the worker's own downloads left out), with its bytes. */
function watchResponses(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on('response', (response: Response) => {
    const request = response.request();
    if (request.serviceWorker() || !response.url().startsWith('http')) return;
    const page = request.frame()?.page();
    seen.push({
      url: response.url(),
      page: page ? page.url() : '(worker of a page)',
      body: response.body().catch(() => undefined),
    });
  });
  return seen;
}

/** The responses whose bytes are not the given build's file although the two builds differ there. */
async function ofAnotherBuild(seen: readonly Seen[], builds: { own: string; other: string }): Promise<string[]> {
  const wrong: string[] = [];
  for (const { url, page, body } of seen) {
    const own = fileOf(builds.own, url);
    const other = fileOf(builds.other, url);
    const bytes = await body;
    if (!own || !other || !bytes || own.equals(other)) continue;
    if (!bytes.equals(own))
      wrong.push(`${url} (on ${page}) is ${bytes.equals(other) ? 'the other build’s file' : 'of neither build'}`);
  }
  return wrong;
}

const buildOf = async (page: Page) => readBuildMarker(await page.content());

async function searchTitles(page: Page, url: string, query: string): Promise<string[]> {
  await page.goto(new URL(`fr/practices/?q=${encodeURIComponent(query)}`, url).href);
  await page.waitForSelector('[data-catalogue-search]:not([hidden])', { timeout: 20_000 });
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return root && !root.hasAttribute('aria-busy') && document.querySelector('[data-results]') !== null;
  });
  // Pagefind answers after the busy flag on slow machines: let the results settle.
  await page.waitForTimeout(500);
  return page.$$eval('[data-results] .card__title', (nodes) => nodes.map((n) => n.textContent!.trim()));
}

async function saveFrench(page: Page, url: string): Promise<void> {
  await page.goto(new URL('fr/offline/', url).href);
  await workerVersion(page);
  const start = page.locator('[data-offline-start]');
  await start.waitFor({ state: 'visible', timeout: 20_000 });
  await start.click();
  await page.waitForFunction(
    (text) => document.querySelector('[data-offline-status]')?.textContent === text,
    ui('fr')['offline.saved']!.replace('{language}', 'français'),
    {
      timeout: 60_000,
    },
  );
}

describe('offline on a host that caches every file for 10 minutes, across a deploy', () => {
  let browser: Browser;
  const hosts: ForgeHost[] = [];
  const contexts: BrowserContext[] = [];
  const open = async (dir: string) => {
    const host = await startForgeHost(dir, BASE);
    hosts.push(host);
    return host;
  };
  const newContext = async (locale: string) => {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    const copy = join(CACHE_DIR, 'forge-content-v2');
    rmSync(copy, { recursive: true, force: true });
    cpSync(FIXTURE, copy, { recursive: true });
    for (const lang of ['fr', 'en']) {
      const file = join(copy, 'practices', CHANGED, `${lang}.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^title: (.*)$/m, (_, old: string) => `title: ${MARKER} ${old}`),
      );
    }
    build(FIXTURE, v1);
    build(copy, v2);
    browser = await launchTestChromium();
  }, 240_000);

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const host of hosts.splice(0)) await host.stop();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('every response a page gets is of its own build, the tabs agree after the update, and offline too', async () => {
    const host = await open(v1);
    const { url } = host;
    const context = await newContext('fr-FR');
    const seen = watchResponses(context);
    const outside: string[] = [];
    context.on('request', (request) => {
      if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) outside.push(request.url());
    });
    const errors: string[] = [];
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));

    // Build 1: the catalogue saved, its list and a search visited (all in the HTTP cache for 10 minutes).
    await saveFrench(tab, url);
    const build1 = await workerVersion(tab);
    expect(await buildOf(tab)).toBe(build1);
    expect(await searchTitles(tab, url, MARKER)).toEqual([]);
    await tab.goto(new URL(`fr/practices/${CHANGED}/`, url).href);
    expect(await tab.textContent('h1')).not.toContain(MARKER);
    expect(await ofAnotherBuild(seen.splice(0), { own: v1, other: v2 })).toEqual([]);

    // Build 2 deployed at the same address; a second tab stays on the save page of build 1.
    host.deploy(v2);
    const other = await context.newPage();
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(new URL('fr/offline/', url).href);
    seen.splice(0);

    // The returning visitor: the list, the page and the search are all of build 2, under the build-1 worker.
    await tab.goto(new URL('fr/practices/', url).href);
    const build2 = await buildOf(tab);
    expect(build2).not.toBe(build1);
    expect(await tab.locator('main').textContent()).toContain(MARKER);
    const found = await searchTitles(tab, url, MARKER);
    expect(found.some((title) => title.includes(MARKER))).toBe(true);
    expect(await buildOf(tab)).toBe(build2);
    expect(await ofAnotherBuild(seen.splice(0), { own: v2, other: v1 })).toEqual([]);

    // Both tabs are told, in French, that a new version is ready.
    for (const page of [tab, other]) {
      await page.locator('[data-offline-update] button').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.textContent('[data-offline-update] p')).toBe(ui('fr')['offline.update.ready']);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    }

    // "Reload" in one tab: both reload, both are build 2, the notice is gone and the save page agrees.
    await Promise.all([
      tab.waitForEvent('load'),
      other.waitForEvent('load'),
      tab.locator('[data-offline-update] button').click(),
    ]);
    for (const page of [tab, other]) {
      expect(await workerVersion(page)).toBe(build2);
      expect(await buildOf(page)).toBe(build2);
      expect(await page.locator('[data-offline-update] button').count()).toBe(0);
    }
    await other.waitForFunction(() => {
      const text = document.querySelector('[data-offline-status]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    });
    // The saved catalogue followed the update (the changed page fetched, the rest kept), and says so.
    expect(await other.textContent('[data-offline-status]')).toBe(
      ui('fr')['offline.saved']!.replace('{language}', 'français'),
    );
    expect(await ofAnotherBuild(seen.splice(0), { own: v2, other: v1 })).toEqual([]);
    await other.close();

    // Offline: pages, search and the save page are build 2.
    await host.stop();
    await context.setOffline(true);
    for (const path of ['fr/practices/', `fr/practices/${CHANGED}/`, 'fr/offline/']) {
      await tab.goto(new URL(path, url).href);
      expect(await buildOf(tab)).toBe(build2);
    }
    await tab.waitForFunction(
      (text) => document.querySelector('[data-offline-status]')?.textContent === text,
      ui('fr')['offline.saved']!.replace('{language}', 'français'),
    );
    expect((await searchTitles(tab, url, MARKER)).some((title) => title.includes(MARKER))).toBe(true);
    expect(await ofAnotherBuild(seen.splice(0), { own: v2, other: v1 })).toEqual([]);

    // An address that does not exist in the saved catalogue: the French 404 page, with a 404 status.
    const missing = await tab.goto(new URL('fr/practices/no-such-practice/', url).href);
    expect(missing?.status()).toBe(404);
    expect(await tab.getAttribute('html', 'lang')).toBe('fr');
    expect((await tab.textContent('h1'))!.trim()).toBe(
      JSON.parse(readFileSync('src/i18n/ui/fr.json', 'utf8'))['notFound.title'],
    );
    expect(await buildOf(tab)).toBe(build2);
    // A page of a language not saved: it may exist, so the page that says it is not saved.
    const unsaved = await tab.goto(new URL(`es/practices/${CHANGED}/`, url).href);
    expect(unsaved?.status()).toBe(200);
    expect((await tab.textContent('h1'))!.trim()).toBe(ui('es')['offline.unavailable.title']);
    expect(await tab.getAttribute('html', 'lang')).toBe('es');
    // Outside any language, with only French saved: nothing is known either.
    const root = await tab.goto(new URL('nowhere/', url).href);
    expect(root?.status()).toBe(200);
    expect(describeViolations(await runAxe(tab))).toEqual([]);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('every published language saved in one go, its size shown first; offline every language works and an unknown address is a 404', async () => {
    const host = await open(v1);
    const { url } = host;
    const context = await newContext('es-ES');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('es/offline/', url).href);
    const build = await workerVersion(page);
    const startAll = page.locator('[data-offline-start-all]');
    await startAll.waitFor({ state: 'visible', timeout: 20_000 });

    // Before anything is downloaded: the files and bytes of every language, shared files once.
    const lists = ['es', 'fr', 'en'].map(
      (lang) =>
        JSON.parse(readFileSync(join(v1, 'offline', `files-${lang}.json`), 'utf8')) as { files: [string, number][] },
    );
    const union = new Map(lists.flatMap((list) => list.files.map(([path, bytes]) => [path, bytes] as const)));
    const megabytes = [...union.values()].reduce((sum, bytes) => sum + bytes, 0) / 1e6;
    const allSummary = (await page.textContent('[data-offline-all-summary]'))!;
    expect(allSummary).toContain('Todos los idiomas (español, francés e inglés): ');
    expect(allSummary).toContain(`${new Intl.NumberFormat('es-ES').format(union.size)} archivos`);
    expect(allSummary).toMatch(
      new RegExp(`${megabytes >= 1 ? megabytes.toFixed(1).replace('.', ',') + '\\sMB' : '\\d+\\skB'}`),
    );
    expect(await startAll.textContent()).toMatch(/^Guardar todos los idiomas \(\d+(,\d)?\s(MB|kB)\)$/);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1);

    await startAll.click();
    const allSaved = ui('es')['offline.allSaved']!.replace('{languages}', 'español, francés e inglés');
    await page.waitForFunction(
      (text) => document.querySelector('[data-offline-status]')?.textContent === text,
      allSaved,
      { timeout: 90_000 },
    );
    expect(await startAll.isHidden()).toBe(true);
    expect(await page.locator('[data-offline-start]').isHidden()).toBe(true);
    expect(describeViolations(await runAxe(page))).toEqual([]);

    await host.stop();
    await context.setOffline(true);
    for (const lang of ['fr', 'en', 'es']) {
      for (const path of [`${lang}/`, `${lang}/practices/${CHANGED}/`, `${lang}/map/`]) {
        const response = await page.goto(new URL(path, url).href);
        expect(response?.status(), path).toBe(200);
        expect(await buildOf(page), path).toBe(build);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect((await page.textContent('h1'))!.trim()).not.toBe(ui(lang)['offline.unavailable.title']);
      }
      const missing = await page.goto(new URL(`${lang}/cities/atlantis/`, url).href);
      expect(missing?.status()).toBe(404);
      expect((await page.textContent('h1'))!.trim()).toBe(
        JSON.parse(readFileSync(`src/i18n/ui/${lang}.json`, 'utf8'))['notFound.title'],
      );
    }
    // Every language saved: an address outside them is known not to exist either (the root 404, every language).
    const outside = await page.goto(new URL('nowhere/', url).href);
    expect(outside?.status()).toBe(404);
    expect(await page.locator('h1, h2').allTextContents()).toEqual(expect.arrayContaining(['Page introuvable']));
    expect(errors).toEqual([]);
  });

  test('a deploy during a save: the save page and the notice say the same, and "reload" leads to a save of the new build', async () => {
    const host = await open(v1);
    const { url } = host;
    const context = await newContext('en-GB');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('en/offline/', url).href);
    const build1 = await workerVersion(page);
    const start = page.locator('[data-offline-start]');
    await start.waitFor({ state: 'visible', timeout: 20_000 });

    host.deploy(v2);
    await start.click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-offline-status]')?.textContent === text,
      ui('en')['offline.otherBuild'],
      { timeout: 30_000 },
    );
    expect(await start.isHidden()).toBe(true);
    expect(await page.locator('[data-offline-start-all]').isHidden()).toBe(true);
    // What the message tells the visitor to choose is there, and it works.
    const reload = page.locator('[data-offline-update] button');
    await reload.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await reload.textContent()).toBe(ui('en')['offline.update.reload']);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    const build2 = await workerVersion(page);
    expect(build2).not.toBe(build1);
    expect(await buildOf(page)).toBe(build2);
    await start.waitFor({ state: 'visible', timeout: 20_000 });
    await start.click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-offline-status]')?.textContent === text,
      ui('en')['offline.saved']!.replace('{language}', 'English'),
      { timeout: 60_000 },
    );

    await host.stop();
    await context.setOffline(true);
    await page.goto(new URL(`en/practices/${CHANGED}/`, url).href);
    expect(await buildOf(page)).toBe(build2);
    expect(await page.textContent('h1')).toContain(MARKER);
    expect(errors).toEqual([]);
  });
});
