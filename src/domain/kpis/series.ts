/**
 * A city's KPI series, one per dataset and indicator, in period order, and
 * the year-end values its table shows.
 */
import type { DatasetRecord, Observation } from '../../catalogue/model.ts';
import { comparePeriods, yearOf } from './periods.ts';

export interface KpiSeries {
  city: string;
  indicator: string;
  dataset: string;
  /** In period order. */
  observations: Observation[];
}

/**
 * Each city's observations with their dataset, in dataset then row order,
 * indexed once per catalogue: every city page and CSV asks for one city's
 * series, and scanning all rows for each (1,000,000 rows, 3,750 city pages
 * at 10,000 practices) would cost billions of steps.
 */
const byCityCache = new WeakMap<readonly DatasetRecord[], Map<string, { dataset: DatasetRecord; o: Observation }[]>>();

function observationsByCity(
  datasets: readonly DatasetRecord[],
): Map<string, { dataset: DatasetRecord; o: Observation }[]> {
  let byCity = byCityCache.get(datasets);
  if (!byCity) {
    byCity = new Map();
    for (const dataset of datasets) {
      for (const o of dataset.observations) {
        let list = byCity.get(o.city);
        if (!list) byCity.set(o.city, (list = []));
        list.push({ dataset, o });
      }
    }
    byCityCache.set(datasets, byCity);
  }
  return byCity;
}

const seriesCache = new WeakMap<readonly DatasetRecord[], Map<string, KpiSeries[]>>();

/**
 * One city's series, one per dataset and indicator, each in period order
 * (datasets and indicators in the order given). Kept per catalogue: the
 * city's page in each language and its CSV files ask for the same series.
 */
export function seriesOfCity(
  datasets: readonly DatasetRecord[],
  city: string,
  indicatorOrder: readonly string[] = [],
): KpiSeries[] {
  let known = seriesCache.get(datasets);
  if (!known) seriesCache.set(datasets, (known = new Map()));
  const key = `${city}\u0000${indicatorOrder.join('\u0000')}`;
  let series = known.get(key);
  if (!series) known.set(key, (series = buildSeriesOfCity(datasets, city, indicatorOrder)));
  return series;
}

function buildSeriesOfCity(
  datasets: readonly DatasetRecord[],
  city: string,
  indicatorOrder: readonly string[],
): KpiSeries[] {
  const byKey = new Map<string, KpiSeries>();
  for (const { dataset, o } of observationsByCity(datasets).get(city) ?? []) {
    const key = `${dataset.id}\u0000${o.indicator}`;
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { city, indicator: o.indicator, dataset: dataset.id, observations: [] }));
    series.observations.push(o);
  }
  const rank = (id: string) => {
    const i = indicatorOrder.indexOf(id);
    return i < 0 ? indicatorOrder.length : i;
  };
  const list = [...byKey.values()];
  for (const s of list) s.observations.sort((a, b) => comparePeriods(a.period, b.period));
  return list.sort(
    (a, b) =>
      rank(a.indicator) - rank(b.indicator) || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0),
  );
}

/**
 * The rows a city page's table shows of a series: the last value of each
 * year, the latest value included. A yearly series keeps every value; a
 * monthly one keeps one in twelve, and its CSV keeps them all.
 */
export function yearEndObservations(observations: readonly Observation[]): Observation[] {
  const ends: Observation[] = [];
  observations.forEach((o, i) => {
    const next = observations[i + 1];
    if (!next || yearOf(next.period) !== yearOf(o.period)) ends.push(o);
  });
  return ends;
}
