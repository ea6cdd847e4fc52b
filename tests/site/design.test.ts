/**
 * Issue #17, what must hold 5 and 6, as a visitor sees it in Chromium: the
 * key facts beside the text on a wide screen and not repeated, cards of one
 * row of one height with their summary cut, no broken picture, editors'
 * links apart, no long label running out of its column, no word broken
 * letter by letter in a table on a phone, the footer at the window's
 * bottom on a short page, and practice pages light (≤ 25 KB gzipped).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, LANGUAGES, pageTypes, PHONE, siteUrl, useBrowser } from './browser.ts';
import { uiStrings } from './content.ts';

const { newPage } = useBrowser();
const practicePages = pageTypes().filter((p) => p.kind === 'practice');

/** Words of the elements matched by `selector` that the browser wrapped onto two lines, as "word (cell text)". */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Words as the line breaker sees them: hyphens and slashes may end a line.
        for (const match of text.matchAll(/[^\s\-/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${match[0]} (${element.textContent?.trim().slice(0, 40)})`);
        }
      }
    }
    return broken;
  });
}

describe('practice pages', () => {
  test.each(practicePages)('$path: at 1280 px the key facts stand beside the text, once', async ({ path, lang }) => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(path));
    const facts = page.getByRole('region', { name: uiStrings(lang)['practice.facts'] });
    const factsBox = (await facts.boundingBox())!;
    const leadBox = (await page.locator('.lead').boundingBox())!;
    expect(factsBox.x, 'the facts are right of the summary').toBeGreaterThanOrEqual(leadBox.x + leadBox.width);
    expect(Math.abs(factsBox.y - leadBox.y), 'the facts start level with the summary').toBeLessThan(40);
    const viewport = page.viewportSize()!;
    expect(factsBox.x + factsBox.width, 'and use the right of the screen').toBeGreaterThan(viewport.width * 0.75);

    // No fact of the panel is given again, under the same name, in the fields below.
    const inPanel = await facts.locator('dt').allTextContents();
    const elsewhere = await page
      .locator('article dt')
      .evaluateAll((terms) => terms.filter((dt) => !dt.closest('.facts')).map((dt) => dt.textContent?.trim() ?? ''));
    const repeated = inPanel.map((t) => t.trim()).filter((t) => elsewhere.includes(t));
    // The promoter comes back only with a way to reach them (email, website).
    const contactable = (await page.locator('article dd a[href^="mailto:"]').count()) > 0;
    expect(repeated.filter((t) => !(contactable && t === uiStrings(lang)['field.promoter']))).toEqual([]);
  });

  test.each(practicePages)(
    '$path: the picture or its placeholder shows, the file path stays folded',
    async ({ path }) => {
      const { page } = await newPage(PHONE);
      await page.goto(siteUrl(path));
      const visual = page.locator('.facts .visual');
      expect(await visual.isVisible()).toBe(true);
      const broken = await page.locator('img').evaluateAll(async (imgs) => {
        const all = imgs as HTMLImageElement[];
        for (const img of all) img.loading = 'eager';
        await Promise.all(all.map((img) => img.decode().catch(() => null)));
        return all.filter((img) => img.naturalWidth === 0).map((img) => img.src);
      });
      expect(broken, 'no broken image').toEqual([]);
      // A repository path is for editors: in the page, never on view until asked for.
      const path_ = page.locator('.provenance code');
      expect(await path_.count()).toBe(1);
      expect(await path_.isVisible()).toBe(false);
    },
  );

  test.each(practicePages)('$path weighs at most 25 KB gzipped (HTML and CSS)', async ({ path }) => {
    const html = await (await fetch(siteUrl(path))).text();
    const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    let bytes = gzipSync(html).length;
    for (const sheet of sheets) bytes += gzipSync(await (await fetch(siteUrl(sheet))).text()).length;
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
  });
});

describe('cards', () => {
  test.each(LANGUAGES)('%s: a row of related cards has one height, summaries cut at four lines', async (lang) => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(practicePages.find((p) => p.lang === lang)!.path));
    const cards = await page.locator('.related .card').evaluateAll((elements) =>
      elements.map((card) => {
        const box = card.getBoundingClientRect();
        const summary = card.querySelector('.card__summary')!;
        const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
        return { top: Math.round(box.top), height: Math.round(box.height), lines: summary.clientHeight / lineHeight };
      }),
    );
    expect(cards.length).toBeGreaterThan(1);
    for (const top of new Set(cards.map((c) => c.top)))
      expect(new Set(cards.filter((c) => c.top === top).map((c) => c.height)).size).toBe(1);
    for (const card of cards) expect(card.lines).toBeLessThanOrEqual(4.05);
  });
});

describe('layout', () => {
  test('at 1280 px in English, no facet label runs out of the filters column', async () => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl('/en/practices/'));
    // The facets are written by the catalogue's script.
    await page.locator('.facet label').first().waitFor();
    const column = (await page.locator('.catalogue-search__filters').boundingBox())!;
    const overflowing = await page
      .locator('.facet label')
      .evaluateAll(
        (labels, right) =>
          labels.filter((l) => l.getBoundingClientRect().right > right + 1).map((l) => l.textContent?.trim()),
        column.x + column.width,
      );
    expect(overflowing).toEqual([]);
  });

  test.each(LANGUAGES)('%s at 390 px: no word of the data and vocabulary tables is broken', async (lang) => {
    const { page } = await newPage(PHONE);
    await page.goto(siteUrl(`/${lang}/data/`));
    expect(await brokenWords(page, '.data-files tbody td')).toEqual([]);
    await page.goto(siteUrl(`/${lang}/editors/vocabularies/`));
    expect(await brokenWords(page, '.vocabulary-table tbody td, .vocabulary-table tbody th')).toEqual([]);
  });

  test.each(LANGUAGES)('%s: on a short page the footer reaches the bottom of the window', async (lang) => {
    const { page } = await newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(siteUrl(`/${lang}/no-such-page/`));
    const bottom = await page.locator('.site-footer').evaluate((f) => f.getBoundingClientRect().bottom);
    expect(bottom).toBeGreaterThanOrEqual(1400 - 1);
  });

  test.each(LANGUAGES)('%s: editors’ links are apart from the visitors’ in the footer', async (lang) => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(`/${lang}/`));
    const editors = page.locator('.site-footer__editors');
    expect(await editors.textContent()).toContain(uiStrings(lang)['footer.editors']);
    expect(await editors.locator('a[href$="/editors/translations/"]').count()).toBe(1);
    expect(await page.locator('.site-footer a[href$="/editors/translations/"]').count()).toBe(1);
  });
});
