/**
 * The map's pure data functions: what the build writes (places, practices,
 * filter index, basemap and centroids) and what the browser computes from
 * it (which practices a search keeps, which places show them).
 */
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { CityRecord, PracticeRecord } from '../../src/catalogue/model.ts';
import { alpha2Of, basemapTopology, countryCentroids } from '../../src/map/basemap.ts';
import { buildFilterIndex, buildMapData } from '../../src/map/build-map-data.ts';
import { practicesLabel } from '../../src/map/map-config.ts';
import {
  decodePositions,
  encodePositions,
  filterPractices,
  intersect,
  knownValues,
  positionsOf,
  visiblePlaces,
  inTitleOrder,
} from '../../src/map/map-data.ts';

const world110 = countries110m as unknown as Topology;
const world50 = countries50m as unknown as Topology;

function practice(
  id: string,
  facts: Partial<PracticeRecord['facts']>,
  titles: Partial<Record<'fr' | 'en' | 'es', string>> = { fr: `Titre ${id}` },
): PracticeRecord {
  const originalLanguage = Object.keys(titles)[0] as 'fr';
  return {
    id,
    originalLanguage,
    images: [],
    facts: {
      country: 'FR',
      cities: [],
      themes: ['governance'],
      methods: [],
      powerDomains: [],
      sourceTypes: ['report'],
      sdgs: [],
      networks: [],
      languages: ['fr'],
      scale: 'local',
      status: 'ongoing',
      dates: {},
      lastReviewed: '2024-01-01',
      ...facts,
    } as PracticeRecord['facts'],
    texts: Object.fromEntries(
      Object.entries(titles).map(([lang, title]) => [
        lang,
        { lang, file: '', html: '', machineTranslated: false, title, summary: '' },
      ]),
    ),
  };
}

function city(id: string, name: string, country: string, lat: number, lon: number): CityRecord {
  return {
    id,
    originalLanguage: 'fr',
    images: [],
    facts: { country, coordinates: { lat, lon } } as CityRecord['facts'],
    texts: { fr: { lang: 'fr', file: '', html: '', machineTranslated: false, name } },
  };
}

const cities = [
  city('lome', 'Lomé', 'TG', 6.1319, 1.2228),
  city('kara', 'Kara', 'TG', 9.5511, 1.18611),
  city('paris', 'Paris', 'FR', 48.8566, 2.3522),
];
const practices = [
  practice('b-two-cities', { country: 'TG', cities: ['lome', 'kara'], themes: ['mobility', 'governance'] }),
  practice('a-national', { country: 'LU', scale: 'national', themes: ['governance'] }),
  practice(
    'c-regional',
    { country: 'FR', scale: 'regional', region: 'Île-de-France', themes: ['mobility'] },
    { en: 'Regional one' },
  ),
  practice('d-paris', { country: 'FR', cities: ['paris'], themes: ['violence-against-women'] }),
  practice('e-nowhere', { country: 'XK' as string, scale: 'national' }),
];

describe('basemap and centroids', () => {
  test('numeric Natural Earth ids become alpha-2 codes', () => {
    expect(alpha2Of('250')).toBe('FR');
    expect(alpha2Of('040')).toBe('AT');
    expect(alpha2Of(56)).toBe('BE');
    expect(alpha2Of('-99')).toBeUndefined();
    expect(alpha2Of(undefined)).toBeUndefined();
  });

  test('the basemap keeps countries only, by alpha-2 code, without names or Antarctica', () => {
    const basemap = basemapTopology(world110);
    expect(Object.keys(basemap.objects)).toEqual(['countries']);
    const geometries = basemap.objects.countries.geometries;
    expect(geometries.map((g) => g.id)).toEqual(expect.arrayContaining(['FR', 'LU', 'TG', 'ES']));
    expect(geometries.map((g) => g.id)).not.toContain('AQ');
    expect(geometries.some((g) => 'properties' in g)).toBe(false);
    expect(JSON.stringify(basemap).length).toBeLessThan(110_000);
  });

  test('a centroid is the centre of the country’s main polygon, inside it', () => {
    const centroids = countryCentroids(world110, world50);
    const [lon, lat] = centroids.get('LU')!;
    expect(lon).toBeGreaterThan(5.7);
    expect(lon).toBeLessThan(6.5);
    expect(lat).toBeGreaterThan(49.4);
    expect(lat).toBeLessThan(50.2);
    // France without French Guiana: the centroid stays in metropolitan France.
    const [frLon, frLat] = centroids.get('FR')!;
    expect(frLon).toBeGreaterThan(0);
    expect(frLon).toBeLessThan(4);
    expect(frLat).toBeGreaterThan(45);
    expect(frLat).toBeLessThan(48);
    // Small countries missing from the 1:110m map come from the 1:50m one.
    expect(countryCentroids(world110).has('MC')).toBe(false);
    expect(centroids.has('MC')).toBe(true);
  });
});

