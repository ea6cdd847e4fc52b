/**
 * Lookups that pages repeat thousands of times, built once per catalogue
 * (the arrays are never mutated during a build): a city by id, and the
 * place names of a practice in a language. At 30,000 practice pages and
 * 1,250 cities, `cities.find` per card and per page adds up.
 */
import type { CityRecord, PracticeRecord, Taxonomies } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import { localizeCity } from './localize.ts';
import { countryName } from './names.ts';
import { nameWithRole } from './place-roles.ts';

const citiesById = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Cities by id, once per list of cities (pages, cards and KPI comparisons all look cities up). */
export function cityIndex<C extends { id: string }>(cities: readonly C[]): Map<string, C> {
  let index = citiesById.get(cities);
  if (!index) {
    index = new Map(cities.map((city) => [city.id, city]));
    citiesById.set(cities, index);
  }
  return index as Map<string, C>;
}

/** The cities a practice names that exist in the catalogue, in the practice's order. */
export function citiesOf(practice: PracticeRecord, cities: readonly CityRecord[]): CityRecord[] {
  const index = cityIndex(cities);
  return practice.facts.cities.map((id) => index.get(id)).filter((c): c is CityRecord => c !== undefined);
}

/**
 * A practice's cities by name in a language, then its country: what a card
 * shows as its place. Given the vocabularies, each city carries its role when
 * the practice names roles ("Zio 1 — partner").
 */
export function practicePlaces(
  practice: PracticeRecord,
  cities: readonly CityRecord[],
  lang: Lang,
  taxonomies?: Taxonomies,
): string[] {
  return [
    ...citiesOf(practice, cities).map((c) =>
      nameWithRole(localizeCity(c, lang).text.name, practice, c.id, taxonomies, lang),
    ),
    countryName(practice.facts.country, lang),
  ];
}
