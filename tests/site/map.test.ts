/**
 * The map page in Chromium: the Natural Earth basemap and the markers,
 * pop-ups that lead to practice and city pages, a national practice on
 * its country, the catalogue's search state in the URL, the list that
 * stands in for the map, keyboard use, no third-party request and no axe
 * violation in any language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, expectPath, LANGUAGES, runAxe, siteUrl, useBrowser, type Lang } from './browser.ts';
import { usePlural } from '../../src/i18n/t.ts';
import { entryIds, expectedHeading, readEntry, uiStrings } from './content.ts';

const { newPage } = useBrowser();

const NATIONAL = 'egalite-dans-les-communes';
const title = (id: string, lang: Lang) => expectedHeading(readEntry('practices', id), lang).text;

async function openMap(lang: Lang, query = '') {
  const tracked = await newPage();
  const errors: string[] = [];
  tracked.page.on('pageerror', (error) => errors.push(error.message));
  await tracked.page.goto(siteUrl(`/${lang}/map/${query}`));
  await tracked.page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
  return { ...tracked, errors };
}

/** Practices the visible markers and clusters stand for (each icon shows its count). */
const markedPractices = (page: Page) =>
  page.$$eval('.leaflet-marker-icon', (icons) =>
    icons.reduce((sum, icon) => sum + Number(icon.textContent!.trim()), 0),
  );
const listed = (page: Page) =>
  page.$$eval('[data-map-practice]:not([hidden])', (items) => items.map((i) => i.getAttribute('data-map-practice')));

describe.each(LANGUAGES)('map in %s', (lang) => {
  test('draws the basemap and the markers, with nothing from another host and no axe violation', async () => {
    const { page, thirdParty, errors, responses } = await openMap(lang);
    expect(await page.locator('.leaflet-overlay-pane path.map-country').count()).toBeGreaterThan(100);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
    expect(await markedPractices(page)).toBeGreaterThanOrEqual(entryIds('practices').length);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.getAttribute('[data-map-canvas]', 'aria-label')).toBe(uiStrings(lang)['map.label']);
    expect(responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
    expect(describeViolations(await runAxe(page))).toEqual([]);
  });

  test('clusters have an accessible name in the page language', async () => {
    const { page } = await openMap(lang);
    const labels = await page.$$eval('.map-cluster', (icons) =>
      icons.map((i) => [
        i.getAttribute('aria-label'),
        i.getAttribute('role'),
        i.getAttribute('tabindex'),
        i.textContent!.trim(),
      ]),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const [label, role, tabindex, count] of labels) {
      expect(label).toBe(usePlural(lang)('practices.count', Number(count)));
      expect(role).toBe('button');
      expect(tabindex).toBe('0');
    }
  });
});

describe('pop-ups', () => {
  test('a cluster then a marker: the pop-up links to the practice and the city page', async () => {
    const { page, thirdParty } = await openMap('fr');
    const practice = 'centre-promotion-feminine-ogou-1';
    await page.click('.map-cluster[aria-label="1 pratique"]');
    const marker = page.locator('.map-marker--city[aria-label^="Zio 1"]');
    await marker.waitFor();
    // A click during the cluster's zoom animation can be lost (seen once in CI under load): wait for its end.
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim'));
    await marker.click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    expect(await popup.locator('a[href$="/fr/cities/zio-1/"]').count()).toBe(1);
    const link = popup.locator(`a[href$="/fr/practices/${practice}/"]`);
    expect(await link.textContent()).toBe(title(practice, 'fr'));
    expect(await page.getAttribute('.leaflet-popup-close-button', 'aria-label')).toBe(uiStrings('fr')['map.close']);
    await link.click();
    await expectPath(page, `/fr/practices/${practice}/`);
    expect(thirdParty).toEqual([]);
  });

  test('a national practice stands on its country, and its pop-up says so', async () => {
    const { page } = await openMap('en', '?country=LU');
    expect(await page.locator('path.map-country--practices').count()).toBe(1);
    const marker = page.locator('.map-marker--country');
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('aria-label')).toContain('Luxembourg');
    // The marker stands inside Luxembourg's Natural Earth polygon.
    const [box, shape] = await Promise.all([
      marker.boundingBox(),
      page.locator('path.map-country--practices').boundingBox(),
    ]);
    const centre = { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    expect(centre.x).toBeGreaterThan(shape!.x);
    expect(centre.x).toBeLessThan(shape!.x + shape!.width);
    expect(centre.y).toBeGreaterThan(shape!.y);
    expect(centre.y).toBeLessThan(shape!.y + shape!.height);
    await marker.click();
    const popup = page.locator('.leaflet-popup .map-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toContain(uiStrings('en')['map.national']);
    await popup.locator(`a[href$="/en/practices/${NATIONAL}/"]`).click();
    await expectPath(page, `/en/practices/${NATIONAL}/`);
  });

  test('the country shape opens the same pop-up', async () => {
    const { page } = await openMap('es', '?country=LU');
    await page.locator('path.map-country--practices').click({ force: true });
    await page.locator(`.leaflet-popup a[href$="/es/practices/${NATIONAL}/"]`).waitFor();
  });

  test('by keyboard: Enter on a marker opens its pop-up and moves focus into it', async () => {
    const { page } = await openMap('fr', '?country=ES');
    await page.locator('.map-marker--city').focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .map-popup').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(true);
  });

  test('by keyboard: Enter on a cluster zooms in and keeps the focus on the markers, down to a pop-up', async () => {
    const { page } = await openMap('fr');
    await page.locator('.map-cluster[aria-label="1 pratique"]').focus();
    for (let step = 0; step < 6; step++) {
      const focused = await page.evaluate(() => document.activeElement?.className ?? '');
      if (!focused.includes('map-cluster')) break;
      const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (before) =>
          document.activeElement?.classList.contains('leaflet-marker-icon') &&
          document.activeElement !== null &&
          (document.activeElement.getAttribute('aria-label') !== before || !document.activeElement.isConnected),
        label,
      );
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-marker'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup .map-popup').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.map-popup') !== null)).toBe(true);
  });
});

