/**
 * Practice pages on paper, in Chromium's print mode: no navigation, search,
 * language switch or buttons; outside links followed by their address; the
 * citation printed; and a PDF that holds the practice in a few pages.
 */
import { describe, expect, test } from 'vitest';
import { siteUrl, useBrowser } from './browser.ts';
import { entryIds, expectedHeading, readEntry } from './content.ts';

const { newPage } = useBrowser();
// A practice with outside links, whose addresses print after them.
const practice =
  entryIds('practices').find((id) => JSON.stringify(readEntry('practices', id).files).includes('https://')) ??
  entryIds('practices')[0]!;

describe('printing a practice', () => {
  test('print media hides what only works on screen and shows the citation and link addresses', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/en/practices/${practice}/`));
    const display = (selector: string) =>
      page.$$eval(selector, (nodes) => nodes.map((n) => getComputedStyle(n).display));
    // On screen, the navigation is there.
    expect(await display('.site-nav')).not.toContain('none');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.language-switch', '.skip-link', '.site-footer', '.breadcrumb', 'button']) {
      const values = await display(selector);
      expect(values.length, `${selector} should exist on the page`).toBeGreaterThan(0);
      expect(new Set(values), selector).toEqual(new Set(['none']));
    }
    expect(await page.isVisible('#cite-text')).toBe(true);
    expect(await page.isVisible('h1')).toBe(true);
    const after = await page.$eval('main a[href^="http"]', (a) => ({
      href: a.getAttribute('href'),
      content: getComputedStyle(a, '::after').content,
    }));
    expect(after.content).toBe(`" (${after.href})"`);
  });

  test('the PDF holds the title and the citation in a few pages', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/fr/practices/${practice}/`));
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(8);
    // What prints, read back with print media on: the title and the citation, not the navigation.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(expectedHeading(readEntry('practices', practice), 'fr').text);
    expect(printed).toContain((await page.textContent('#cite-text'))!.trim());
    expect(printed).not.toContain((await page.textContent('.site-nav'))!.trim());
  });
});
