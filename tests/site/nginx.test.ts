/**
 * A network's copy (tests/fixtures/network/site.yaml: its name, logo,
 * colours, French and Spanish, basePath /atlas/) served by Debian's nginx
 * with the server block `npm run nginx-config` prints for that build
 * (src/hosting/nginx-config.ts, from what the build recorded: no base path
 * or language is given here), started on 127.0.0.1 in a folder of its own,
 * with Debian's mime.types as a real server has it. 404s, cache headers and
 * the content type of every kind of file the build wrote; in Chromium, every
 * page type, every link, stylesheet, script, image, search and map request
 * resolves and the network's branding shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readHostingSettings } from '../../src/hosting/hosting-files.ts';
import { nginxStandaloneConfig } from '../../src/hosting/nginx-config.ts';
import { contentTypeOf, UTF8_TEXT_TYPES } from '../../src/hosting/content-types.ts';
import { UNOFFERED_LOCALE, useBrowser } from './browser.ts';
import { expectSiteHeaders, freePort, serverFolder, stopServer, waitUntilServing } from './local-server.ts';
import { drawMap, firstIndicatorPeriod, searchCatalogue, visitsIn, watchPolicy } from './visit.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BASE = '/atlas/';
const { newPage } = useBrowser();

let nginx: ChildProcess | undefined;
let runDir = '';
let origin = '';
const at = (path: string) => `${origin}${BASE}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  if (!existsSync(NGINX))
    throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx), as .ci/run does.`);
  const siteDir = inject('atlasDir');
  // The documented layout: the built site at <docroot>/atlas/.
  const folder = serverFolder('nginx', siteDir, BASE);
  runDir = folder.runDir;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const site = readHostingSettings(siteDir);
  expect(site.basePath).toBe(BASE);
  const config = nginxStandaloneConfig({
    site,
    docroot: folder.docroot,
    listen: `127.0.0.1:${port}`,
    serverName: '127.0.0.1',
    runDir,
    ...(existsSync('/etc/nginx/mime.types') ? { mimeTypes: '/etc/nginx/mime.types' } : {}),
  });
  writeFileSync(join(runDir, 'nginx.conf'), config);
  nginx = spawn(NGINX, ['-p', runDir, '-e', join(runDir, 'error.log'), '-c', join(runDir, 'nginx.conf')], {
    stdio: 'ignore',
  });
  await waitUntilServing(at(''), nginx, join(runDir, 'error.log'));
}, 30_000);

afterAll(async () => {
  await stopServer(nginx, 'SIGQUIT');
  if (runDir) rmSync(runDir, { recursive: true, force: true });
});

describe('nginx, as docs/hosting.md configures it', () => {
  test('headers: the policy, immutable hashed assets, revalidated pages, the base-path redirect', async () => {
    const policy = await expectSiteHeaders(at, 'fr', readHostingSettings(inject('atlasDir')).csp, [
      'sw.js',
      'fr/manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/wasm.fr.pagefind',
      'data/practices.fr.csv',
    ]);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/https?:/);

    const redirect = await fetch(`${origin}/atlas`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/atlas/');
  });

  test('unknown addresses: the 404 page of each published language, the root one elsewhere; the build’s dotfiles are not served', async () => {
    for (const lang of ['fr', 'es']) {
      const missing = await fetch(at(`${lang}/no-such-page/`));
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await missing.text();
      expect(page).toMatch(new RegExp(`<html lang="${lang}"`));
      // The localized page, under the base path (its stylesheet and links resolve).
      expect(page).toMatch(/href="\/atlas\/_astro\/[^"]+\.css"/);
    }
    const rootMissing = await fetch(at('no-such-page'));
    expect(rootMissing.status).toBe(404);
    const rootPage = await rootMissing.text();
    expect(rootPage).toMatch(/<html lang="fr"/);
    expect(rootPage).toMatch(/href="\/atlas\/es\/"/);
    // English is not published by this network: its addresses are unknown ones.
    const english = await fetch(at('en/'));
    expect(english.status).toBe(404);
    expect(await english.text()).not.toMatch(/lang="en"/);
    for (const dotfile of ['.htaccess', '.atlas-hosting.json']) {
      expect(existsSync(join(inject('atlasDir'), dotfile)), dotfile).toBe(true);
      const response = await fetch(at(dotfile));
      expect(response.status, dotfile).toBe(404);
      expect(await response.text()).not.toMatch(/Content-Security-Policy|basePath/);
    }
  });

  test('every kind of file the build wrote has its content type, text in UTF-8 (Debian’s mime.types has no .webmanifest or .csv)', async () => {
    const siteDir = inject('atlasDir');
    // One file per extension, from the built folder itself.
    const byExtension = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (!byExtension.has(extname(entry.name)))
          byExtension.set(extname(entry.name), relative(siteDir, path).split('\\').join('/'));
      }
    };
    walk(siteDir);
    for (const wanted of [
      '.html',
      '.css',
      '.js',
      '.json',
      '.webmanifest',
      '.csv',
      '.xml',
      '.txt',
      '.png',
      '.svg',
      '.pagefind',
    ])
      expect([...byExtension.keys()]).toContain(wanted);
    const wrong: string[] = [];
    for (const [extension, path] of byExtension) {
      const expected = contentTypeOf(path);
      const sent = (await fetch(at(path), { method: 'HEAD' })).headers.get('content-type');
      const wanted = UTF8_TEXT_TYPES.includes(expected) ? `${expected}; charset=utf-8` : expected;
      if (sent !== wanted) wrong.push(`${extension} (${path}): ${sent}, expected ${wanted}`);
    }
    expect(wrong).toEqual([]);
    expect((await fetch(at('fr/manifest.webmanifest'))).headers.get('content-type')).toBe(
      'application/manifest+json; charset=utf-8',
    );
    expect((await fetch(at('data/practices.fr.csv'))).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  test(
    'every page type in French and Spanish: every request and every link resolves, with no policy violation',
    { timeout: 180_000 },
    async () => {
      // A locale the site does not offer: the root stays on its chooser, whose own script is checked too.
      const { page, context, responses, thirdParty, failed } = await newPage(UNOFFERED_LOCALE);
      const links = new Set<string>();
      const violations: string[] = [];
      for (const lang of ['fr', 'es']) {
        const indicator = await firstIndicatorPeriod(page, at(`${lang}/indicators/`));
        expect(indicator).toBeDefined();
        const visits = [{ kind: 'root', path: '', status: 200 as const }, ...visitsIn(lang, indicator)];
        for (const visit of visits) {
          const tab = await context.newPage();
          const watch = await watchPolicy(tab);
          const response = await tab.goto(at(visit.path));
          expect(response?.status(), visit.path).toBe(visit.status);
          if ('use' in visit && visit.use) await visit.use(tab);
          await tab.waitForLoadState('networkidle');
          for (const href of await tab.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
            const url = new URL(href);
            if (url.origin === origin) links.add(url.origin + url.pathname);
          }
          for (const v of await watch()) violations.push(`${visit.path}: ${v}`);
          await tab.close();
        }
      }
      // Every resource the pages loaded, the deliberate 404 visits aside: the service
      // worker fetches navigations itself, so each shows as a document and as a fetch.
      const broken = responses.filter((r) => r.status >= 400 && !/no-such-page/.test(r.url));
      expect(broken).toEqual([]);
      expect(failed.filter((f) => !/ERR_ABORTED/.test(f))).toEqual([]);
      expect(thirdParty).toEqual([]);
      expect(violations).toEqual([]);
      // Search (Pagefind index, WebAssembly, worker) and map data were among them.
      const loaded = responses.map((r) => new URL(r.url).pathname);
      expect(loaded).toContain('/atlas/pagefind/wasm.es.pagefind');
      expect(loaded).toContain('/atlas/data/map/fr.json');
      // Every link found on those pages answers (a HEAD each, from Node).
      expect(links.size).toBeGreaterThan(50);
      const deadLinks: string[] = [];
      for (const link of links) {
        const answer = await fetch(link, { method: 'HEAD', redirect: 'manual' });
        if (answer.status >= 400 && !link.includes('no-such-page')) deadLinks.push(`${answer.status} ${link}`);
      }
      expect(deadLinks).toEqual([]);
    },
  );

  test('the network’s name, logo, colours and languages show; search and map work', async () => {
    const { page } = await newPage();
    await page.goto(at('es/'));
    expect(await page.textContent('.site-name')).toContain('Red Ciudades Iguales');
    const logo = page.locator('.site-name__logo');
    expect(await logo.getAttribute('src')).toBe('/atlas/logo.png');
    expect(await logo.getAttribute('alt')).toBe('Logotipo de la Red Ciudades Iguales: dos torres');
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 92, 85)');
    expect(await page.$$eval('[data-lang-switch]', (as) => as.map((a) => a.getAttribute('data-lang-switch')))).toEqual([
      'fr',
      'es',
    ]);
    expect(
      await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang'))),
    ).toEqual(['fr', 'es', 'x-default']);
    expect(await page.$eval('link[rel="canonical"]', (l) => l.getAttribute('href'))).toBe(
      'https://network.example.org/atlas/es/',
    );
    const footer = await page.textContent('.site-footer');
    expect(footer).toContain('atlas@equal-cities.example.org');
    expect(footer).toContain('ODbL 1.0');

    await page.goto(at('fr/practices/'));
    expect(await searchCatalogue(page, 'violences')).toBeGreaterThan(0);
    const first = await page.getAttribute('[data-results] .card__title a', 'href');
    expect(first).toMatch(/^\/atlas\/fr\/practices\/[a-z0-9-]+\/$/);
    await page.goto(at('es/map/'));
    expect(await drawMap(page)).toBeGreaterThan(0);
  });
});