describe('search state from the URL', () => {
  test('a facet filter reduces the markers and the list, and the list link keeps it', async () => {
    const all = await openMap('fr');
    const everything = await listed(all.page);
    const { page } = await openMap('fr', '?country=TG');
    expect(await listed(page)).toEqual(['centre-promotion-feminine-ogou-1']);
    expect(everything.length).toBeGreaterThan(1);
    // Only the five communes of Togo's one practice are left on the map.
    const icons = await page.$$eval('.leaflet-marker-icon', (nodes) => nodes.map((n) => n.getAttribute('aria-label')!));
    expect(icons.length).toBeGreaterThan(0);
    for (const label of icons) expect(label).toMatch(/^(Ogou 1|Zio 1|Tchaoudjo 1|Kozah 1|Tône 1|1 pratique$)/);
    expect(await page.locator('[data-map-country]:not([hidden])').count()).toBe(1);
    expect(await page.textContent('[data-map-status]')).toBe(
      usePlural('fr')('map.status', 1, { total: everything.length }),
    );
    expect(await page.textContent('[data-map-status]')).toMatch(/^1 pratique sur \d+ correspond à la recherche\.$/);
    expect(
      new URL(await page.locator('[data-map-list]').evaluate((a: HTMLAnchorElement) => a.href)).pathname +
        new URL(await page.locator('[data-map-list]').evaluate((a: HTMLAnchorElement) => a.href)).search,
    ).toBe('/fr/practices/?country=TG');
    expect(await page.isVisible('[data-map-all]')).toBe(true);
  });

  test('a text query goes through Pagefind and keeps what the catalogue finds', async () => {
    const catalogue = await newPage();
    await catalogue.page.goto(siteUrl('/fr/practices/?q=violences&theme=violence-against-women'));
    await catalogue.page.waitForFunction(() => {
      const root = document.querySelector('[data-catalogue-search]');
      return root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== '';
    });
    const expected = await catalogue.page.$$eval('[data-results] [data-result]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-result')!).sort(),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(entryIds('practices').length);
    const { page, thirdParty } = await openMap('fr', '?q=violences&theme=violence-against-women');
    expect((await listed(page)).sort()).toEqual(expected);
    expect(await markedPractices(page)).toBeGreaterThanOrEqual(expected.length);
    expect(thirdParty).toEqual([]);
  });

  test('a query that finds nothing leaves an empty map and an empty list', async () => {
    const { page } = await openMap('es', '?q=xylophone');
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(0);
    expect(await listed(page)).toEqual([]);
    expect(await page.locator('.leaflet-overlay-pane path.map-country').count()).toBeGreaterThan(100);
  });

  test('unknown facet values are ignored', async () => {
    const { page, errors } = await openMap('en', '?theme=no-such-theme&country=TG');
    expect(await listed(page)).toEqual(['centre-promotion-feminine-ogou-1']);
    expect(errors).toEqual([]);
  });

  test('the catalogue links to the map with its current search', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/en/practices/?country=TG'));
    await page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
    const href = await page.locator('[data-map-link]').evaluate((a: HTMLAnchorElement) => a.href);
    expect(new URL(href).pathname + new URL(href).search).toBe('/en/map/?country=TG');
    await page.click('[data-map-link]');
    await page.waitForSelector('[data-map-canvas][data-ready]');
    expect(await listed(page)).toEqual(['centre-promotion-feminine-ogou-1']);
  });
});

describe('without JavaScript', () => {
  test.each(LANGUAGES)('in %s, the list gives every practice with its place, linked', async (lang) => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(`/${lang}/map/`));
    expect(await page.isVisible('[data-map-canvas]')).toBe(false);
    const items = await page.$$eval('[data-map-practice]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-map-practice')),
    );
    expect(items.sort()).toEqual(entryIds('practices'));
    const national = page.locator(`[data-map-practice="${NATIONAL}"]`);
    expect(await national.locator('.map-list__place').textContent()).toContain(uiStrings(lang)['map.national']);
    expect(await page.locator('[data-map-practice="her-voice"] .map-list__place a').getAttribute('href')).toMatch(
      new RegExp(`/${lang}/cities/[a-z0-9-]+/$`),
    );
  });
});
