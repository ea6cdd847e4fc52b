/**
 * Builds the map's data files from the catalogue, at build time: one
 * small JSON per language (places and practices) and one filter index
 * shared by the languages. Nothing here runs in the browser.
 */
import type { Catalogue, PracticeRecord } from '../catalogue/model.ts';
import { FACETS } from '../domain/facets.ts';
import { localizeCity, localizePractice } from '../domain/localize.ts';
import { countryName } from '../domain/names.ts';
import { placeRoleNote } from '../domain/place-roles.ts';
import type { Lang } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/t.ts';
import { round } from './basemap.ts';
import {
  encodePositions,
  type FilterIndex,
  type LonLat,
  type MapData,
  type MapPlace,
  type MapPractice,
} from './map-data.ts';

/** Practices in id order: the same positions in every language and in the filter index. */
export function mapOrder(practices: readonly PracticeRecord[]): PracticeRecord[] {
  return [...practices].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function scopeOf(practice: PracticeRecord): MapPractice['s'] {
  if (practice.facts.scale === 'national') return 'n';
  if (practice.facts.scale === 'regional') return 'r';
  return 'k';
}

/**
 * Each practice stands at each of its cities; a practice without a city
 * stands on its country, at the centroid of the country's Natural Earth
 * shape. A country with no shape gets no point (the list still shows it):
 * no place is ever invented.
 */
export function buildMapData(
  catalogue: Pick<Catalogue, 'practices' | 'cities'> & Partial<Pick<Catalogue, 'taxonomies'>>,
  lang: Lang,
  centroids: ReadonlyMap<string, LonLat>,
): MapData {
  const places: MapPlace[] = [];
  const placeIndex = new Map<string, number>();
  const cities = new Map(catalogue.cities.map((city) => [city.id, city]));
  const placeOf = (key: string, make: () => MapPlace | undefined): number | undefined => {
    if (placeIndex.has(key)) return placeIndex.get(key);
    const place = make();
    if (!place) return undefined;
    placeIndex.set(key, places.length);
    places.push(place);
    return places.length - 1;
  };
  const t = useTranslations(lang);
  const practices = mapOrder(catalogue.practices).map((practice): MapPractice => {
    const localized = localizePractice(practice, lang);
    const entry: MapPractice = { i: practice.id, t: localized.text.title, p: [] };
    if (localized.textLang !== lang) entry.l = localized.textLang;
    // One entry per place pushed to entry.p, '' where the place has no role phrase: o[k] is p[k]'s.
    const roles: string[] = [];
    for (const cityId of new Set(practice.facts.cities)) {
      const index = placeOf(`c:${cityId}`, () => {
        const city = cities.get(cityId);
        if (!city) return undefined;
        const name = localizeCity(city, lang);
        return {
          k: 'c',
          i: city.id,
          n: name.text.name,
          ...(name.textLang !== lang ? { l: name.textLang } : {}),
          a: [round(city.facts.coordinates.lon), round(city.facts.coordinates.lat)],
        };
      });
      if (index !== undefined) {
        entry.p.push(index);
        const role =
          catalogue.taxonomies && placeRoleNote(practice, cityId, catalogue.taxonomies, lang, { inSentence: true });
        roles.push(role ? t('places.roleLabel', { roles: role }) : '');
      }
    }
    if (roles.some((role) => role !== '')) entry.o = roles;
    if (practice.facts.cities.length === 0) {
      entry.s = scopeOf(practice);
      if (practice.facts.region) entry.r = practice.facts.region;
      const code = practice.facts.country;
      const index = placeOf(`k:${code}`, () => {
        const at = centroids.get(code);
        return at ? { k: 'k', i: code, n: countryName(code, lang), a: at } : undefined;
      });
      if (index !== undefined) entry.p.push(index);
    }
    return entry;
  });
  return { places, practices };
}

/** The filter index over every facet of src/domain/facets.ts, practices in map order. */
export function buildFilterIndex(catalogue: Pick<Catalogue, 'practices'>): FilterIndex {
  const ordered = mapOrder(catalogue.practices);
  const facets: FilterIndex['facets'] = {};
  for (const facet of FACETS) {
    const values = new Map<string, number[]>();
    ordered.forEach((practice, position) => {
      for (const value of facet.values(practice)) {
        let list = values.get(value);
        if (!list) values.set(value, (list = []));
        list.push(position);
      }
    });
    facets[facet.key] = Object.fromEntries(
      [...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, positions]) => [value, encodePositions(positions)]),
    );
  }
  return { practices: ordered.length, facets };
}
