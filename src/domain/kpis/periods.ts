/**
 * KPI periods in time order: YYYY, YYYY-MM or YYYY-Qn, their years, the
 * latest of a list.
 */
import type { Observation } from '../../catalogue/model.ts';

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
  for (const { period } of observations)
    if (latest === undefined || comparePeriods(period, latest) > 0) latest = period;
  return latest;
}
