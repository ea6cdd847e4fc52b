/**
 * axe-core finds nothing on any page type, in any language, at desktop and
 * phone width; a keyboard user can skip straight to the content.
 */
import { describe, expect, test } from 'vitest';
import { DESKTOP, describeViolations, pageTypes, PHONE, runAxe, siteUrl, useBrowser, type PageType } from './browser.ts';
import { entries, uiStrings } from './content.ts';

const { newPage } = useBrowser();

// The page types, plus every page that falls back to an untranslated original
// (text in another language than the page's, under a notice).
const fallbackPages: PageType[] = [...entries('practices'), ...entries('cities')].flatMap((entry) =>
  entry.missing.map((lang) => ({
    kind: entry.kind === 'practices' ? ('practice' as const) : ('city' as const),
    lang,
    path: `/${lang}/${entry.kind}/${entry.id}/`,
    status: 200 as const,
    route: `${entry.kind}/${entry.id}/`,
    localized: true,
    id: entry.id,
    contextOptions: {},
    label: `fallback ${entry.kind === 'practices' ? 'practice' : 'city'} ${lang} /${lang}/${entry.kind}/${entry.id}/`,
  })),
);
const pages = [...pageTypes(), ...fallbackPages];
const widths = [
  { name: 'desktop (1280 px)', options: DESKTOP },
  { name: 'phone (390 px)', options: PHONE },
];

describe.each(pages)('$label', (type) => {
  test.each(widths)('no axe-core violation at $name', async ({ options }) => {
    const { page } = await newPage({ ...type.contextOptions, ...options });
    const response = await page.goto(siteUrl(type.path));
    expect(response?.status()).toBe(type.status);
    const violations = await runAxe(page);
    expect(describeViolations(violations), `axe-core violations on ${type.path}`).toEqual([]);
    // Reflow (WCAG 1.4.10): the content fits the width, nothing makes the page scroll sideways.
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      elements: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''}`),
    }));
    expect(overflow, 'the page scrolls sideways').toEqual({ page: 0, elements: [] });
  });
});

describe.each(pageTypes().filter((t) => t.localized))('keyboard on $label', (type) => {
  test('the first Tab reaches the skip link, and Enter moves focus to main', async () => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(type.path));

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el?.getBoundingClientRect();
      return {
        tag: el?.tagName.toLowerCase(),
        href: el?.getAttribute('href'),
        text: el?.textContent?.trim(),
        visible: !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(focused).toEqual({ tag: 'a', href: '#main', text: uiStrings(type.lang)['skip.toContent'], visible: true });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The next Tab goes on inside main, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});
