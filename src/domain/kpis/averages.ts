/**
 * A city's value against the averages of the other cities of its country
 * and networks.
 */
import type { Catalogue, CityRecord, DatasetRecord, Observation } from '../../catalogue/model.ts';
import { cityIndex } from '../catalogue-index.ts';
import { roundTo } from './format.ts';
import { indicatorValues, type IndicatorValues } from './indicator-values.ts';
import type { KpiSeries } from './series.ts';

export interface GroupAverage {
  /** "country" or "network". */
  kind: 'country' | 'network';
  /** Country code or network id. */
  group: string;
  period: string;
  /** Mean of the other cities' values. */
  value: number;
  /** How many other cities the mean is over. */
  cities: number;
  /** Datasets the values come from, for sources and badges. */
  datasets: string[];
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
  const averages = comparisonAverages(values, catalogue.cities, series.city, last.period).map((a) => ({
    ...a,
    value: roundTo(a.value, decimals),
  }));
  return averages.length > 0 ? { period: last.period, city: last, averages } : undefined;
}
