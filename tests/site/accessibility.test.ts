/**
 * axe-core finds nothing on any page type, in any language, at desktop and
 * phone width; a keyboard user can skip straight to the content.
 */
import { describe, expect, test } from 'vitest';
import {
  DESKTOP,
  describeViolations,
  pageTypes,
  PHONE,
  runAxe,
  siteUrl,
  useBrowser,
  type PageType,
} from './browser.ts';
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
        .map(
          (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''}`,
        ),
    }));
    expect(overflow, 'the page scrolls sideways').toEqual({ page: 0, elements: [] });
  });
});

// Every page type in one language, and every language's home: the header and
// skip link are one component, so only their words change with the language.
const keyboardPages = pageTypes().filter((t) => t.localized && (t.lang === 'en' || t.kind === 'home'));

describe.each(keyboardPages)('keyboard on $label', (type) => {
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

/** WCAG's contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(pageTypes().filter((t) => t.kind === 'home'))('focus rings on $label', (type) => {
  test('every stop before the content shows a ring that stands out from what surrounds it (WCAG 2.4.7, 1.4.11)', async () => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(type.path));
    const stops: { text: string; ring: string; around: string; width: string }[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.closest('main')) return undefined;
        const style = getComputedStyle(el);
        // The ring is drawn just outside the element: what shows there is the first opaque background under that point.
        const box = el.getBoundingClientRect();
        const x = box.left >= 4 ? box.left - 3 : box.right + 3;
        let around = 'rgb(255, 255, 255)';
        for (const under of document.elementsFromPoint(x, box.top + box.height / 2)) {
          if (under === el || el.contains(under)) continue;
          const bg = getComputedStyle(under).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
            around = bg;
            break;
          }
        }
        return {
          text: el.textContent?.trim() ?? el.tagName,
          ring: style.outlineColor,
          around,
          width: style.outlineStyle === 'none' ? '0px' : style.outlineWidth,
        };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length, 'Tab reaches the skip link and the header').toBeGreaterThan(3);
    const faint = stops
      .filter((s) => s.width === '0px' || contrast(s.ring, s.around) < 3)
      .map((s) => `${s.text}: ${s.ring} on ${s.around}, ${s.width}`);
    expect(faint).toEqual([]);
  });
});
