/**
 * Hostile input, class "configuration" (issue #13): a network's copy built
 * from a site.yaml whose values are hostile but acceptable as text (a name
 * with `</title><script>`, a tile credit with `<img onerror>`, a
 * `javascript:` link and a `<style>`), served by `npm run serve`'s server
 * and opened in Chromium: every page shows the values as text, and no page
 * opens a dialog, throws, requests anything off the site or reports a
 * policy violation. The hostile values the check refuses get a message
 * naming site.yaml, the line and the field, in French, English and Spanish,
 * that does not repeat them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';
import { useBrowser } from './browser.ts';
import { watchPolicy } from './visit.ts';

const BASE = '/h.atlas-1_~/';
const TITLE_PAYLOAD = '</title><script>alert("name")</script>Atlas';
const ATTRIBUTE_PAYLOAD = '"><img src=x onerror=alert("en")>';
const CREDIT_PAYLOAD =
  '<img src=x onerror=alert("tiles")> <a href="javascript:alert(1)">x</a><style>*{display:none}</style>';
const LOGO = readFileSync('content/logo.svg', 'utf8');

/** Accepted: every value is text, written as text wherever it goes. */
const HOSTILE_ACCEPTED = `name:
  fr: ${JSON.stringify(TITLE_PAYLOAD)}
  en: ${JSON.stringify(ATTRIBUTE_PAYLOAD)}
  es: "<style>body{display:none}</style>{{7*7}} \${alert(3)}"
tagline:
  fr: "<script>alert('tagline')</script>"
  en: "</script><script>alert('tagline')</script>"
  es: "<svg onload=alert('tagline')>"
basePath: ${BASE}
defaultLanguage: fr
logo:
  file: logo.svg
  alt:
    fr: '" onerror="alert(1)'
    en: "<img src=x onerror=alert(1)>"
    es: "Logo"
tiles:
  # 127.0.0.1: the test must not reach any other host; nothing answers on port 9.
  url: "https://127.0.0.1:9/{z}/{x}/{y}.png"
  attribution: ${JSON.stringify(CREDIT_PAYLOAD)}
repository: "https://git.example.org/a?b=1&c=2"
contact: atlas@example.org
dataLicence:
  name: "<b onmouseover=alert(1)>ODbL</b>"
  url: https://opendatacommons.org/licenses/odbl/1-0/
`;

const { newPage } = useBrowser();
let fixture: FixtureCatalogue;
let server: Server | undefined;
let siteUrl = '';
let outDir = '';

/**
 * The build's environment, without the overrides a caller's shell may set
 * (the copy's site.yaml decides), nor the Vite variables Vitest puts in a
 * test worker's environment (BASE_URL=/ there made Astro build for "/").
 */
function buildEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_CACHE_DIR: cacheDir };
  const overrides = [
    'ATLAS_BASE_PATH',
    'ATLAS_SITE_URL',
    'ATLAS_SITE_CONFIG',
    'ATLAS_CONTENT_DIR',
    'ATLAS_OUT_DIR',
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
  ];
  for (const name of overrides) delete env[name];
  return env;
}

beforeAll(async () => {
  fixture = copyFixture();
  fixture.write('site.yaml', HOSTILE_ACCEPTED);
  fixture.write('logo.svg', LOGO);
  outDir = join(fixture.dir, '..', 'dist');
  const build = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--lang', 'en', '--content', fixture.dir, '--out', outDir],
    {
      encoding: 'utf8',
      env: buildEnv(join(fixture.dir, '..', 'astro-cache')),
      timeout: 230_000,
    },
  );
  if (build.status !== 0)
    throw new Error(`The hostile configuration's build failed:\n${build.stdout}\n${build.stderr}`);
  const served = await startServer({ dir: outDir, base: BASE, port: 0 });
  server = served.server;
  siteUrl = served.url;
}, 240_000);

afterAll(async () => {
  if (server) await new Promise((done) => server!.close(done));
  fixture?.dispose();
});

interface Watched {
  dialogs: string[];
  errors: string[];
  violations: () => Promise<string[]>;
}

async function watch(page: Page): Promise<Watched> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { dialogs, errors, violations: await watchPolicy(page) };
}

/** Every page of a language folder, as paths under the base. */
function pagesOf(lang: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, path: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html') found.push(path);
    }
  };
  walk(join(outDir, lang), `${lang}/`);
  return found;
}

