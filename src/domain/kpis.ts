/**
 * KPI aggregation, pure: periods in time order, a city's series, averages of
 * the other cities of a country or network, rankings with ties, and the rows
 * of the CSV files that repeat exactly what a chart shows.
 */
import type { Catalogue, CityRecord, DatasetRecord, Observation } from '../catalogue/model.ts';
import type { Indicator } from '../schemas/kpi.ts';
import { cityIndex } from './catalogue-index.ts';

/* ---------- periods ---------- */

/** YYYY, YYYY-MM or YYYY-Qn, as the schema writes them. */
const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/**
 * A number that orders periods in time: by year, then by the month the
 * period starts in; at the same start, the longer period first (2023, then
 * 2023-Q1, then 2023-01). NaN for a string that is not a period.
 */
export function periodOrder(period: string): number {
  const match = PERIOD.exec(period);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  if (match[2]) return year * 1000 + Number(match[2]) * 10 + 2;
  if (match[3]) return year * 1000 + (Number(match[3]) * 3 - 2) * 10 + 1;
  return year * 1000;
}

export function comparePeriods(a: string, b: string): number {
  const d = periodOrder(a) - periodOrder(b);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct periods, oldest first. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort(comparePeriods);
}

/** The year a period falls in: "2023" for 2023, 2023-05 and 2023-Q2. */
export function yearOf(period: string): string {
  return period.slice(0, 4);
}

export interface PeriodYear {
  year: string;
  /** The year's periods with data, oldest first. */
  periods: string[];
}

/** Periods (oldest first) grouped by year, years oldest first. */
export function periodsByYear(periods: readonly string[]): PeriodYear[] {
  const years: PeriodYear[] = [];
  for (const period of periods) {
    const year = yearOf(period);
    const last = years.at(-1);
    if (last?.year === year) last.periods.push(period);
    else years.push({ year, periods: [period] });
  }
  return years;
}

/** The latest period among observations, or undefined when there are none. */
export function latestPeriod(observations: Iterable<Pick<Observation, 'period'>>): string | undefined {
  let latest: string | undefined;
  for (const { period } of observations) if (latest === undefined || comparePeriods(period, latest) > 0) latest = period;
  return latest;
}

/* ---------- series ---------- */

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