describe('map data', () => {
  const centroids = new Map([
    ['LU', [6.07, 49.77] as [number, number]],
    ['FR', [2.5, 46.6] as [number, number]],
  ]);
  const data = buildMapData({ practices, cities }, 'fr', centroids);

  test('practices in id order, each at each of its cities', () => {
    expect(data.practices.map((p) => p.i)).toEqual([
      'a-national',
      'b-two-cities',
      'c-regional',
      'd-paris',
      'e-nowhere',
    ]);
    const two = data.practices[1]!;
    expect(two.p.map((index) => data.places[index]!.n)).toEqual(['Lomé', 'Kara']);
    expect(two.s).toBeUndefined();
    expect(data.places.find((p) => p.i === 'lome')).toEqual({ k: 'c', i: 'lome', n: 'Lomé', a: [1.2228, 6.1319] });
  });

  test('a practice without a city stands on its country, with its scope; no invented place', () => {
    const national = data.practices[0]!;
    expect(national.s).toBe('n');
    expect(data.places[national.p[0]!]).toEqual({ k: 'k', i: 'LU', n: 'Luxembourg', a: [6.07, 49.77] });
    const regional = data.practices[2]!;
    expect(regional).toMatchObject({ s: 'r', r: 'Île-de-France', l: 'en', t: 'Regional one' });
    // A country with no Natural Earth shape gets no point at all.
    expect(data.practices[4]!.p).toEqual([]);
    expect(
      data.places
        .filter((p) => p.k === 'k')
        .map((p) => p.i)
        .sort(),
    ).toEqual(['FR', 'LU']);
  });

  test('each place once, however many practices stand there', () => {
    const again = buildMapData(
      { practices: [...practices, practice('f-lome', { country: 'TG', cities: ['lome'] })], cities },
      'fr',
      centroids,
    );
    expect(again.places.filter((p) => p.i === 'lome')).toHaveLength(1);
  });

  test('positions survive delta encoding', () => {
    expect(encodePositions([7, 2, 2, 30])).toEqual([2, 5, 23]);
    expect(decodePositions(encodePositions([7, 2, 30, 1000]))).toEqual([2, 7, 30, 1000]);
    expect(decodePositions([])).toEqual([]);
  });

  test('filters: OR within a facet, AND across facets, nothing when no filter', () => {
    const index = buildFilterIndex({ practices });
    expect(index.practices).toBe(5);
    expect(knownValues(index).theme).toEqual(new Set(['governance', 'mobility', 'violence-against-women']));
    expect(filterPractices(index, {})).toBeUndefined();
    expect(filterPractices(index, { theme: ['mobility'] })).toEqual(new Set([1, 2]));
    expect(filterPractices(index, { theme: ['mobility', 'violence-against-women'] })).toEqual(new Set([1, 2, 3]));
    expect(filterPractices(index, { theme: ['mobility'], country: ['FR'] })).toEqual(new Set([2]));
    expect(filterPractices(index, { theme: ['no-such-theme'] })).toEqual(new Set());
  });

  test('a pop-up lists its practices by title, in the language’s order', () => {
    const titles = ['Égalité', 'eau', 'Zèbre', 'abri', 'Étude'];
    const titled = { ...data, practices: data.practices.map((p, i) => ({ ...p, t: titles[i % titles.length]! })) };
    const positions = [0, 1, 2, 3, 4].filter((i) => i < titled.practices.length);
    const read = (order: number[]) => order.map((position) => titled.practices[position]!.t);
    expect(read(inTitleOrder(titled, positions, new Intl.Collator('fr').compare))).toEqual(
      read(positions).sort(new Intl.Collator('fr').compare),
    );
    expect(read(inTitleOrder(titled, [0, 1, 3]))).toEqual(['abri', 'eau', 'Égalité']);
    // The place's own list is left as it was.
    expect(positions).toEqual([0, 1, 2, 3, 4].slice(0, positions.length));
  });

  test('visible places carry only the kept practices', () => {
    const all = visiblePlaces(data, undefined);
    expect(all.map((v) => v.place.i)).toEqual(['LU', 'lome', 'kara', 'FR', 'paris']);
    const kept = visiblePlaces(data, new Set([1]));
    expect(kept.map((v) => [v.place.i, v.practices])).toEqual([
      ['lome', [1]],
      ['kara', [1]],
    ]);
    expect(visiblePlaces(data, new Set())).toEqual([]);
  });

  test('Pagefind ids to positions, and intersections', () => {
    expect(positionsOf(data, ['d-paris', 'unknown', 'a-national'])).toEqual(new Set([0, 3]));
    expect(intersect(undefined, undefined)).toBeUndefined();
    expect(intersect(new Set([1, 2]), undefined)).toEqual(new Set([1, 2]));
    expect(intersect(new Set([1, 2]), new Set([2, 3]))).toEqual(new Set([2]));
  });
});

describe('map configuration', () => {
  // The tile layer is site.yaml's `tiles` now: tests/unit/site-config.test.ts.
  test('practice counts in words', () => {
    const fr = { lang: 'fr', strings: { practices: { one: '{count} pratique', other: '{count} pratiques' } } };
    expect(practicesLabel(fr, 0)).toBe('0 pratique');
    expect(practicesLabel(fr, 1)).toBe('1 pratique');
    expect(practicesLabel(fr, 12)).toBe('12 pratiques');
    const en = { lang: 'en', strings: { practices: { one: '{count} practice', other: '{count} practices' } } };
    expect(practicesLabel(en, 0)).toBe('0 practices');
    expect(practicesLabel(en, 1)).toBe('1 practice');
  });
});
