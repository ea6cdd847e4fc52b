/**
 * A city's value against its country's and networks' own figures when a
 * dataset gives them (a `place` of TG or network:aimf), else against the
 * averages of the other cities of its country and networks.
 */
import type { Catalogue, CityRecord, DatasetRecord, GroupObservation, Observation } from '../../catalogue/model.ts';
import { preferredDatasets } from '../../catalogue/kpi-duplicates.ts';
import { cityIndex } from '../catalogue-index.ts';
import { roundTo } from './format.ts';
import { indicatorValues, type IndicatorValues } from './indicator-values.ts';
import { comparePeriods } from './periods.ts';
import type { KpiSeries } from './series.ts';

export interface GroupAverage {
  /** "country" or "network". */
  kind: 'country' | 'network';
  /** Country code or network id. */
  group: string;
  /** The period of the value: a group's own figure may be of an earlier period than the city's. */
  period: string;
  /** The group's own figure, or the mean of the other cities' values. */
  value: number;
  /** "figure": the country's or network's own figure from a dataset; "average": the mean of other cities. */
  basis: 'figure' | 'average';
  /** How many other cities the mean is over (0 for a figure). */
  cities: number;
  /** Datasets the values come from, for sources and badges. */
  datasets: string[];
}

const figuresCache = new WeakMap<readonly DatasetRecord[], Map<string, GroupObservation[]>>();

