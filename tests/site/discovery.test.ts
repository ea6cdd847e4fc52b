/**
 * How the site is found and shared, in Chromium: an RSS feed per language
 * (XML, every practice, newest first, absolute links), a sitemap listing
 * every page but the 404s with its hreflang alternates, robots.txt naming
 * it, Open Graph tags, schema.org JSON-LD on practice and city pages, and
 * "Cite this practice"; under /atlas/ as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { LANGUAGES, siteUrl, useBrowser, type Lang } from './browser.ts';
import { entryIds, expectedHeading, readEntry, siteConfig } from './content.ts';

const { newPage } = useBrowser();
const practices = entryIds('practices');
const practice = practices[0]!;
const city = entryIds('cities')[0]!;

async function text(url: string): Promise<{ type: string; body: string }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return { type: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** Parses XML with Chromium's own parser: what a feed reader or a crawler would get. */
async function parseXml<T>(page: Page, xml: string, read: string): Promise<T> {
  return page.evaluate(
    ([source, body]) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror'))
        throw new Error(`not well-formed XML: ${doc.querySelector('parsererror')!.textContent}`);
      return new Function('doc', body)(doc);
    },
    [xml, read] as const,
  ) as Promise<T>;
}

/** The site's configured address (what absolute URLs start with), from a page's canonical link. */
async function canonicalOf(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return (await page.getAttribute('link[rel="canonical"]', 'href'))!;
}

describe('feeds', () => {
  test.each(LANGUAGES)(
    'the %s feed is RSS with every practice, newest first, absolute links, announced in the head',
    async (lang) => {
      const { page } = await newPage();
      const home = await canonicalOf(page, siteUrl(`/${lang}/`));
      const feedLink = await page.getAttribute('head link[rel="alternate"][type="application/rss+xml"]', 'href');
      expect(feedLink).toBe(new URL('feed.xml', home).href);
      const { type, body } = await text(siteUrl(`/${lang}/feed.xml`));
      expect(type).toMatch(/xml/);
      const feed = await parseXml<{ language: string; items: { title: string; link: string; date: string }[] }>(
        page,
        body,
        `return {
        language: doc.querySelector('channel > language').textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({ title: i.querySelector('title').textContent, link: i.querySelector('link').textContent, date: i.querySelector('pubDate').textContent })),
      };`,
      );
      expect(feed.language).toBe(lang);
      expect(feed.items).toHaveLength(practices.length);
      for (const item of feed.items) {
        expect(item.link).toMatch(new RegExp(`^${home.replace(/[.?*+^$()[\]\\/]/g, '\\$&')}practices/[a-z0-9-]+/$`));
        expect(Number.isNaN(Date.parse(item.date))).toBe(false);
      }
      const dates = feed.items.map((i) => Date.parse(i.date));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      const expected = practices.map((id) => expectedHeading(readEntry('practices', id), lang).text).sort();
      expect(feed.items.map((i) => i.title).sort()).toEqual(expected);
    },
  );
});

function builtPages(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((d) => {
      const path = join(folder, d.name);
      // Data files, bundles and the search index are not pages.
      if (d.isDirectory())
        return folder === dir && ['data', '_astro', 'pagefind', 'media'].includes(d.name) ? [] : walk(path);
      // Pages that say noindex (the 404s, the offline "not saved" pages) are not for search engines.
      if (d.name !== 'index.html' || /<meta name="robots" content="noindex"/.test(readFileSync(path, 'utf8')))
        return [];
      return [`/${relative(dir, folder).split('\\').join('/')}${folder === dir ? '' : '/'}`];
    });
  return walk(dir).sort();
}

describe('sitemap and robots.txt', () => {
  test('the sitemap lists every built page but those marked noindex, each with its versions in every language and x-default', async () => {
    const { page } = await newPage();
    const root = new URL('/', await canonicalOf(page, siteUrl('/fr/'))).href;
    const index = await text(siteUrl('/sitemap-index.xml'));
    const sitemaps = await parseXml<string[]>(
      page,
      index.body,
      `return [...doc.querySelectorAll('sitemap > loc')].map((l) => l.textContent);`,
    );
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: { loc: string; links: { lang: string; href: string }[] }[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(root)).toBe(true);
      const { body } = await text(siteUrl(new URL(sitemap).pathname));
      urls.push(
        ...(await parseXml<typeof urls>(
          page,
          body,
          `return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((u) => ({
            loc: u.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0].textContent,
            links: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => ({ lang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
          }));`,
        )),
      );
    }
    const listed = urls.map((u) => `/${u.loc.slice(root.length)}`).sort();
    expect(listed).toEqual(builtPages(inject('distDir')));
    const { defaultLanguage } = siteConfig();
    for (const url of urls.filter((u) => /^\/(fr|en|es)\//.test(u.loc.slice(root.length - 1)))) {
      const inside = url.loc.slice(root.length).replace(/^(fr|en|es)\//, '');
      expect(url.links, url.loc).toEqual(
        expect.arrayContaining([
          ...LANGUAGES.map((lang) => ({ lang, href: `${root}${lang}/${inside}` })),
          { lang: 'x-default', href: `${root}${defaultLanguage}/${inside}` },
        ]),
      );
      expect(url.links).toHaveLength(LANGUAGES.length + 1);
    }
  });

  test.each([
    ['at the root', () => siteUrl('/'), ''],
    ['under /atlas/', () => inject('atlasUrl'), 'atlas/'],
  ])('robots.txt %s names the sitemap by its absolute address', async (_, base, path) => {
    const { page } = await newPage();
    const origin = new URL(await canonicalOf(page, new URL('fr/', base()).href)).origin;
    const { type, body } = await text(new URL('robots.txt', base()).href);
    expect(type).toMatch(/^text\/plain/);
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).toContain(`Sitemap: ${origin}/${path}sitemap-index.xml`);
    expect((await fetch(new URL('sitemap-index.xml', base()).href)).status).toBe(200);
  });
});

