/**
 * One value per city, indicator and period, indexed once per catalogue; each
 * city's latest value per year.
 */
import type { DatasetRecord, Observation } from '../../catalogue/model.ts';
import { preferredDatasets } from '../../catalogue/kpi-duplicates.ts';
import { periodsByYear, sortPeriods, yearOf, type PeriodYear } from './periods.ts';

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

const noValues = (indicator: string): IndicatorValues => ({
  indicator,
  periods: [],
  byPeriod: new Map(),
  years: [],
  latestInYear: new Map(),
});

const valuesCache = new WeakMap<readonly DatasetRecord[], Map<string, IndicatorValues>>();

/** Built once per catalogue for all indicators. */
export function indicatorValues(datasets: readonly DatasetRecord[], indicator: string): IndicatorValues {
  let all = valuesCache.get(datasets);
  if (!all) {
    all = new Map();
    for (const dataset of preferredDatasets(datasets)) {
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
