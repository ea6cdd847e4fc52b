/**
 * What the catalogue search finds and shows, in Chromium against the built
 * site: a field's label or an empty field's placeholder matches nothing,
 * snippets carry no label, facet counts count practices in every mode, and
 * the language switch keeps the search (catalogue and map).
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCatalogue } from '../../bench/generate-catalogue.ts';
import { startServer } from '../../scripts/serve.ts';
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

/**
 * What a visitor means, written from the sample catalogue's texts: each
 * query with the practice that must come first, or the exact set found
 * ([] when nothing must be found). 36 queries, 12 per language.
 */
const OGOU = 'centre-promotion-feminine-ogou-1';
const EGALITE = 'egalite-dans-les-communes';
const HER_VOICE = 'her-voice';
const METROPOLIS = 'metropolis-women';
const OIVF = 'observatoire-international-violences-femmes';
type Expected = { first: string } | { firstOf: string[] } | { firstMatching: RegExp } | { exactly: string[] };
const RELEVANCE: Record<Lang, [string, Expected][]> = {
  fr: [
    ['Atakpamé', { exactly: [OGOU] }],
    ['Togo', { first: OGOU }],
    ['AIMF', { exactly: [OGOU] }],
    ['Bazoches', { exactly: [HER_VOICE] }],
    ['observatoire', { first: OIVF }],
    ['Seine-Saint-Denis', { first: OIVF }],
    ['ministère', { first: EGALITE }],
    ['kit de démarrage', { exactly: [EGALITE] }],
    ['Metropolis', { first: METROPOLIS }],
    // Both are about it: the observatory, and the women's centre that fights it.
    ['violences faites aux femmes', { firstOf: [OIVF, OGOU] }],
    ['Lomé', { exactly: [] }],
    ['budgétisation', { exactly: [] }],
  ],
  en: [
    ['Luxembourg', { first: EGALITE }],
    ['Bauhaus', { exactly: [HER_VOICE] }],
    ['metropolis', { first: METROPOLIS }],
    ['mayors', { first: OGOU }],
    ['women promotion centre', { first: OGOU }],
    ['observatory', { first: OIVF }],
    ['violence', { first: OIVF }],
    ['Jean Monnet', { exactly: [HER_VOICE] }],
    ['Atakpame', { exactly: [OGOU] }],
    ['mainstreaming', { first: METROPOLIS }],
    ['Lomé', { exactly: [] }],
    ['shelter', { exactly: [] }],
  ],
  es: [
    ['Lomé', { exactly: [] }],
    ['lo', { exactly: [HER_VOICE] }],
    ['Monnet', { exactly: [HER_VOICE] }],
    ['Pacto Verde', { exactly: [HER_VOICE] }],
    ['violencia', { first: OIVF }],
    ['observatorio', { first: OIVF }],
    ['metrópolis', { first: METROPOLIS }],
    ['alcaldes', { first: OGOU }],
    ['Barcelona', { first: METROPOLIS }],
    ['Luxemburgo', { first: EGALITE }],
    ['Togo', { first: OGOU }],
    ['Seine-Saint-Denis', { first: OIVF }],
  ],
};

function meets(found: string[], expected: Expected): boolean {
  if ('first' in expected) return found[0] === expected.first;
  if ('firstOf' in expected) return expected.firstOf.includes(found[0] ?? '');
  if ('firstMatching' in expected) return expected.firstMatching.test(found[0] ?? '');
  return found.join() === expected.exactly.join();
}

/** Runs each query on a catalogue page of the site at `base` and lists those whose results miss. */
async function missedQueries(page: Page, base: string, lang: Lang, queries: [string, Expected][]): Promise<string[]> {
  const wrong: string[] = [];
  for (const [query, expected] of queries) {
    await page.goto(new URL(`${lang}/practices/?q=${encodeURIComponent(query)}`, base).href);
    await settled(page);
    const found = await resultIds(page);
    if (!meets(found, expected))
      wrong.push(`"${query}": expected ${String(JSON.stringify(expected))}, found [${found.join(', ')}]`);
  }
  return wrong;
}