/** Country and network figures by group and indicator, oldest period first, the preferred dataset first within a period. */
function groupFigures(datasets: readonly DatasetRecord[]): Map<string, GroupObservation[]> {
  let figures = figuresCache.get(datasets);
  if (!figures) {
    figures = new Map();
    for (const dataset of preferredDatasets(datasets)) {
      for (const o of dataset.groupObservations ?? []) {
        const key = `${o.kind}:${o.group}\u0000${o.indicator}`;
        const list = figures.get(key);
        if (list) list.push(o);
        else figures.set(key, [o]);
      }
    }
    // A stable sort keeps the preferred dataset first among figures of the same period.
    for (const list of figures.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
    figuresCache.set(datasets, figures);
  }
  return figures;
}

/** A country's or network's own figure for the period, else its latest before it; undefined when it has none. */
export function groupFigure(
  datasets: readonly DatasetRecord[],
  kind: GroupAverage['kind'],
  group: string,
  indicator: string,
  period: string,
): GroupObservation | undefined {
  const list = groupFigures(datasets).get(`${kind}:${group}\u0000${indicator}`) ?? [];
  let found: GroupObservation | undefined;
  for (const o of list) {
    if (comparePeriods(o.period, period) > 0) break;
    if (!found || comparePeriods(o.period, found.period) > 0) found = o;
  }
  return found;
}

export const MIN_CITIES_FOR_AVERAGE = 2;

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  // Kahan-free but stable enough for KPI magnitudes; sum in a fixed order.
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Averages the city's value can be compared with, for one indicator and
 * period: the mean of the OTHER cities of the same country, and of each
 * network the city belongs to, when at least `min` of them have a value.
 */
type GroupedCity = Pick<CityRecord, 'id' | 'facts'>;

interface CityGroups {
  /** "country:FR", "network:aimf" → the members, in the catalogue's order (the order the means are summed in). */
  members: Map<string, GroupedCity[]>;
}

const groupsCache = new WeakMap<readonly GroupedCity[], CityGroups>();

/** Cities by country and network, once per list of cities: every city page compares with its groups. */
function cityGroups(cities: readonly GroupedCity[]): CityGroups {
  let groups = groupsCache.get(cities);
  if (!groups) {
    groups = { members: new Map() };
    const add = (key: string, city: GroupedCity) => {
      const list = groups!.members.get(key);
      if (list) list.push(city);
      else groups!.members.set(key, [city]);
    };
    for (const city of cities) {
      add(`country:${city.facts.country}`, city);
      for (const network of new Set(city.facts.networks)) add(`network:${network}`, city);
    }
    groupsCache.set(cities, groups);
  }
  return groups;
}

/** A city by id, from the index built once per list of cities (catalogue-index.ts). */
export function cityById<C extends GroupedCity>(cities: readonly C[], id: string): C | undefined {
  return cityIndex(cities).get(id);
}

export function comparisonAverages(
  values: IndicatorValues,
  cities: readonly GroupedCity[],
  cityId: string,
  period: string,
  min = MIN_CITIES_FOR_AVERAGE,
  /** The datasets whose country and network figures come first; none: averages only. */
  figures?: readonly DatasetRecord[],
): GroupAverage[] {
  const { members } = cityGroups(cities);
  const city = cityById(cities, cityId);
  const measured = values.byPeriod.get(period);
  if (!city || !measured) return [];
  const groups: { kind: GroupAverage['kind']; group: string }[] = [
    { kind: 'country', group: city.facts.country },
    ...city.facts.networks.map((n) => ({ kind: 'network' as const, group: n })),
  ];
  const averages: GroupAverage[] = [];
  for (const { kind, group } of groups) {
    const figure = figures ? groupFigure(figures, kind, group, values.indicator, period) : undefined;
    if (figure) {
      averages.push({
        kind,
        group,
        period: figure.period,
        value: figure.value,
        basis: 'figure',
        cities: 0,
        datasets: [figure.dataset],
      });
      continue;
    }
    const others: Observation[] = [];
    for (const c of members.get(`${kind}:${group}`) ?? []) {
      if (c.id === cityId) continue;
      const o = measured.get(c.id);
      if (o) others.push(o);
    }
    if (others.length < min) continue;
    averages.push({
      kind,
      group,
      period,
      value: mean(others.map((o) => o.value)),
      basis: 'average',
      cities: others.length,
      datasets: [...new Set(others.map((o) => o.dataset))].sort(),
    });
  }
  return averages;
}

export interface CityComparison {
  period: string;
  city: Observation;
  averages: GroupAverage[];
}

/**
 * The city's latest value of a series against the averages of its country
 * and networks, when there are any. Kept per series object: callers must
 * not change the result (series are never changed during a build).
 */
export function cityComparison(
  catalogue: Pick<Catalogue, 'datasets' | 'cities'>,
  series: Pick<KpiSeries, 'city' | 'indicator' | 'observations'>,
  decimals: number,
): CityComparison | undefined {
  // A city page in each language, its cache key and its CSV routes ask for the same comparison.
  let known = comparisonCache.get(series);
  if (!known) comparisonCache.set(series, (known = []));
  const found = known.find(
    (k) => k.datasets === catalogue.datasets && k.cities === catalogue.cities && k.decimals === decimals,
  );
  if (found) return found.comparison;
  const comparison = buildCityComparison(catalogue, series, decimals);
  known.push({ datasets: catalogue.datasets, cities: catalogue.cities, decimals, comparison });
  return comparison;
}

const comparisonCache = new WeakMap<
  object,
  {
    datasets: readonly DatasetRecord[];
    cities: readonly GroupedCity[];
    decimals: number;
    comparison: CityComparison | undefined;
  }[]
>();

function buildCityComparison(
  catalogue: Pick<Catalogue, 'datasets' | 'cities'>,
  series: Pick<KpiSeries, 'city' | 'indicator' | 'observations'>,
  decimals: number,
): CityComparison | undefined {
  const last = series.observations.at(-1);
  if (!last) return undefined;
  const values = indicatorValues(catalogue.datasets, series.indicator);
  const averages = comparisonAverages(
    values,
    catalogue.cities,
    series.city,
    last.period,
    MIN_CITIES_FOR_AVERAGE,
    catalogue.datasets,
  ).map((a) => ({
    ...a,
    value: a.basis === 'average' ? roundTo(a.value, decimals) : a.value,
  }));
  return averages.length > 0 ? { period: last.period, city: last, averages } : undefined;
}

/** Why a city's latest value has no comparison: its country, the period, and how many other places of the country have a value. */
export interface ComparisonGap {
  period: string;
  country: string;
  /** Other places of the country with a value for the period (fewer than MIN_CITIES_FOR_AVERAGE). */
  others: number;
}

export function comparisonGap(
  catalogue: Pick<Catalogue, 'datasets' | 'cities'>,
  series: Pick<KpiSeries, 'city' | 'indicator' | 'observations'>,
): ComparisonGap | undefined {
  const last = series.observations.at(-1);
  const city = cityById(catalogue.cities, series.city);
  if (!last || !city) return undefined;
  const measured = indicatorValues(catalogue.datasets, series.indicator).byPeriod.get(last.period);
  const { members } = cityGroups(catalogue.cities);
  const others = (members.get(`country:${city.facts.country}`) ?? []).filter(
    (c) => c.id !== city.id && measured?.has(c.id),
  ).length;
  return { period: last.period, country: city.facts.country, others };
}
