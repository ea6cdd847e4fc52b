/**
 * Open data on the built site, in Chromium: the data page of each language
 * lists every file of /data/ with its size; each file downloads with its
 * content type, parses, counts what the catalogue holds and follows its
 * JSON Schema; the catalogue's download exports exactly the results a
 * query and a facet leave; everything also under /atlas/.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { describeViolations, DESKTOP, LANGUAGES, PHONE, runAxe, siteUrl, useBrowser, type Lang } from './browser.ts';
import { entries, entryIds } from './content.ts';

const { newPage } = useBrowser();

const practiceCount = entryIds('practices').length;
const cityCount = entryIds('cities').length;

const CONTENT_TYPES: Record<string, RegExp> = {
  json: /^application\/(schema\+)?json/,
  csv: /^text\/csv/,
  txt: /^text\/plain/,
  html: /^text\/html/,
};

interface ListedFile {
  name: string;
  href: string;
  bytes: number;
  schema: string | null;
}

async function listedFiles(page: Page): Promise<ListedFile[]> {
  return page.$$eval('tr[data-file]', (rows) =>
    rows.map((row) => ({
      name: row.getAttribute('data-file')!,
      href: (row.querySelector('td:first-child a') as HTMLAnchorElement).href,
      bytes: Number(row.querySelector('[data-bytes]')!.getAttribute('data-bytes')),
      schema: (row.querySelector('td:last-child a') as HTMLAnchorElement | null)?.href ?? null,
    })),
  );
}

async function download(url: string): Promise<{ type: string; body: Buffer }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return { type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}

describe('the data page', () => {
  test.each(LANGUAGES)(
    'in %s lists every data file, which downloads with its type and size, parses and counts the catalogue',
    async (lang) => {
      const { page, thirdParty } = await newPage();
      await page.goto(siteUrl(`/${lang}/data/`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // Reached from the footer of every page.
      expect(await page.getAttribute('footer a[href$="/data/"]', 'href')).toBe(
        new URL(siteUrl(`/${lang}/data/`)).pathname,
      );
      const files = await listedFiles(page);
      const names = files.map((f) => f.name);
      for (const l of LANGUAGES)
        expect(names).toEqual(
          expect.arrayContaining([`practices.${l}.json`, `practices.${l}.csv`, `cities.${l}.json`, `cities.${l}.csv`]),
        );
      expect(names).toEqual(
        expect.arrayContaining([
          'practices.json',
          'practices.csv',
          'cities.json',
          'observations.json',
          'observations.csv',
          'country-network-observations.json',
          'country-network-observations.csv',
          'indicators.json',
          'vocabularies.json',
          'practice.schema.json',
          'city.schema.json',
          'observation.schema.json',
          'LICENSE.txt',
        ]),
      );
      for (const file of files) {
        const { type, body } = await download(file.href);
        const extension = file.name.split('.').pop()!;
        expect(type, file.name).toMatch(CONTENT_TYPES[extension]!);
        expect(body.byteLength, `${file.name}: size shown on the page`).toBe(file.bytes);
        const text = body.toString('utf8');
        if (extension === 'json') {
          const data = JSON.parse(text) as unknown;
          if (/^(practices)(\.\w\w)?\.json$/.test(file.name)) expect(data, file.name).toHaveLength(practiceCount);
          if (/^(cities)(\.\w\w)?\.json$/.test(file.name)) expect(data, file.name).toHaveLength(cityCount);
        }
        if (extension === 'csv') {
          expect(text.startsWith('\uFEFF'), `${file.name} starts with a BOM`).toBe(true);
          const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
          if (file.name.startsWith('practices')) expect(rows, file.name).toHaveLength(practiceCount);
          if (file.name.startsWith('cities')) expect(rows, file.name).toHaveLength(cityCount);
          if (file.name.startsWith('observations')) expect(rows.length).toBeGreaterThan(0);
        }
      }
      expect(await page.textContent('[data-licence]')).toBeTruthy();
      expect(thirdParty).toEqual([]);
    },
  );

  test.each([
    ['desktop (1280 px)', DESKTOP],
    ['phone (390 px)', PHONE],
  ] as const)('has no axe-core violation at %s, and its tables fit the screen', async (_, options) => {
    const { page } = await newPage(options);
    await page.goto(siteUrl('/es/data/'));
    expect(describeViolations(await runAxe(page))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('every JSON record on the site follows the JSON Schema the page links to', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/en/data/'));
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const checked: string[] = [];
    for (const file of (await listedFiles(page)).filter(
      (f) => f.name.endsWith('.json') && f.schema && !f.name.endsWith('.schema.json'),
    )) {
      const schema = JSON.parse((await download(file.schema!)).body.toString('utf8')) as { $id: string };
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      const data = JSON.parse((await download(file.href)).body.toString('utf8')) as unknown;
      for (const record of Array.isArray(data) ? data : [data]) {
        const ok = validate(record);
        expect(ok ? [] : validate.errors, file.name).toEqual([]);
      }
      checked.push(file.name);
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'practices.fr.json',
        'practices.json',
        'cities.es.json',
        'observations.json',
        'country-network-observations.json',
        'indicators.json',
        'vocabularies.json',
      ]),
    );
  });

  test('under /atlas/, files and the URLs inside them carry the base path', async () => {
    const atlas = inject('atlasUrl');
    const { page } = await newPage();
    await page.goto(new URL('fr/data/', atlas).href);
    const files = await listedFiles(page);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(new URL(file.href).pathname).toMatch(/^\/atlas\/data\//);
    const practices = JSON.parse(
      (await download(new URL('data/practices.fr.json', atlas).href)).body.toString('utf8'),
    ) as { url: string }[];
    for (const p of practices) expect(new URL(p.url).pathname).toMatch(/^\/atlas\/fr\/practices\/[a-z0-9-]+\/$/);
    const schema = JSON.parse(
      (await download(new URL('data/practice.schema.json', atlas).href)).body.toString('utf8'),
    ) as { $id: string };
    expect(new URL(schema.$id).pathname).toBe('/atlas/data/practice.schema.json');
  });
});

/* ---------- the catalogue's filtered download ---------- */

