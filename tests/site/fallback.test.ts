/**
 * A language with no file for an entry shows the original, marked with its
 * language, under a visible notice; the page itself stays in its language.
 * The untranslated entries are found in the content folder (the sample keeps
 * some on purpose: content/cities/zio-1 and tone-1 have no es.mdx).
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, siteUrl, useBrowser } from './browser.ts';
import { entries, expectedHeading, normalizeSpace, type Entry, type Lang } from './content.ts';

const { newPage } = useBrowser();

const all: Entry[] = [...entries('practices'), ...entries('cities')];
const untranslated = all.flatMap((entry) =>
  entry.missing.map((lang) => ({ entry, lang, label: `/${lang}/${entry.kind}/${entry.id}/` })),
);
const translated = all
  .filter((entry) => entry.missing.length > 0)
  .flatMap((entry) =>
    LANGUAGES.filter((lang) => !entry.missing.includes(lang)).map((lang) => ({
      entry,
      lang,
      label: `/${lang}/${entry.kind}/${entry.id}/`,
    })),
  );

test('the sample catalogue keeps at least one untranslated entry to show the fallback', () => {
  expect(untranslated.map((u) => u.label)).not.toEqual([]);
});

describe.each(untranslated)('untranslated $label', ({ entry, lang }: { entry: Entry; lang: Lang }) => {
  test('is in its language, shows the original marked with its language, under a notice', async () => {
    const { page } = await newPage();
    const response = await page.goto(siteUrl(`/${lang}/${entry.kind}/${entry.id}/`));
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);

    const notice = page.locator('[data-fallback-notice]');
    expect(await notice.count()).toBe(1);
    expect(await notice.isVisible(), 'the fallback notice is visible').toBe(true);
    expect(normalizeSpace((await notice.textContent()) ?? '')).not.toBe('');
    // The notice speaks the page's language, not the original's.
    expect(await notice.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang);

    const h1 = page.locator('h1');
    const original = expectedHeading(entry, entry.original);
    expect(await h1.getAttribute('lang')).toBe(entry.original);
    expect(normalizeSpace((await h1.textContent()) ?? '')).toBe(original.text);

    // The description is the original's text too, and says so.
    const description = page.locator('#description-heading + [lang]');
    expect(await description.getAttribute('lang')).toBe(entry.original);
    expect(normalizeSpace((await description.textContent()) ?? '')).not.toBe('');
  });
});

describe.each(translated)('translated $label', ({ entry, lang }: { entry: Entry; lang: Lang }) => {
  test('shows its own text and no fallback notice', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/${lang}/${entry.kind}/${entry.id}/`));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('[data-fallback-notice]').count()).toBe(0);
    const h1 = page.locator('h1');
    const expected = expectedHeading(entry, lang);
    expect((await h1.getAttribute('lang')) ?? lang).toBe(expected.lang);
    expect(normalizeSpace((await h1.textContent()) ?? '')).toBe(expected.text);
  });
});
