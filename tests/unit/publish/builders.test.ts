/**
 * The small builders: filtered downloads, citations, feed order, sitemap
 * alternates, JSON-LD and Open Graph tags.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import type { Catalogue } from '../../../src/catalogue/model.ts';
import { bibtex, cslJson, escapeBibtex, type CitationInput } from '../../../src/publish/citation.ts';
import type { PublishContext } from '../../../src/publish/context.ts';
import { toCsv } from '../../../src/publish/csv.ts';
import { downloadFileName, pickCsvLines, pickRecords } from '../../../src/publish/download-files.ts';
import { feedItems } from '../../../src/publish/feed.ts';
import { cityJsonLd, practiceJsonLd, serializeJsonLd } from '../../../src/publish/json-ld.ts';
import { openGraphTags } from '../../../src/publish/open-graph.ts';
import { withDefaultAlternate } from '../../../src/publish/sitemap.ts';

let catalogue: Catalogue;
beforeAll(() => {
  catalogue = loadCatalogue({ contentDir: 'content' }).catalogue!;
});
const context = (changedAt: PublishContext['changedAt'] = () => undefined): PublishContext => ({
  site: 'https://example.org',
  base: '/atlas/',
  languages: ['fr', 'en', 'es'],
  changedAt,
});

describe('filtered downloads', () => {
  const csv = toCsv(
    ['id', 'title'],
    [
      { id: 'a', title: 'Alpha, "first"' },
      { id: 'b', title: 'Beta' },
      { id: 'c', title: '=C' },
    ],
  );

  test('pickCsvLines keeps the header and the matched rows in the order of the results', () => {
    expect(pickCsvLines(csv, ['c', 'a'])).toBe('\uFEFFid,title\r\nc,\'=C\r\na,"Alpha, ""first"""\r\n');
    expect(pickCsvLines(csv, [])).toBe('\uFEFFid,title\r\n');
  });

  test('pickRecords keeps the order of the results and skips unknown ids', () => {
    expect(pickRecords([{ id: 'a' }, { id: 'b' }, { id: 'c' }], ['b', 'x', 'a'])).toEqual([{ id: 'b' }, { id: 'a' }]);
  });

  test('the file name says what was filtered', () => {
    expect(
      downloadFileName(
        'fr',
        { query: ' Violences faites aux femmes ', filters: { theme: ['mobility', 'safety'], country: ['TG'] } },
        'csv',
      ),
    ).toBe('practices.fr.q-violences-faites-aux-femmes.country-tg.theme-mobility+safety.csv');
    expect(downloadFileName('es', { query: '', filters: {} }, 'json')).toBe('practices.es.json');
    expect(
      downloadFileName(
        'en',
        { query: 'x'.repeat(300), filters: { theme: Array.from({ length: 40 }, (_, i) => `theme-${i}`) } },
        'csv',
      ).length,
    ).toBeLessThanOrEqual(124);
  });
});

describe('citation', () => {
  const input: CitationInput = {
    id: 'her-voice',
    organisation: 'Association Jean Monnet & Co',
    title: 'Her Voice: 100% {women}',
    textLang: 'fr',
    siteName: 'Atlas des pratiques',
    url: 'https://example.org/atlas/fr/practices/her-voice/',
    updated: new Date('2025-03-12T10:00:00Z'),
  };

  test('BibTeX: corporate author, escaped title, year, URL and last update', () => {
    const entry = bibtex(input);
    expect(entry).toMatch(/^@misc\{her-voice-2025,\n/);
    expect(entry).toContain('author = {{Association Jean Monnet \\& Co}}');
    expect(entry).toContain('title = {{Her Voice: 100\\% \\{women\\}}}');
    expect(entry).toContain('year = {2025}');
    expect(entry).toContain('url = {https://example.org/atlas/fr/practices/her-voice/}');
    expect(entry).toContain('note = {Last updated 2025-03-12}');
    expect(escapeBibtex('a_b~c^d\\e')).toBe('a\\_b\\textasciitilde{}c\\textasciicircum{}d\\textbackslash{}e');
  });

  test('CSL-JSON: a webpage with its organisation, site and date', () => {
    const [record] = JSON.parse(cslJson(input)) as Record<string, unknown>[];
    expect(record).toMatchObject({
      type: 'webpage',
      title: input.title,
      author: [{ literal: input.organisation }],
      'container-title': 'Atlas des pratiques',
      URL: input.url,
      issued: { 'date-parts': [[2025, 3, 12]] },
    });
  });
});

describe('feed', () => {
  test('newest change first, dated by git, else by the last review; absolute links', () => {
    const [first, second] = catalogue.practices;
    const dates = new Map([[first!.texts[first!.originalLanguage]!.file, new Date('2030-01-01T00:00:00Z')]]);
    const items = feedItems(
      catalogue,
      'en',
      context((files) => files.map((f) => dates.get(f)).find(Boolean)),
    );
    expect(items[0]!.id).toBe(first!.id);
    expect(items[0]!.date.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    const other = items.find((i) => i.id === second!.id)!;
    expect(other.date.toISOString()).toBe(`${second!.facts.lastReviewed}T00:00:00.000Z`);
    for (let i = 1; i < items.length; i++)
      expect(items[i - 1]!.date.getTime()).toBeGreaterThanOrEqual(items[i]!.date.getTime());
    for (const item of items) expect(item.link).toMatch(/^https:\/\/example\.org\/atlas\/en\/practices\/[a-z0-9-]+\/$/);
  });
});

describe('sitemap alternates', () => {
  const root = 'https://example.org/atlas/';
  const link = (lang: string, path: string) => ({ lang, url: `${root}${path}` });

  test('adds x-default to the default language and drops the root chooser', () => {
    const item = {
      url: `${root}en/`,
      links: [link('en', 'en/'), link('es', 'es/'), link('fr', 'fr/'), link('fr', '')],
    };
    expect(withDefaultAlternate(item, { defaultLanguage: 'fr', root }).links).toEqual([
      link('en', 'en/'),
      link('es', 'es/'),
      link('fr', 'fr/'),
      { lang: 'x-default', url: `${root}fr/` },
    ]);
    expect(withDefaultAlternate({ url: root, links: item.links }, { defaultLanguage: 'fr', root }).links).toEqual([]);
  });
});

describe('JSON-LD', () => {
  test('a practice is an Article with its place, author, publisher, themes and sources', () => {
    const practice = catalogue.practices.find((p) => p.facts.cities.length > 0)!;
    const data = practiceJsonLd(practice, catalogue, 'es', context(), new Date('2025-03-12T10:00:00Z'));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      url: `https://example.org/atlas/es/practices/${practice.id}/`,
      dateModified: '2025-03-12T10:00:00.000Z',
      author: { '@type': 'Organization', name: practice.facts.promoter.name },
      publisher: { '@type': 'Organization' },
    });
    const places = data.spatialCoverage as { geo: { latitude: number }; containedInPlace: { '@type': string } }[];
    expect(places[0]!.geo.latitude).toEqual(expect.any(Number));
    expect(places[0]!.containedInPlace['@type']).toBe('Country');
    expect((data.about as unknown[]).length).toBe(practice.facts.themes.length);
    expect((data.isBasedOn as unknown[]).length).toBe(practice.facts.sources.length);
  });

  test('a municipality is a City with its coordinates and country', () => {
    const city = catalogue.cities.find((c) => c.facts.type === 'municipality')!;
    const data = cityJsonLd(city, catalogue, 'fr', context());
    expect(data['@type']).toBe('City');
    expect(data.geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: city.facts.coordinates.lat,
      longitude: city.facts.coordinates.lon,
    });
    expect(JSON.stringify(data.containedInPlace)).toContain(`"identifier":"${city.facts.country}"`);
  });

  test('serialized JSON-LD cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('Open Graph', () => {
  test('locale and alternates, image as a large card only when it is the page’s own', () => {
    const base = {
      lang: 'fr',
      languages: ['fr', 'en', 'es'],
      title: 'T',
      description: 'D',
      url: 'https://example.org/fr/',
      type: 'website',
      siteName: 'S',
    } as const;
    const tags = openGraphTags({ ...base, image: 'https://example.org/logo.svg' });
    const value = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
    expect(value('og:locale')).toEqual(['fr_FR']);
    expect(value('og:locale:alternate')).toEqual(['en_GB', 'es_ES']);
    expect(value('twitter:card')).toEqual(['summary']);
    expect(value('og:image')).toEqual(['https://example.org/logo.svg']);
    expect(
      openGraphTags({ ...base, image: 'https://example.org/a.jpg', ownImage: true }).find(
        (t) => t.key === 'twitter:card',
      )!.content,
    ).toBe('summary_large_image');
  });
});