async function openCatalogue(lang: Lang, search: string, base?: string) {
  const tracked = await newPage();
  await tracked.page.goto(
    base ? new URL(`${lang}/practices/${search}`, base).href : siteUrl(`/${lang}/practices/${search}`),
  );
  await tracked.page.waitForSelector('[data-catalogue-search]:not([hidden])');
  await tracked.page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== '';
  });
  return tracked;
}

async function downloaded(page: Page, format: 'csv' | 'json'): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-download-slot] a[data-download-format="${format}"]`),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** A theme that some practices have and others not, so that filtering by it changes the list. */
function narrowingTheme(): string {
  const counts = new Map<string, number>();
  for (const entry of entries('practices'))
    for (const theme of entry.files[entry.original]!.themes as string[])
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
  const theme = [...counts].find(([, n]) => n > 0 && n < practiceCount)?.[0];
  if (!theme) throw new Error('The sample should have a theme that only some practices have');
  return theme;
}

describe('downloading the results of a search', () => {
  test.each([
    ['fr', () => `?theme=${narrowingTheme()}`],
    ['en', () => `?q=women&theme=${narrowingTheme()}`],
  ] as const)(
    'in %s, the CSV and JSON hold exactly the practices shown, named after the filter',
    async (lang, search) => {
      const { page, thirdParty } = await openCatalogue(lang, search());
      const shown = await page.$$eval('[data-results] [data-result]', (cards) =>
        cards.map((c) => c.getAttribute('data-result')),
      );
      const status = await page.textContent('[data-status]');
      expect(shown.length).toBe(Number(/\d+/.exec(status ?? '')?.[0] ?? 0));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(practiceCount);

      const csv = await downloaded(page, 'csv');
      expect(csv.name).toBe(
        `practices.${lang}.${search().includes('q=') ? 'q-women.' : ''}theme-${narrowingTheme()}.csv`,
      );
      const rows = parse(csv.text, { bom: true, columns: true }) as { id: string; language: string }[];
      expect(rows.map((r) => r.id)).toEqual(shown);
      expect(new Set(rows.map((r) => r.language))).toEqual(new Set([lang]));

      const json = await downloaded(page, 'json');
      expect(json.name).toMatch(/\.json$/);
      expect((JSON.parse(json.text) as { id: string }[]).map((r) => r.id)).toEqual(shown);
      expect(thirdParty).toEqual([]);
    },
  );

  test('without criteria the links are the full files; without JavaScript too', async () => {
    const { page } = await openCatalogue('es', '');
    expect(await page.getAttribute('[data-download-slot] a[data-download-format="csv"]', 'href')).toBe(
      new URL(siteUrl('/data/practices.es.csv')).pathname,
    );
    const full = await downloaded(page, 'csv');
    expect(full.name).toBe('practices.es.csv');
    expect(parse(full.text, { bom: true, columns: true })).toHaveLength(practiceCount);

    const tracked = await newPage({ javaScriptEnabled: false });
    await tracked.page.goto(siteUrl(`/fr/practices/?theme=${narrowingTheme()}`));
    const link = tracked.page.locator('[data-download] a[data-download-format="json"]');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(new URL(siteUrl('/data/practices.fr.json')).pathname);
  });

  test('under /atlas/, the filtered download reads the files under the base path', async () => {
    const { page, requests } = await openCatalogue('fr', `?theme=${narrowingTheme()}`, inject('atlasUrl'));
    const shown = await page.$$eval('[data-results] [data-result]', (cards) =>
      cards.map((c) => c.getAttribute('data-result')),
    );
    const csv = await downloaded(page, 'csv');
    expect((parse(csv.text, { bom: true, columns: true }) as { id: string; url: string }[]).map((r) => r.id)).toEqual(
      shown,
    );
    expect(requests.some((url) => new URL(url).pathname === '/atlas/data/practices.fr.csv')).toBe(true);
  });
});
