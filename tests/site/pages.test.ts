/**
 * Every page type in every language answers with the right status, declares
 * its language, has one h1, a title and a main landmark, names its versions
 * in the other languages, and makes no request to another host.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, pageTypes, pathOf, siteUrl, useBrowser } from './browser.ts';
import { siteConfig } from './content.ts';

const { newPage } = useBrowser();
const { defaultLanguage } = siteConfig();

describe.each(pageTypes())('$label', (type) => {
  test('status, language, headings, title, landmarks, alternates and requests', async () => {
    const { page, thirdParty, responses, failed } = await newPage(type.contextOptions);
    const response = await page.goto(siteUrl(type.path));
    expect(response, 'the page should answer').not.toBeNull();
    expect.soft(response!.status(), 'HTTP status').toBe(type.status);
    expect.soft(pathOf(page.url()), 'the page should not have moved').toBe(type.path);

    expect.soft(await page.locator('html').getAttribute('lang'), '<html lang>').toBe(type.lang);

    const h1 = page.locator('h1');
    expect.soft(await h1.count(), 'number of h1').toBe(1);
    const heading = (await h1.first().textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    expect.soft(heading, 'the h1 says something').not.toBe('');

    const title = (await page.title()).trim();
    expect.soft(title, '<title>').not.toBe('');
    if (title.endsWith('…')) {
      // A title too long for a tab or a search result is the h1, shortened.
      expect
        .soft(heading.startsWith(title.slice(0, -1)), `the title "${title}" shortens the h1 "${heading}"`)
        .toBe(true);
    } else {
      expect.soft(title, 'the title names what the h1 names').toContain(heading);
    }

    expect.soft(await page.locator('main, [role="main"]').count(), 'main landmarks').toBe(1);

    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => ({ hreflang: l.getAttribute('hreflang') ?? '', href: l.getAttribute('href') ?? '' })),
      );
    if (type.route === undefined) {
      // A 404 is not to be indexed: no alternates (there is no "same page" elsewhere), and it says so.
      expect.soft(alternates, 'a 404 page lists no alternates').toEqual([]);
      expect
        .soft(await page.locator('meta[name="robots"]').getAttribute('content'), 'robots meta')
        .toContain('noindex');
    } else {
      const expected = [...LANGUAGES, 'x-default'].map((hreflang) => ({
        hreflang,
        path: `/${hreflang === 'x-default' ? defaultLanguage : hreflang}/${type.route}`,
      }));
      const actual = alternates.map((a) => ({
        hreflang: a.hreflang,
        path: new URL(a.href, 'http://relative.invalid').pathname,
      }));
      expect
        .soft(
          actual.sort((a, b) => a.hreflang.localeCompare(b.hreflang)),
          'hreflang alternates',
        )
        .toEqual(expected.sort((a, b) => a.hreflang.localeCompare(b.hreflang)));
      for (const a of alternates) {
        expect.soft(a.href, `hreflang="${a.hreflang}" must be an absolute URL`).toMatch(/^https?:\/\//);
      }
      // Each alternate is a page that exists on this site.
      for (const { path } of expected) {
        const alternate = await page.request.get(siteUrl(path));
        expect.soft(alternate.status(), `alternate ${path}`).toBe(200);
      }
      if (type.localized) {
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect.soft(canonical && new URL(canonical).pathname, 'canonical').toBe(type.path);
      }
    }

    await page.waitForLoadState('networkidle');
    expect(thirdParty, 'requests to hosts other than 127.0.0.1').toEqual([]);
    expect(failed, 'requests that failed').toEqual([]);
    const broken = responses
      .filter((r) => r.resourceType !== 'document' && r.status >= 400)
      .map((r) => `${r.status} ${r.url}`);
    expect(broken, 'resources the page asked for that do not exist').toEqual([]);
  });
});
