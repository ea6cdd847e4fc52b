/**
 * A network's copy (tests/fixtures/network/site.yaml: its name, logo,
 * colours, English and French, basePath /atlas/) served by Debian's nginx
 * with the configuration docs/hosting.md documents (scripts/lib/nginx-config.ts),
 * started here on 127.0.0.1 in a folder of its own. In Chromium: every
 * page type, every link, stylesheet, script, image, search and map request
 * resolves; the network's branding shows; the headers are the documented ones.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localizedNotFoundLanguages, nginxStandaloneConfig, siteHeaderPolicy } from '../../scripts/lib/nginx-config.ts';
import { UNOFFERED_LOCALE, useBrowser } from './browser.ts';
import { drawMap, firstIndicatorPeriod, searchCatalogue, visitsIn, watchPolicy } from './visit.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BASE = '/atlas/';
const { newPage } = useBrowser();

let nginx: ChildProcess | undefined;
let runDir = '';
let origin = '';
const at = (path: string) => `${origin}${BASE}${path.replace(/^\//, '')}`;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${readFileSync(join(runDir, 'error.log'), 'utf8')}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s');
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install nginx), as .ci/run does.`);
  const siteDir = inject('atlasDir');
  runDir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to enter the folder (mkdtemp makes it 0700).
  chmodSync(runDir, 0o755);
  // The documented layout: the built site at <docroot>/atlas/.
  mkdirSync(join(runDir, 'www'));
  symlinkSync(siteDir, join(runDir, 'www', 'atlas'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const config = nginxStandaloneConfig({
    docroot: join(runDir, 'www'),
    basePath: BASE,
    listen: `127.0.0.1:${port}`,
    serverName: '127.0.0.1',
    csp: siteHeaderPolicy(siteDir),
    languages: localizedNotFoundLanguages(siteDir),
    runDir,
    ...(existsSync('/etc/nginx/mime.types') ? { mimeTypes: '/etc/nginx/mime.types' } : {}),
  });
  writeFileSync(join(runDir, 'nginx.conf'), config);
  nginx = spawn(NGINX, ['-p', runDir, '-e', join(runDir, 'error.log'), '-c', join(runDir, 'nginx.conf')], { stdio: 'ignore' });
  await waitUntilServing(at(''), nginx);
}, 30_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGQUIT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (nginx.exitCode === null) nginx.kill('SIGKILL');
  }
  if (runDir) rmSync(runDir, { recursive: true, force: true });
});

describe('nginx, as docs/hosting.md configures it', () => {
  test('headers: the policy, immutable hashed assets, revalidated pages, localized 404s, the base-path redirect', async () => {
    const home = await fetch(at('en/'));
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const policy = home.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/frame-ancestors 'self'/);
    expect(policy).not.toMatch(/https?:/);

    const html = await home.text();
    const css = /href="(\/atlas\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const asset = await fetch(`${origin}${css}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(policy);

    const wasm = await fetch(at('pagefind/wasm.en.pagefind'));
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('cache-control')).toBe('no-cache');

    const redirect = await fetch(`${origin}/atlas`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/atlas/');

    const frenchMissing = await fetch(at('fr/no-such-page/'));
    expect(frenchMissing.status).toBe(404);
    expect(await frenchMissing.text()).toMatch(/<html lang="fr"/);
    const rootMissing = await fetch(at('no-such-page'));
    expect(rootMissing.status).toBe(404);
    expect(await rootMissing.text()).toMatch(/<html lang="en"/);
    // Spanish is not published by this network.
    expect((await fetch(at('es/'))).status).toBe(404);
  });

  test('every page type in English and French: every request and every link resolves, with no policy violation', { timeout: 180_000 }, async () => {
    // A locale the site does not offer: the root stays on its chooser, whose own script is checked too.
    const { page, context, responses, thirdParty, failed } = await newPage(UNOFFERED_LOCALE);
    const links = new Set<string>();
    const violations: string[] = [];
    for (const lang of ['en', 'fr']) {
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
    expect(loaded).toContain('/atlas/pagefind/wasm.en.pagefind');
    expect(loaded).toContain('/atlas/data/map/fr.json');
    // Every link found on those pages answers (a HEAD each, from Node).
    expect(links.size).toBeGreaterThan(50);
    const deadLinks: string[] = [];
    for (const link of links) {
      const answer = await fetch(link, { method: 'HEAD', redirect: 'manual' });
      if (answer.status >= 400 && !link.includes('no-such-page')) deadLinks.push(`${answer.status} ${link}`);
    }
    expect(deadLinks).toEqual([]);
  });

  test('the network’s name, logo, colours and languages show; search and map work', async () => {
    const { page } = await newPage();
    await page.goto(at('en/'));
    expect(await page.textContent('.site-name')).toContain('Equal Cities Network');
    const logo = page.locator('.site-name__logo');
    expect(await logo.getAttribute('src')).toBe('/atlas/logo.png');
    expect(await logo.getAttribute('alt')).toBe('Equal Cities Network logo: two towers');
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 92, 85)');
    expect(await page.$$eval('[data-lang-switch]', (as) => as.map((a) => a.getAttribute('data-lang-switch')))).toEqual(['en', 'fr']);
    expect(await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang')))).toEqual(['en', 'fr', 'x-default']);
    expect(await page.$eval('link[rel="canonical"]', (l) => l.getAttribute('href'))).toBe('https://network.example.org/atlas/en/');
    const footer = await page.textContent('.site-footer');
    expect(footer).toContain('atlas@equal-cities.example.org');
    expect(footer).toContain('ODbL 1.0');

    await page.goto(at('fr/practices/'));
    expect(await searchCatalogue(page, 'violences')).toBeGreaterThan(0);
    const first = await page.getAttribute('[data-results] .card__title a', 'href');
    expect(first).toMatch(/^\/atlas\/fr\/practices\/[a-z0-9-]+\/$/);
    await page.goto(at('en/map/'));
    expect(await drawMap(page)).toBeGreaterThan(0);
  });
});
