/**
 * The language switch leads to the same item in the other language, and a
 * practice's h1 is the title its file in that language gives (or, with no
 * such file, the original's).
 */
import { describe, expect, test } from 'vitest';
import { expectPath, LANGUAGES, pageTypes, siteUrl, useBrowser, type Lang, type PageType } from './browser.ts';
import {
  entries,
  expectedHeading,
  normalizeSpace,
  readEntry,
  siteConfig,
  uiStrings,
  type EntryKind,
} from './content.ts';

const { newPage } = useBrowser();
const site = siteConfig();

/** What the h1 of this page type should read in a language, from the content files. */
function expectedH1(type: PageType, lang: Lang): { text: string; lang: Lang } {
  if (type.kind === 'home') return { text: normalizeSpace(site.name[lang]), lang };
  const kind: EntryKind = type.kind === 'practice' ? 'practices' : 'cities';
  return expectedHeading(readEntry(kind, type.id!), lang);
}

const switchable = pageTypes().filter((t) => t.kind === 'home' || t.kind === 'practice' || t.kind === 'city');

describe.each(switchable)('$label', (type) => {
  test.each(LANGUAGES.filter((l) => l !== type.lang))(
    'the switch to %s leads to the same item in that language',
    async (target) => {
      const { page, thirdParty } = await newPage();
      await page.goto(siteUrl(type.path));

      // The switch is the navigation named by this language's "lang.switch.label"; it marks the current language.
      const languageSwitch = page.getByRole('navigation', { name: uiStrings(type.lang)['lang.switch.label'] });
      await expect(languageSwitch.locator(`a[hreflang="${type.lang}"]`).getAttribute('aria-current')).resolves.toBe(
        'true',
      );
      const link = languageSwitch.locator(`a[hreflang="${target}"]`);
      expect(await link.count(), `one link to ${target} in the language switch`).toBe(1);
      // The link names its language in that language, so it carries its lang.
      expect(await link.getAttribute('lang')).toBe(target);

      // Activated from the keyboard, as a visitor without a mouse would.
      await link.focus();
      await page.keyboard.press('Enter');
      const expectedPath = `/${target}/${type.route}`;
      await expectPath(page, expectedPath);

      expect(await page.locator('html').getAttribute('lang')).toBe(target);
      const h1 = page.locator('h1');
      const expected = expectedH1(type, target);
      expect(normalizeSpace((await h1.textContent()) ?? '')).toBe(expected.text);
      if (type.kind !== 'home') {
        // The h1 declares its language when it differs from the page's (a fallback), and never contradicts it.
        expect((await h1.getAttribute('lang')) ?? target).toBe(expected.lang);
      }
      const arrived = page.getByRole('navigation', { name: uiStrings(target)['lang.switch.label'] });
      expect(await arrived.locator(`a[hreflang="${target}"]`).getAttribute('aria-current')).toBe('true');
      expect(thirdParty).toEqual([]);
    },
  );
});

describe('practice titles', () => {
  const practices = entries('practices');
  test.each(practices.flatMap((entry) => LANGUAGES.map((lang) => ({ id: entry.id, lang, entry }))))(
    '/$lang/practices/$id/ has the title of $lang.mdx, or of the original without it',
    async ({ entry, lang }) => {
      const { page } = await newPage();
      await page.goto(siteUrl(`/${lang}/practices/${entry.id}/`));
      const expected = expectedHeading(entry, lang);
      const h1 = page.locator('h1');
      expect(normalizeSpace((await h1.textContent()) ?? '')).toBe(expected.text);
      expect((await h1.getAttribute('lang')) ?? (await page.locator('html').getAttribute('lang'))).toBe(expected.lang);
    },
  );
});

describe('the choice is remembered', () => {
  test.each(LANGUAGES.filter((l) => l !== 'en'))(
    'a visitor with an English browser who switches to %s is sent there from the root next time',
    async (chosen) => {
      const { page } = await newPage({ locale: 'en-US' });
      const type = switchable.find((t) => t.kind === 'practice' && t.lang === 'en')!;
      await page.goto(siteUrl(type.path));
      await page
        .getByRole('navigation', { name: uiStrings('en')['lang.switch.label'] })
        .locator(`a[hreflang="${chosen}"]`)
        .click();
      await expectPath(page, `/${chosen}/${type.route}`);

      await page.goto(siteUrl('/'));
      await expectPath(page, `/${chosen}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(chosen);
    },
  );
});
