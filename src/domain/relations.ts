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
