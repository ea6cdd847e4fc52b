/**
 * The catalogue search in Chromium: queries with stemming and without
 * accents in each language, facets that narrow and count, the state in the
 * URL, bad input, search across languages, and a site under /atlas/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, LANGUAGES, siteUrl, useBrowser, type Lang } from './browser.ts';
import { cardsIn } from './cards.ts';
import { contentDir, expectedHeading, readEntry, uiStrings } from './content.ts';

const { newPage } = useBrowser();

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-catalogue-search]:not([hidden])');
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== '';
  });
}

async function search(page: Page, query: string): Promise<void> {
  await page.fill('#catalogue-query', query);
  await page.press('#catalogue-query', 'Enter');
  // The field keeps 200 characters at most, and the URL its trimmed value.
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(location.search).get('q') === q.slice(0, 200).trim() ||
      (q.trim() === '' && !location.search.includes('q=')),
    query,
  );
  await settled(page);
}

const titles = (page: Page) =>
  page.$$eval('[data-results] .card__title', (nodes) => nodes.map((n) => n.textContent!.trim()));
const statusText = (page: Page) => page.textContent('[data-status]').then((t) => t!.trim());
const countIn = (text: string) => Number(/\d+/.exec(text)?.[0] ?? 0);
const title = (id: string, lang: Lang) => expectedHeading(readEntry('practices', id), lang).text;

async function openCatalogue(lang: Lang, query = '', base?: string) {
  const tracked = await newPage();
  const url = base ? new URL(`${lang}/practices/${query}`, base).href : siteUrl(`/${lang}/practices/${query}`);
  const errors: string[] = [];
  tracked.page.on('pageerror', (error) => errors.push(error.message));
  tracked.page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await tracked.page.goto(url);
  await settled(tracked.page);
  return { ...tracked, errors };
}

describe('queries', () => {
  test.each([
    ['fr', 'violence', 'observatoire-international-violences-femmes'],
    ['fr', 'egalite', 'egalite-dans-les-communes'],
    ['en', 'observatories', 'observatoire-international-violences-femmes'],
    ['en', 'municipality', 'egalite-dans-les-communes'],
    ['es', 'observatorios', 'observatoire-international-violences-femmes'],
    ['es', 'promocion', 'centre-promotion-feminine-ogou-1'],
  ] as const)('in %s, "%s" finds %s (stemming, no accents)', async (lang, query, id) => {
    const { page, thirdParty, errors } = await openCatalogue(lang);
    await search(page, query);
    expect(await titles(page)).toContain(title(id, lang));
    expect(countIn(await statusText(page))).toBe((await titles(page)).length);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each(['fr', 'en', 'es'] as const)('in %s, a query with no match says so', async (lang) => {
    const { page } = await openCatalogue(lang);
    await search(page, 'xylophone');
    expect(await statusText(page)).toBe(uiStrings(lang)['search.none']);
    expect(await titles(page)).toEqual([]);
  });
});

describe('facets', () => {
  test('combining two facets narrows the results, and the counts agree with the listing', async () => {
    const { page } = await openCatalogue('fr');
    const all = countIn(await statusText(page));
    const themeRow = page.locator('[data-facet="theme"] li', {
      has: page.locator('input[value="violence-against-women"]'),
    });
    const themeCount = countIn((await themeRow.textContent())!);
    await themeRow.locator('input').check();
    await settled(page);
    const afterTheme = countIn(await statusText(page));
    expect(afterTheme).toBe(themeCount);
    expect(afterTheme).toBeLessThan(all);
    expect(await titles(page)).toHaveLength(afterTheme);

    const countryRow = page.locator('[data-facet="country"] li', { has: page.locator('input[value="TG"]') });
    const countryCount = countIn((await countryRow.textContent())!);
    await countryRow.locator('input').check();
    await settled(page);
    const afterBoth = countIn(await statusText(page));
    expect(afterBoth).toBe(countryCount);
    expect(afterBoth).toBeLessThanOrEqual(afterTheme);
    expect(await titles(page)).toEqual([title('centre-promotion-feminine-ogou-1', 'fr')]);
    expect(new URL(page.url()).search).toBe('?theme=violence-against-women&country=TG');
  });

  test('values of one facet are alternatives: a second country widens the results', async () => {
    const { page } = await openCatalogue('en', '?country=TG');
    expect(countIn(await statusText(page))).toBe(1);
    await page.locator('[data-facet="country"] input[value="FR"]').check();
    await settled(page);
    expect(countIn(await statusText(page))).toBe(
      1 +
        readdirSync(join(contentDir, 'practices')).filter((id) =>
          /country: FR\b/.test(
            readFileSync(join(contentDir, 'practices', id, `${readEntry('practices', id).original}.mdx`), 'utf8'),
          ),
        ).length,
    );
  });

  test('reload and the back button restore the state from the URL', async () => {
    const { page } = await openCatalogue('es');
    await search(page, 'mujeres');
    await page.locator('[data-facet="scale"] input[value="international"]').check();
    await settled(page);
    const before = { url: page.url(), status: await statusText(page), titles: await titles(page) };
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#catalogue-query')).toBe('mujeres');
    expect(await page.locator('[data-facet="scale"] input[value="international"]').isChecked()).toBe(true);
    expect({ url: page.url(), status: await statusText(page), titles: await titles(page) }).toEqual(before);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=mujeres');
    expect(await page.locator('[data-facet="scale"] input[value="international"]').isChecked()).toBe(false);
  });

  test('an unknown facet value in the URL is ignored and the rest of the state kept', async () => {
    const { page, errors } = await openCatalogue('fr', '?theme=no-such-theme&country=TG&colour=blue');
    expect(countIn(await statusText(page))).toBe(1);
    expect(await page.locator('[data-facet="country"] input[value="TG"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('"clear all" empties the query and the filters', async () => {
    const { page } = await openCatalogue('fr', '?q=femmes&country=FR');
    await page.click('[data-clear]');
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    expect(countIn(await statusText(page))).toBe(readdirSync(join(contentDir, 'practices')).length);
  });
});

describe('bad input never breaks the page', () => {
  test.each([
    ['quotes', '"égalité" \'femmes\''],
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
    ['emoji', '🌍👩‍👩‍👧 égalité'],
    ['2,000 characters', 'égalité '.repeat(250)],
    ['only spaces', '   '],
  ])('%s', async (_name, query) => {
    const { page, errors } = await openCatalogue('fr');
    await search(page, query);
    const status = await statusText(page);
    expect(status === uiStrings('fr')['search.none'] || /\d+/.test(status)).toBe(true);
    expect(errors).toEqual([]);
    expect(await page.$('[data-results] script, [data-results] img')).toBeNull();
  });
});

describe('languages', () => {
  test('"search in all languages" finds a practice by a word of another language, once', async () => {
    const word = 'sensibilisation';
    const { page } = await openCatalogue('en');
    await search(page, word);
    const alone = await titles(page);
    // Ticking the box reloads the page with the other languages' indexes merged.
    await Promise.all([page.waitForURL(/all=1/), page.locator('#catalogue-all-languages').dispatchEvent('click')]);
    await settled(page);
    const merged = await page.$$eval('[data-results] [data-result]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-result')),
    );
    expect(merged.length).toBeGreaterThan(alone.length);
    expect(new Set(merged).size).toBe(merged.length);
  });

  test('results show title, summary, place and themes in the visitor’s language', async () => {
    const { page } = await openCatalogue('es', '?country=TG');
    const card = page.locator('[data-results] .card').first();
    expect(await card.locator('.card__title').textContent()).toBe(title('centre-promotion-feminine-ogou-1', 'es'));
    expect(await card.locator('.card__title').getAttribute('lang')).toBe('es');
    expect(await card.locator('.card__place').textContent()).toContain('Togo');
    expect(await card.locator('.terms li').allTextContents()).toContain('Violencia contra las mujeres');
  });
});

describe('result cards', () => {
  test.each(LANGUAGES)(
    '%s: each drawn card is its static card (placeholder, title, summary, place, themes), rows of one height',
    async (lang) => {
      const { page: staticPage } = await newPage({ ...DESKTOP, javaScriptEnabled: false });
      await staticPage.goto(siteUrl(`/${lang}/practices/`));
      const staticCards = await cardsIn(staticPage, '[data-static-list] .card');
      const { page } = await newPage(DESKTOP);
      await page.goto(siteUrl(`/${lang}/practices/`));
      await settled(page);
      const drawn = await cardsIn(page, '[data-results] .card');
      expect(drawn.length).toBe(staticCards.length);
      for (const card of drawn) expect(card).toEqual(staticCards.find((c) => c.id === card.id));
      // The sample has no pictures: every card shows its first theme on the network's colours.
      expect(drawn.every((c) => c.visual === 'placeholder' && c.text !== '')).toBe(true);
      expect(
        drawn.some((c) => c.themes.some((t) => /^\+/.test(t ?? ''))),
        'a card counts its other themes',
      ).toBe(true);
      const boxes = await page.locator('[data-results] .card').evaluateAll((cards) =>
        cards.map((c) => ({
          top: Math.round(c.getBoundingClientRect().top),
          height: Math.round(c.getBoundingClientRect().height),
        })),
      );
      for (const top of new Set(boxes.map((b) => b.top)))
        expect(new Set(boxes.filter((b) => b.top === top).map((b) => b.height)).size).toBe(1);
    },
  );
});

describe('under a sub-path', () => {
  test('search and its links work when the site lives under /atlas/', async () => {
    const { page, responses } = await openCatalogue('fr', '', inject('atlasUrl'));
    await search(page, 'violences');
    const links = await page.$$eval('[data-results] .card__title a', (nodes) =>
      nodes.map((n) => n.getAttribute('href')),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/atlas\/fr\/practices\/[a-z0-9-]+\/$/);
    await page.click('[data-results] .card__title a');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(links[0]);
    expect(responses.filter((r) => r.status >= 400)).toEqual([]);
  });
});

describe('keyboard only', () => {
  test('a visitor searches, filters and opens a result without a mouse', async () => {
    const { page } = await openCatalogue('en');
    await page.focus('#catalogue-query');
    await page.keyboard.type('violence');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=violence/);
    await settled(page);
    const before = countIn(await statusText(page));
    const box = page.locator('[data-facet="country"] input[value="TG"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/country=TG/);
    await settled(page);
    expect(countIn(await statusText(page))).toBeLessThanOrEqual(before);
    // Focus stays on the checkbox the visitor toggled, though the facets were redrawn.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('TG');
    await page.locator('[data-results] .card__title a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/practices\/[a-z0-9-]+\/$/);
  });

  test('the result count is announced to screen readers', async () => {
    const { page } = await openCatalogue('es');
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
  });
});

describe('without JavaScript', () => {
  test('a practice links to its theme page, which lists it', async () => {
    const tracked = await newPage({ javaScriptEnabled: false });
    const id = 'centre-promotion-feminine-ogou-1';
    await tracked.page.goto(siteUrl(`/fr/practices/${id}/`));
    const themeLink = tracked.page.locator('[data-term^="themes:"] a').first();
    await themeLink.click();
    await tracked.page.waitForURL(/\/fr\/browse\/theme\/[a-z0-9-]+\/$/);
    expect(await tracked.page.locator('.card__title').allTextContents()).toContain(title(id, 'fr'));
    expect(await tracked.page.locator('[data-catalogue-search]').count()).toBe(0);
  });
});