describe('search finds what a visitor means', () => {
  test('the relevance set holds at least 30 queries across the three languages', () => {
    expect(Object.values(RELEVANCE).flat().length).toBeGreaterThanOrEqual(30);
  });

  test.each(['fr', 'en', 'es'] as const)('in %s, each query finds its expected practices first', async (lang) => {
    const { page } = await newPage();
    expect(await missedQueries(page, siteUrl('/'), lang, RELEVANCE[lang])).toEqual([]);
  });

  test('a short word finds it as a word, not inside longer words; alone, it still finds what starts with it', async () => {
    // Spanish "lo" is a word of one practice's text; "los" and "Lomé" are not it.
    const { page } = await openCatalogue('es', '?q=lo');
    expect(await resultIds(page)).toEqual([HER_VOICE]);
    // No practice has "ma" as a word: then what starts with it is better than nothing.
    await page.goto(siteUrl('/en/practices/?q=ma'));
    await settled(page);
    expect((await resultIds(page)).length).toBeGreaterThan(1);
  });
});

/**
 * The same, over a catalogue of bench/generate-catalogue.ts (45 practices,
 * seed 17, built for these tests): queries written from its phrasebook,
 * each with the pattern of the ids that must come first (or the one id).
 */
const GENERATED: Record<Lang, [string, RegExp][]> = {
  fr: [
    ['marches exploratoires', /^exploratory-walks-/],
    ['guichet unique partage des tâches de soin', /^one-stop-service-for-sharing-care-work-28$/],
    ['budget sensible au genre', /gender-responsive-budgeting/],
    ['cartographie participative', /^participatory-mapping-for-gender-responsive-budgeting-8$/],
  ],
  en: [
    ['street lighting', /street-lighting/],
    ['exploratory walks', /^exploratory-walks-/],
    ['one-stop service sharing care work', /^one-stop-service-for-sharing-care-work-28$/],
    ['mentoring women’s employment', /^mentoring-for-women-s-employment-/],
  ],
  es: [
    ['marchas exploratorias', /^exploratory-walks-/],
    ['cartografía participativa', /^participatory-mapping-for-gender-responsive-budgeting-8$/],
    ['ventanilla única', /^one-stop-service-/],
    ['campaña de sensibilización cuidados', /^awareness-campaign-for-sharing-care-work-30$/],
  ],
};

describe('over a generated catalogue', () => {
  const content = '.cache/site-test/search-quality/content';
  const out = '.cache/site-test/search-quality/dist';
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    generateCatalogue({ practices: 45, cities: 8, observations: 50, out: content, seed: 17 });
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      stdio: 'inherit',
      env: { ...process.env, ATLAS_CACHE_DIR: '.cache/site-test/search-quality/astro' },
    });
    if (run.status !== 0) throw new Error('The generated catalogue did not build; its output is above.');
    const started = await startServer({ dir: out, port: 0 });
    server = started.server;
    base = started.url;
  }, 300_000);
  afterAll(() => server?.close());

  test('the two relevance sets hold at least 30 queries', () => {
    expect(Object.values(RELEVANCE).flat().length + Object.values(GENERATED).flat().length).toBeGreaterThanOrEqual(30);
  });

  test.each(['fr', 'en', 'es'] as const)('in %s, each query finds its expected practice first', async (lang) => {
    const { page } = await newPage();
    const queries = GENERATED[lang].map(([query, first]): [string, Expected] => [query, { firstMatching: first }]);
    expect(await missedQueries(page, base, lang, queries)).toEqual([]);
  });

  test('"Show more" puts the page in the URL, and the other language shows as many results', async () => {
    const { page } = await newPage();
    await page.goto(new URL('en/practices/?sort=title', base).href);
    await settled(page);
    expect(await resultIds(page)).toHaveLength(20);
    await page.click('[data-more]');
    await page.waitForURL(/page=2/);
    await expect.poll(() => resultIds(page).then((ids) => ids.length)).toBe(40);
    expect(new URL(page.url()).search).toBe('?sort=title&page=2');
    await page.locator('a[data-lang-switch="fr"]').click();
    await page.waitForURL(/\/fr\/practices\/\?sort=title&page=2$/);
    await settled(page);
    expect(await resultIds(page)).toHaveLength(40);
    // A new search starts again from the first page.
    await page.selectOption('#catalogue-sort', 'newest');
    await page.waitForURL(/sort=newest$/);
  });
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

  test('catalogue: the page of results is in the URL and survives the switch', async () => {
    const { page } = await openCatalogue('en', '?sort=title&page=2');
    // The sample has fewer practices than a page: every one is shown, and the URL keeps page 2 all the same.
    expect((await resultIds(page)).length).toBe(PRACTICES);
    expect(
      new URL(await page.locator('a[data-lang-switch="es"]').evaluate((a: HTMLAnchorElement) => a.href)).search,
    ).toBe('?sort=title&page=2');
    await page.locator('a[data-lang-switch="es"]').click();
    await expectPath(page, '/es/practices/');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await page.inputValue('#catalogue-sort')).toBe('title');
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
