/**
 * No flash of wrong content on the catalogue, in Chromium against the built
 * site: with the page's scripts held back (a slow connection), a URL with a
 * search shows the search's controls and a loading state, never the
 * unfiltered list; the results then arrive in the same place. Without
 * JavaScript, or when the script never comes, the full list reads as before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser, PHONE, DESKTOP } from './browser.ts';
import { entryIds, uiStrings } from './content.ts';

const { newPage } = useBrowser();
const PRACTICES = entryIds('practices').length;
const SCRIPTS = '**/_astro/*.js';

/** Opens a URL with the site's bundled scripts held until the returned function is called. */
async function openWithScriptsHeld(page: Page, path: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(SCRIPTS, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back: wait for the parsed page and a painted frame instead.
  await page.goto(siteUrl(path), { waitUntil: 'commit' });
  await page.waitForSelector('.site-footer', { state: 'attached' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return release;
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => Math.round(node.getBoundingClientRect().top));

describe('a link with a search in its URL', () => {
  test.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('on a %s, shows a loading state in the final layout, then the results there', async (_, device) => {
    const { page } = await newPage(device);
    const release = await openWithScriptsHeld(page, '/fr/practices/?theme=violence-against-women');
    // Before any script of the site has run: the controls are there, the unfiltered list is not.
    expect(await page.isVisible('[data-static-list]')).toBe(false);
    expect(await page.isVisible('#catalogue-query')).toBe(true);
    expect(await page.isVisible('#catalogue-sort')).toBe(true);
    expect((await page.textContent('.catalogue-search__loading'))!.trim()).toBe(uiStrings('fr')['search.loading']);
    expect(await page.isVisible('.catalogue-search__loading')).toBe(true);
    const sortTop = await top(page, '#catalogue-sort');
    const loadingTop = await top(page, '.catalogue-search__loading');

    release();
    await page.waitForSelector('[data-catalogue-search][data-ready]');
    expect(await page.isVisible('.catalogue-search__loading')).toBe(false);
    const ids = await page.$$eval('[data-results] [data-result]', (nodes) =>
      nodes.map((n) => n.getAttribute('data-result')),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(PRACTICES);
    // Nothing above the results moved, and the results begin where the loading state was.
    expect(await top(page, '#catalogue-sort')).toBe(sortTop);
    expect(await top(page, '[data-results] [data-result]')).toBe(loadingTop);
  });

  test('whose script never arrives, shows the full list once the page has loaded', async () => {
    const { page } = await newPage();
    await page.route(SCRIPTS, (route) => route.abort('failed'));
    await page.goto(siteUrl('/en/practices/?q=violence'), { waitUntil: 'load' });
    expect(await page.isVisible('.catalogue-search__loading')).toBe(false);
    expect(await page.isVisible('#catalogue-query')).toBe(false);
    expect(await page.locator('[data-static-list] .card').count()).toBe(Math.min(PRACTICES, 20));
    expect(await page.isVisible('[data-static-list]')).toBe(true);
  });
});

describe('the catalogue without a search', () => {
  test('shows the list at once, beside the controls, and the search takes its place', async () => {
    const { page } = await newPage(DESKTOP);
    const release = await openWithScriptsHeld(page, '/es/practices/');
    expect(await page.isVisible('[data-static-list]')).toBe(true);
    expect(await page.isVisible('.catalogue-search__loading')).toBe(false);
    expect(await page.isVisible('#catalogue-query')).toBe(true);
    const firstCardTop = await top(page, '[data-static-list] .card');
    release();
    await page.waitForSelector('[data-catalogue-search][data-ready]');
    expect(await page.isVisible('[data-static-list]')).toBe(false);
    expect(await top(page, '[data-results] [data-result]')).toBe(firstCardTop);
  });

  test('reads in full without JavaScript, with no search controls', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/fr/practices/?theme=violence-against-women'));
    expect(await page.isVisible('[data-static-list]')).toBe(true);
    expect(await page.locator('[data-static-list] .card').count()).toBe(Math.min(PRACTICES, 20));
    expect(await page.isVisible('#catalogue-query')).toBe(false);
    expect(await page.isVisible('.catalogue-search__loading')).toBe(false);
  });
});
