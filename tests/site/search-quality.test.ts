/**
 * What the catalogue search finds and shows, in Chromium against the built
 * site: a field's label or an empty field's placeholder matches nothing,
 * snippets carry no label, facet counts count practices in every mode, and
 * the language switch keeps the search (catalogue and map).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectPath, siteUrl, useBrowser, type Lang } from './browser.ts';
import { entryIds, uiStrings } from './content.ts';

const { newPage } = useBrowser();
const PRACTICES = entryIds('practices').length;

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-catalogue-search]:not([hidden])');
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== '';
  });
}

async function openCatalogue(lang: Lang, query = '') {
  const tracked = await newPage();
  await tracked.page.goto(siteUrl(`/${lang}/practices/${query}`));
  await settled(tracked.page);
  return tracked;
}

const resultIds = (page: Page) =>
  page.$$eval('[data-results] [data-result]', (nodes) => nodes.map((n) => n.getAttribute('data-result')!));
const excerpts = (page: Page) =>
  page.$$eval('[data-results] .card__summary', (nodes) => nodes.map((n) => n.textContent!.trim()));
const facetCounts = (page: Page) =>
  page.$$eval('[data-facets] [data-count]', (nodes) =>
    nodes.map((n) => Number(/\d+/.exec(n.textContent ?? '')?.[0] ?? NaN)),
  );

describe('only a practice’s own text is indexed', () => {
  test.each([
    ['en', 'budget'],
    ['fr', 'budget'],
    ['es', 'presupuesto'],
    ['en', 'funders'],
    ['fr', 'financeurs'],
    ['es', 'financiadores'],
  ] as const)('in %s, "%s" (a field label) does not match every practice', async (lang, word) => {
    const { page } = await openCatalogue(lang, `?q=${encodeURIComponent(word)}`);
    expect(PRACTICES).toBeGreaterThan(1);
    expect((await resultIds(page)).length).toBeLessThan(PRACTICES);
  });

  test.each(['fr', 'en', 'es'] as const)(
    'in %s, the indexed text of every practice has no label or placeholder, nor do snippets',
    async (lang) => {
      const strings = uiStrings(lang);
      const labels = [
        'value.notRecorded',
        'field.lastReviewed',
        'field.sourceTypes',
        'field.powerDomains',
        'translation.available',
      ].map((key) => strings[key]!);
      const { page } = await openCatalogue(lang);
      // What Pagefind holds for each page, read through its own API.
      // A string, not a function: the test's transform would rewrite a function's import().
      const base = new URL(siteUrl('/')).pathname;
      const contents = await page.evaluate<{ url: string; content: string }[]>(
        `import(${JSON.stringify(`${base}pagefind/pagefind.js`)}).then((pagefind) => pagefind.search(null)).then((found) => Promise.all(found.results.map((r) => r.data())))`,
      );
      expect(contents.length).toBe(PRACTICES);
      for (const { url, content } of contents)
        for (const label of labels) expect(content, `${url} indexes "${label}"`).not.toContain(label);

      // A word most practices use: their snippets are sentences of their text, not the form's labels.
      const word = { fr: 'femmes', en: 'women', es: 'mujeres' }[lang];
      await page.goto(siteUrl(`/${lang}/practices/?q=${word}`));
      await settled(page);
      const snippets = await excerpts(page);
      expect(snippets.length).toBeGreaterThan(0);
      for (const snippet of snippets)
        for (const label of [...labels, strings['field.budget']!, strings['field.funders']!])
          expect(snippet, `snippet "${snippet}"`).not.toContain(label);
    },
  );
});

describe('counts are counts of practices', () => {
  test('with every language merged, no facet counts more practices than there are', async () => {
    const { page } = await openCatalogue('en', '?all=1');
    const ids = await resultIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    const counts = await facetCounts(page);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(ids.length);
      expect(count).toBeLessThanOrEqual(PRACTICES);
    }
    // The status's count agrees with the cards, in the language's plural form.
    expect(await page.textContent('[data-status]')).toContain(String(ids.length));
  });
});

describe('counted strings in the browser use the plural forms of the build', () => {
  test.each([
    ['fr', '1 pratique trouvée', 'Fichier prêt : 1 pratique.'],
    ['en', '1 practice found', 'File ready: 1 practice.'],
    ['es', '1 práctica encontrada', 'Archivo listo: 1 práctica.'],
  ] as const)('in %s, one result reads "%s" and its download "%s"', async (lang, found, ready) => {
    const { page } = await openCatalogue(lang, '?country=TG');
    expect((await page.textContent('[data-status]'))!.trim()).toBe(found);
    await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-download-slot] a[data-download-format="csv"]'),
    ]);
    await expect.poll(() => page.textContent('[data-download-status]')).toBe(ready);
  });
});

describe('the language switch keeps the search', () => {
  test('catalogue: query, facet and sort survive the switch from French to Spanish', async () => {
    const { page } = await openCatalogue('fr', '?q=violence&theme=violence-against-women&sort=title');
    const before = await resultIds(page);
    await page.locator('a[data-lang-switch="es"]').click();
    await expectPath(page, '/es/practices/');
    await settled(page);
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('violence');
    expect(params.getAll('theme')).toEqual(['violence-against-women']);
    expect(params.get('sort')).toBe('title');
    expect(await page.inputValue('#catalogue-query')).toBe('violence');
    expect(await page.inputValue('#catalogue-sort')).toBe('title');
    expect(await page.isChecked('[data-facet="theme"] input[value="violence-against-women"]')).toBe(true);
    // The facet's label is drawn in Spanish from the same id.
    expect(
      await page.textContent('[data-facet="theme"] li:has(input[value="violence-against-women"]) label'),
    ).toContain('Violencia contra las mujeres');
    // Same practices (the sort is by title, so only the set is compared).
    expect((await resultIds(page)).sort()).toEqual([...before].sort());
  });

  test('catalogue: a change made on the page is carried too', async () => {
    const { page } = await openCatalogue('en');
    await page.fill('#catalogue-query', 'observatory');
    await page.press('#catalogue-query', 'Enter');
    await page.waitForURL(/q=observatory/);
    await settled(page);
    expect(
      new URL(await page.locator('a[data-lang-switch="fr"]').evaluate((a: HTMLAnchorElement) => a.href)).search,
    ).toBe('?q=observatory');
  });

  test('map: the filters survive the switch from English to French', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/en/map/?country=TG'));
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
    await page.locator('a[data-lang-switch="fr"]').click();
    await expectPath(page, '/fr/map/');
    await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
    expect(new URL(page.url()).search).toBe('?country=TG');
    expect(
      await page.$$eval('[data-map-practice]:not([hidden])', (items) =>
        items.map((i) => i.getAttribute('data-map-practice')),
      ),
    ).toEqual(['centre-promotion-feminine-ogou-1']);
  });
});