function observationsByCity(datasets: readonly DatasetRecord[]): Map<string, { dataset: DatasetRecord; o: Observation }[]> {
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
export function seriesOfCity(datasets: readonly DatasetRecord[], city: string, indicatorOrder: readonly string[] = []): KpiSeries[] {
  let known = seriesCache.get(datasets);
  if (!known) seriesCache.set(datasets, (known = new Map()));
  const key = `${city}\u0000${indicatorOrder.join('\u0000')}`;
  let series = known.get(key);
  if (!series) known.set(key, (series = buildSeriesOfCity(datasets, city, indicatorOrder)));
  return series;
}

function buildSeriesOfCity(datasets: readonly DatasetRecord[], city: string, indicatorOrder: readonly string[]): KpiSeries[] {
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
  return list.sort((a, b) => rank(a.indicator) - rank(b.indicator) || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
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

/* ---------- one value per city, indicator and period ---------- */

/**
 * Every observation of an indicator, one per city and period. Two datasets
 * may measure the same city and period: the value of a sourced dataset wins
 * over an illustrative one, then the dataset first in id order, so that a
 * ranking never shows one city twice.
 */
export interface IndicatorValues {
  indicator: string;
  /** Periods with at least one value, oldest first. */
  periods: string[];
  /** period → city → observation */
  byPeriod: Map<string, Map<string, Observation>>;
  /** The periods grouped by year, oldest first. */
  years: PeriodYear[];
  /** year → city → the city's latest observation in that year. */
  latestInYear: Map<string, Map<string, Observation>>;
}

const noValues = (indicator: string): IndicatorValues => ({ indicator, periods: [], byPeriod: new Map(), years: [], latestInYear: new Map() });

const valuesCache = new WeakMap<readonly DatasetRecord[], Map<string, IndicatorValues>>();

function datasetPreference(datasets: readonly DatasetRecord[]): DatasetRecord[] {
  return [...datasets].sort((a, b) => Number(a.meta.illustrative) - Number(b.meta.illustrative) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Built once per catalogue for all indicators. */
export function indicatorValues(datasets: readonly DatasetRecord[], indicator: string): IndicatorValues {
  let all = valuesCache.get(datasets);
  if (!all) {
    all = new Map();
    for (const dataset of datasetPreference(datasets)) {
      for (const o of dataset.observations) {
        let values = all.get(o.indicator);
        if (!values) all.set(o.indicator, (values = noValues(o.indicator)));
        let cities = values.byPeriod.get(o.period);
        if (!cities) values.byPeriod.set(o.period, (cities = new Map()));
        if (!cities.has(o.city)) cities.set(o.city, o);
      }
    }
    for (const values of all.values()) {
      values.periods = sortPeriods(values.byPeriod.keys());
      values.years = periodsByYear(values.periods);
      // Periods in time order: a later period of the year overwrites a city's earlier value.
      for (const period of values.periods) {
        const year = yearOf(period);
        let latest = values.latestInYear.get(year);
        if (!latest) values.latestInYear.set(year, (latest = new Map()));
        for (const [city, o] of values.byPeriod.get(period)!) latest.set(city, o);
      }
    }
    valuesCache.set(datasets, all);
  }
  return all.get(indicator) ?? noValues(indicator);
}

/* ---------- averages ---------- */

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

/* ---------- rankings ---------- */

export interface RankedValue {
  /** 1-based; equal values share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** True when another city has the same value (and rank). */
  tied: boolean;
  observation: Observation;
}

/**
 * Cities ranked for one period: best first, as higherIsBetter says; equal
 * values share the rank of the first of them (competition ranking) and are
 * listed by city id so the order is stable.
 */
export function rankObservations(observations: readonly Observation[], higherIsBetter: boolean): RankedValue[] {
  const sorted = [...observations].sort(
    (a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value) || (a.city < b.city ? -1 : a.city > b.city ? 1 : 0),
  );
  const ranked: RankedValue[] = [];
  sorted.forEach((observation, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.observation.value === observation.value ? previous.rank : index + 1;
    ranked.push({ rank, tied: false, observation });
  });
  for (let i = 0; i < ranked.length; i++) {
    const same = (j: number) => ranked[j] !== undefined && ranked[j]!.rank === ranked[i]!.rank;
    ranked[i]!.tied = same(i - 1) || same(i + 1);
  }
  return ranked;
}

export interface IndicatorRanking {
  indicator: Indicator;
  period: string;
  rows: RankedValue[];
  /** Datasets of the values ranked, in id order. */
  datasets: string[];
}

export function rankingFor(datasets: readonly DatasetRecord[], indicator: Indicator, period: string): IndicatorRanking {
  const values = indicatorValues(datasets, indicator.id);
  const observations = [...(values.byPeriod.get(period)?.values() ?? [])];
  const rows = rankObservations(observations, indicator.higherIsBetter);
  return { indicator, period, rows, datasets: [...new Set(observations.map((o) => o.dataset))].sort() };
}

/**
 * Each city's latest value in a year, ranked: the table of an indicator's
 * year page. Values may come from different periods of the year; each row's
 * observation says which.
 */
export function yearRankingFor(datasets: readonly DatasetRecord[], indicator: Indicator, year: string): IndicatorRanking {
  const values = indicatorValues(datasets, indicator.id);
  const observations = [...(values.latestInYear.get(year)?.values() ?? [])];
  const rows = rankObservations(observations, indicator.higherIsBetter);
  return { indicator, period: year, rows, datasets: [...new Set(observations.map((o) => o.dataset))].sort() };
}

/** Every value of an indicator in a year: period by period, oldest first, each period ranked (the year's CSV). */
export function yearObservations(datasets: readonly DatasetRecord[], indicator: Indicator, year: string): Observation[] {
  const values = indicatorValues(datasets, indicator.id);
  const periods = values.years.find((y) => y.year === year)?.periods ?? [];
  return periods.flatMap((period) => rankingFor(datasets, indicator, period).rows.map((r) => r.observation));
}

/** Indicators that have at least one value, in definition order, with their periods. */
export function indicatorsWithData(catalogue: Pick<Catalogue, 'indicators' | 'datasets'>): { indicator: Indicator; periods: string[] }[] {
  return catalogue.indicators
    .map((indicator) => ({ indicator, periods: indicatorValues(catalogue.datasets, indicator.id).periods }))
    .filter((entry) => entry.periods.length > 0);
}

/* ---------- CSV downloads ---------- */

export const DOWNLOAD_COLUMNS = ['city', 'indicator', 'period', 'value', 'unit', 'source'] as const;

export interface DownloadRow {
  city: string;
  indicator: string;
  period: string;
  value: number;
  unit: string;
  source: string;
}

/** The unit as the CSV writes it: "percent", "per-100000", "EUR"… */
export function unitCode(indicator: Pick<Indicator, 'unit' | 'currency'>): string {
  return indicator.unit === 'currency' ? (indicator.currency ?? 'currency') : indicator.unit;
}

/** The source a row carries: its own, else its dataset's title. */
export function sourceOf(observation: Observation, datasets: readonly DatasetRecord[]): string {
  if (observation.source) return observation.source;
  return datasets.find((d) => d.id === observation.dataset)?.meta.source.title ?? '';
}

export function downloadRows(observations: readonly Observation[], indicator: Indicator, datasets: readonly DatasetRecord[]): DownloadRow[] {
  const unit = unitCode(indicator);
  return observations.map((o) => ({ city: o.city, indicator: o.indicator, period: o.period, value: o.value, unit, source: sourceOf(o, datasets) }));
}

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV with a header, "." as decimal mark, CRLF line ends, and the BOM every CSV of the site has (src/publish/csv.ts says why). */
export function toCsv(rows: readonly DownloadRow[]): string {
  const lines = [DOWNLOAD_COLUMNS.join(',')];
  for (const row of rows) lines.push(DOWNLOAD_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/* ---------- values as a page writes them ---------- */

const valueFormats = new Map<string, Intl.NumberFormat>();

/**
 * A value with its unit in the page's locale: "38,5 %" (fr), "38.5%" (en),
 * "1 200 €"; units that are words (per 100,000 inhabitants) are left to the
 * caption and the axis title, the number is written alone.
 */
export function formatKpiValue(value: number, indicator: Pick<Indicator, 'unit' | 'currency' | 'decimals'>, locale: string, decimals = indicator.decimals): string {
  const key = `${locale}:${indicator.unit}:${indicator.currency ?? ''}:${decimals}`;
  let format = valueFormats.get(key);
  if (!format) {
    const digits = { minimumFractionDigits: 0, maximumFractionDigits: decimals };
    format =
      indicator.unit === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', ...digits })
        : indicator.unit === 'currency' && indicator.currency
          ? new Intl.NumberFormat(locale, { style: 'currency', currency: indicator.currency, ...digits })
          : new Intl.NumberFormat(locale, digits);
    valueFormats.set(key, format);
  }
  return format.format(indicator.unit === 'percent' ? value / 100 : value);
}

/** Rounds a computed value (an average) to what the indicator publishes, so table, chart and CSV agree. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/* ---------- file names of the downloads ---------- */

/**
 * File of a city's series under /data/kpi/cities/<city>/: the indicator id,
 * plus ".<dataset>" when two datasets measure the same indicator there.
 * Ids never hold a dot, so names cannot collide.
 */
export function seriesFileName(series: Pick<KpiSeries, 'indicator' | 'dataset'>, all: readonly Pick<KpiSeries, 'indicator' | 'dataset'>[]): string {
  const shared = all.filter((s) => s.indicator === series.indicator).length > 1;
  return shared ? `${series.indicator}.${series.dataset}` : series.indicator;
}

export function comparisonFileName(series: Pick<KpiSeries, 'indicator' | 'dataset'>, all: readonly Pick<KpiSeries, 'indicator' | 'dataset'>[]): string {
  return `${seriesFileName(series, all)}.comparison`;
}

export const kpiFiles = {
  city: (city: string, file: string) => `data/kpi/cities/${city}/${file}.csv`,
  /** A file of src/domain/indicator-pages.ts: a year, "<year>.latest" or a period. */
  indicator: (indicator: string, file: string) => `data/kpi/indicators/${indicator}/${file}.csv`,
};

/* ---------- a city's comparison ---------- */

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
  const found = known.find((k) => k.datasets === catalogue.datasets && k.cities === catalogue.cities && k.decimals === decimals);
  if (found) return found.comparison;
  const comparison = buildCityComparison(catalogue, series, decimals);
  known.push({ datasets: catalogue.datasets, cities: catalogue.cities, decimals, comparison });
  return comparison;
}

const comparisonCache = new WeakMap<
  object,
  { datasets: readonly DatasetRecord[]; cities: readonly GroupedCity[]; decimals: number; comparison: CityComparison | undefined }[]
>();

function buildCityComparison(
  catalogue: Pick<Catalogue, 'datasets' | 'cities'>,
  series: Pick<KpiSeries, 'city' | 'indicator' | 'observations'>,
  decimals: number,
): CityComparison | undefined {
  const last = series.observations.at(-1);
  if (!last) return undefined;
  const values = indicatorValues(catalogue.datasets, series.indicator);
  const averages = comparisonAverages(values, catalogue.cities, series.city, last.period).map((a) => ({ ...a, value: roundTo(a.value, decimals) }));
  return averages.length > 0 ? { period: last.period, city: last, averages } : undefined;
}

/** The comparison's rows as the CSV writes them: the city, then "country-average:FR", "network-average:aimf". */
export function comparisonRows(comparison: CityComparison, indicator: Indicator, datasets: readonly DatasetRecord[]): DownloadRow[] {
  const unit = unitCode(indicator);
  const datasetSource = (ids: readonly string[]) =>
    ids.map((id) => datasets.find((d) => d.id === id)?.meta.source.title ?? id).join('; ');
  return [
    ...downloadRows([comparison.city], indicator, datasets),
    ...comparison.averages.map((a) => ({
      city: `${a.kind}-average:${a.group}`,
      indicator: indicator.id,
      period: a.period,
      value: a.value,
      unit,
      source: datasetSource(a.datasets),
    })),
  ];
}
