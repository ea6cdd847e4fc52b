/**
 * How practices, cities and KPI observations relate to each other.
 */
import type { Catalogue, Observation, PracticeRecord } from '../catalogue/model.ts';

const byCity = new WeakMap<readonly PracticeRecord[], Map<string, PracticeRecord[]>>();

/** The practices that name a city; the lists are built once per catalogue. */
export function practicesInCity(practices: readonly PracticeRecord[], cityId: string): PracticeRecord[] {
  let index = byCity.get(practices);
  if (!index) {
    index = new Map();
    for (const practice of practices) {
      for (const city of new Set(practice.facts.cities)) {
        let list = index.get(city);
        if (!list) index.set(city, (list = []));
        list.push(practice);
      }
    }
    byCity.set(practices, index);
  }
  return index.get(cityId) ?? [];
}

const byCountry = new WeakMap<readonly PracticeRecord[], Map<string, PracticeRecord[]>>();

/** National and regional practices by country, built once per catalogue. */
function wideningPractices(practices: readonly PracticeRecord[], country: string): PracticeRecord[] {
  let index = byCountry.get(practices);
  if (!index) {
    index = new Map();
    for (const practice of practices) {
      if (practice.facts.scale !== 'national' && practice.facts.scale !== 'regional') continue;
      let list = index.get(practice.facts.country);
      if (!list) index.set(practice.facts.country, (list = []));
      list.push(practice);
    }
    byCountry.set(practices, index);
  }
  return index.get(country) ?? [];
}

/** Regions are written by hand: "Île-de-France" and "ile-de-france " name the same one. */
const regionKey = (region: string) => region.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The practices that concern a city without naming it: national practices
 * of its country, and regional practices of its country whose region is the
 * city's. A city page lists them apart from those that name it; a regional
 * practice that names no region, or a city with no region recorded, cannot
 * be matched and is left out rather than guessed.
 */
export function practicesAroundCity(
  practices: readonly PracticeRecord[],
  city: { id: string; facts: { country: string; region?: string } },
): { national: PracticeRecord[]; regional: PracticeRecord[] } {
  const national: PracticeRecord[] = [];
  const regional: PracticeRecord[] = [];
  for (const practice of wideningPractices(practices, city.facts.country)) {
    if (practice.facts.cities.includes(city.id)) continue;
    if (practice.facts.scale === 'national') national.push(practice);
    else if (
      practice.facts.region &&
      city.facts.region &&
      regionKey(practice.facts.region) === regionKey(city.facts.region)
    )
      regional.push(practice);
  }
  return { national, regional };
}

export interface IndicatorSeries {
  indicator: string;
  dataset: string;
  observations: Observation[];
}

/** A city's observations grouped by dataset and indicator, each series in period order. */
export function citySeries(catalogue: Pick<Catalogue, 'datasets'>, cityId: string): IndicatorSeries[] {
  const series = new Map<string, IndicatorSeries>();
  for (const dataset of catalogue.datasets) {
    for (const observation of dataset.observations) {
      if (observation.city !== cityId) continue;
      const key = `${dataset.id}\u0000${observation.indicator}`;
      let entry = series.get(key);
      if (!entry) {
        entry = { indicator: observation.indicator, dataset: dataset.id, observations: [] };
        series.set(key, entry);
      }
      entry.observations.push(observation);
    }
  }
  for (const entry of series.values())
    entry.observations.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return [...series.values()];
}
