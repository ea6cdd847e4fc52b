/**
 * The site works without JavaScript (the root offers each language, a
 * practice shows its text and facts), and with JavaScript the root sends a
 * visitor on to the language their browser asks for.
 */
import { describe, expect, test } from 'vitest';
import { expectPath, LANGUAGES, pageTypes, pathOf, siteUrl, UNOFFERED_LOCALE, useBrowser } from './browser.ts';
import {
  expectedHeading,
  expectedText,
  normalizeSpace,
  readEntry,
  termLabel,
  uiStrings,
  type Lang,
} from './content.ts';

const { newPage } = useBrowser();
const NO_SCRIPT = { javaScriptEnabled: false };

describe('without JavaScript', () => {
  test('the root offers one link per language, each to that language’s home', async () => {
    // A Spanish-speaking browser: without JavaScript nothing may send it on, the page itself must serve.
    const { page, thirdParty } = await newPage({ ...NO_SCRIPT, locale: 'es-ES' });
    const response = await page.goto(siteUrl('/'));
    expect(response?.status()).toBe(200);
    expect(pathOf(page.url())).toBe('/');

    const links = (
      await page.locator('a[href]').evaluateAll((anchors) =>
        anchors.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          lang: a.closest('[lang]')?.getAttribute('lang'),
          text: a.textContent?.trim() ?? '',
        })),
      )
    ).map(({ href, ...link }) => ({ path: pathOf(href), ...link }));
    expect(links.map((l) => l.path).sort()).toEqual(LANGUAGES.map((lang) => `/${lang}/`).sort());
    for (const link of links) {
      // Each link is written in the language it leads to, so every visitor can read their own.
      expect(link.lang, link.path).toBe(link.path.split('/').at(-2));
      expect(link.text, link.path).not.toBe('');
    }
    for (const lang of LANGUAGES) {
      await expect(page.locator(`a[href$="/${lang}/"]`).isVisible()).resolves.toBe(true);
    }
    expect(thirdParty).toEqual([]);
  });

  test.each(LANGUAGES)('the root’s link to %s leads to its home', async (lang) => {
    const { page } = await newPage(NO_SCRIPT);
    await page.goto(siteUrl('/'));
    await page.locator(`main a[hreflang="${lang}"]`).click();
    await expectPath(page, `/${lang}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  });

  const practicePages = pageTypes().filter((t) => t.kind === 'practice');
  test.each(practicePages)('$path shows its title, summary and facts', async ({ path, lang, id }) => {
    const { page } = await newPage(NO_SCRIPT);
    const response = await page.goto(siteUrl(path));
    expect(response?.status()).toBe(200);
    const entry = readEntry('practices', id!);
    const original = entry.files[entry.original]!;
    const ui = uiStrings(lang);

    const h1 = page.locator('h1');
    expect(await h1.isVisible()).toBe(true);
    expect(normalizeSpace((await h1.textContent()) ?? '')).toBe(expectedHeading(entry, lang).text);

    const summary = expectedText(entry, lang, 'summary');
    const lead = page.getByText(summary.text, { exact: true });
    expect(await lead.count(), 'the summary is shown once').toBe(1);
    expect(await lead.isVisible()).toBe(true);
    expect((await lead.getAttribute('lang')) ?? lang).toBe(summary.lang);

    const facts = page.getByRole('region', { name: ui['practice.facts'] });
    expect(await facts.isVisible(), 'the key facts are visible').toBe(true);
    const shown = Object.fromEntries(
      await facts
        .locator('dt')
        .evaluateAll((terms) =>
          terms.map((dt) => [
            dt.textContent?.trim() ?? '',
            dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          ]),
        ),
    ) as Record<string, string>;
    // A translation may name the promoter in its own language (h15-texts); else the original's name shows.
    const promoter = (entry.files[lang]?.['promoter'] ?? original['promoter']) as { name: string };
    expect(shown[ui['field.promoter']!]).toBe(normalizeSpace(promoter.name));
    expect(shown[ui['field.status']!]).toBe(termLabel('statuses', original['status'] as string, lang));
    expect(shown[ui['field.scale']!]).toBe(termLabel('scales', original['scale'] as string, lang));
    expect(await facts.locator('time').getAttribute('datetime')).toBe(original['lastReviewed']);
    for (const [term, value] of Object.entries(shown)) expect(value, `fact "${term}"`).not.toBe('');
  });
});

describe('with JavaScript, the root sends the visitor on', () => {
  test.each([
    { locale: 'es-ES', lang: 'es' },
    { locale: 'en-US', lang: 'en' },
    { locale: 'fr-FR', lang: 'fr' },
  ] satisfies { locale: string; lang: Lang }[])('a browser in $locale lands on /$lang/', async ({ locale, lang }) => {
    const { page } = await newPage({ locale });
    expect(await page.evaluate(() => navigator.languages[0])).toMatch(new RegExp(`^${lang}\\b`));
    await page.goto(siteUrl('/'));
    await expectPath(page, `/${lang}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    // location.replace: the root is not left in the history for Back to bounce on, so Back leaves the site.
    await page.goBack();
    expect(page.url().startsWith(siteUrl('/')), `Back went to ${page.url()}`).toBe(false);
  });

  test('a browser in a language the site does not offer stays on the chooser', async () => {
    const { page } = await newPage(UNOFFERED_LOCALE);
    await page.goto(siteUrl('/'));
    await page.waitForLoadState('load');
    expect(pathOf(page.url())).toBe('/');
    expect(await page.locator('main a[hreflang]').count()).toBe(LANGUAGES.length);
  });

  test('a language chosen on the root is remembered on the next visit', async () => {
    const { page } = await newPage(UNOFFERED_LOCALE);
    await page.goto(siteUrl('/'));
    await page.locator('main a[hreflang="es"]').click();
    await expectPath(page, '/es/');
    await page.goto(siteUrl('/'));
    await expectPath(page, '/es/');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });
});