describe('a copy built from hostile but accepted values', () => {
  test('every page of every language: no dialog, no error, nothing off the site, no policy violation', async () => {
    const tracked = await newPage();
    const { page } = tracked;
    const watched = await watch(page);
    const paths = ['', ...['fr', 'en', 'es'].flatMap(pagesOf), 'logo.svg', 'nowhere/'];
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
      // The page stayed on the site: nothing navigated it elsewhere.
      expect(new URL(page.url()).pathname.startsWith(BASE), `${path} → ${page.url()}`).toBe(true);
    }
    expect(watched.dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(tracked.thirdParty).toEqual([]);
    expect(await watched.violations()).toEqual([]);
  }, 180_000);

  test('the name and tagline are shown as text, in the title and the page', async () => {
    const { page } = await newPage();
    const watched = await watch(page);
    await page.goto(new URL('fr/', siteUrl).href);
    expect(await page.title()).toBe(TITLE_PAYLOAD);
    await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE_PAYLOAD);
    await page.goto(new URL('en/', siteUrl).href);
    expect(await page.locator('.site-name span').textContent()).toBe(ATTRIBUTE_PAYLOAD);
    // Only the site's own elements: the payloads made none.
    expect(await page.locator('body img:not(.site-name__logo):not(.site-footer__logo)').count()).toBe(0);
    expect(
      await page
        .locator('body script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
        .evaluateAll((s) => s.map((e) => e.textContent).filter((t) => t?.includes('alert'))),
    ).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });

  test('the map shows the tile credit as text, and the policy lets only the tile host through', async () => {
    const tracked = await newPage();
    const { page } = tracked;
    const watched = await watch(page);
    await page.goto(new URL('en/map/', siteUrl).href);
    const credit = page.locator('.leaflet-control-attribution');
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 }).catch(() => {
      throw new Error(
        `The map was not drawn: ${JSON.stringify({ errors: watched.errors, failed: tracked.failed, thirdParty: tracked.thirdParty })}`,
      );
    });
    expect(await credit.textContent()).toContain(CREDIT_PAYLOAD);
    expect(await credit.locator('img, style, a[href^="javascript"]').count()).toBe(0);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("img-src 'self' data: https://127.0.0.1:9;");
    expect(watched.dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(tracked.thirdParty).toEqual([]);
  });
});

describe('hostile values the check refuses', () => {
  const cases: { field: string; yaml: string; line: number; never: RegExp }[] = [
    {
      field: 'basePath',
      yaml: `basePath: '/a"></script><meta/http-equiv="refresh"/content="0;url=https:evil.example"><script>/'\n`,
      line: 4,
      never: /<\/?script|<meta|evil\.example/,
    },
    {
      field: 'tiles.url',
      yaml: `tiles:\n  url: 'https://t.example.org/{z}/{x}/{y}.png"; script-src *'\n  attribution: x\n`,
      line: 5,
      never: /script-src|t\.example/,
    },
    {
      field: 'repository',
      yaml: `repository: 'https://git.example.org/a"onmouseover="alert(1)'\n`,
      line: 4,
      never: /onmouseover|alert/,
    },
  ];
  const HEAD = 'name: { fr: A, en: A, es: A }\ntagline: { fr: A, en: A, es: A }\ndefaultLanguage: fr\n';

  test.each(cases)(
    '$field: site.yaml, the line and the field, in fr, en and es, never repeated',
    ({ field, yaml, line, never }) => {
      const copy = copyFixture();
      try {
        copy.write('site.yaml', HEAD + yaml);
        const reports = new Set<string>();
        for (const lang of ['fr', 'en', 'es']) {
          const check = spawnSync(process.execPath, ['scripts/check.ts', '--lang', lang, '--content', copy.dir], {
            encoding: 'utf8',
            timeout: 60_000,
          });
          const report = check.stdout + check.stderr;
          expect(check.status, report).toBe(1);
          expect(report).toMatch(new RegExp(`site\\.yaml:${line}\\b`));
          expect(report).toContain(field);
          expect(report).not.toMatch(never);
          reports.add(report);
        }
        expect(reports.size).toBe(3);
      } finally {
        copy.dispose();
      }
    },
  );
});