async function meta(page: Page, key: string): Promise<string[]> {
  return page.$$eval(`meta[property="${key}"], meta[name="${key}"]`, (tags) =>
    tags.map((t) => t.getAttribute('content') ?? ''),
  );
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
    scripts.map((s) => s.textContent ?? ''),
  );
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

describe('Open Graph and JSON-LD', () => {
  test.each(LANGUAGES)('a practice page in %s is shared as an article, with absolute URLs', async (lang) => {
    const { page } = await newPage();
    const canonical = await canonicalOf(page, siteUrl(`/${lang}/practices/${practice}/`));
    expect(await meta(page, 'og:url')).toEqual([canonical]);
    expect(await meta(page, 'og:type')).toEqual(['article']);
    expect(await meta(page, 'og:title')).toEqual([expectedHeading(readEntry('practices', practice), lang).text]);
    expect((await meta(page, 'og:description'))[0]!.length).toBeGreaterThan(20);
    expect(await meta(page, 'og:site_name')).toHaveLength(1);
    expect((await meta(page, 'og:locale'))[0]).toMatch(new RegExp(`^${lang}_`));
    expect(await meta(page, 'og:locale:alternate')).toHaveLength(LANGUAGES.length - 1);
    for (const image of await meta(page, 'og:image')) expect(image).toMatch(/^https?:\/\//);
    expect(await meta(page, 'twitter:card')).toHaveLength(1);

    const [data] = await jsonLd(page);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: canonical,
      inLanguage: expect.any(String),
    });
    expect(data!.publisher).toMatchObject({ '@type': 'Organization' });
    expect(data!.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(Array.isArray(data!.spatialCoverage)).toBe(true);
    expect(Date.parse(data!.dateModified as string)).not.toBeNaN();
  });

  test('a city page describes a place with its coordinates and country', async () => {
    const { page } = await newPage();
    const canonical = await canonicalOf(page, siteUrl(`/es/cities/${city}/`));
    const [data] = await jsonLd(page);
    expect(['City', 'AdministrativeArea']).toContain(data!['@type']);
    expect(data!.url).toBe(canonical);
    expect(data!.geo).toMatchObject({
      '@type': 'GeoCoordinates',
      latitude: expect.any(Number),
      longitude: expect.any(Number),
    });
    expect(JSON.stringify(data!.containedInPlace)).toContain('"@type":"Country"');
    expect(await meta(page, 'og:type')).toEqual(['website']);
  });

  test('under /atlas/, shared and structured URLs carry the base path', async () => {
    const { page } = await newPage();
    await page.goto(new URL(`fr/practices/${practice}/`, inject('atlasUrl')).href);
    const [url] = await meta(page, 'og:url');
    expect(new URL(url!).pathname).toBe(`/atlas/fr/practices/${practice}/`);
    const [data] = await jsonLd(page);
    expect(new URL(data!.url as string).pathname).toBe(`/atlas/fr/practices/${practice}/`);
    expect(new URL((await page.getAttribute('head link[type="application/rss+xml"]', 'href'))!).pathname).toBe(
      '/atlas/fr/feed.xml',
    );
  });
});

describe('Cite this practice', () => {
  test.each(LANGUAGES)(
    'in %s: a citation with organisation, title and URL, BibTeX and CSL-JSON, and a working copy button',
    async (lang) => {
      const { page, context } = await newPage();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
      const canonical = await canonicalOf(page, siteUrl(`/${lang}/practices/${practice}/`));
      const title = expectedHeading(readEntry('practices', practice), lang).text;
      const entry = readEntry('practices', practice);
      const promoter = (entry.files[entry.original]!.promoter as { name: string }).name;
      const citation = (await page.textContent('#cite-text'))!;
      expect(citation).toContain(title);
      expect(citation).toContain(canonical);
      expect(citation).toContain(promoter);
      expect(citation).toMatch(/\(\d{4}\)/);
      expect(await page.textContent('#cite-bibtex')).toMatch(new RegExp(`^@misc\\{${practice}-\\d{4},`));
      expect(JSON.parse((await page.textContent('#cite-csl'))!)).toEqual([
        expect.objectContaining({ type: 'webpage', URL: canonical }),
      ]);

      await page.click('button[data-copy="cite-text"]');
      await expect.poll(() => page.textContent('[data-copy-status]')).not.toBe('');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation.trim());
    },
  );

  test('without JavaScript the citation is there to select, and no copy button shows', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(`/fr/practices/${practice}/`));
    expect(await page.isVisible('#cite-text')).toBe(true);
    expect(await page.isVisible('button[data-copy]')).toBe(false);
  });
});

export type { Lang };
