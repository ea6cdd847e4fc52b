/**
 * Which pages and CSV files an indicator has, pure. Monthly data would give
 * an indicator hundreds of periods; a page per period, each listing every
 * other period, grows with periods² and ranks every place hundreds of
 * times. So an indicator has:
 *
 * - its own page: the ranking of its latest period;
 * - a page per year (`<id>/<year>/`): each place's latest value in that
 *   year, ranked; the latest year has none when it holds only one period,
 *   since the indicator's own page shows exactly that;
 * - a CSV per year (`<year>.csv`) with every value of the year, period by
 *   period, so that no observation is left out of the downloads; where a
 *   year has several periods, the year page's table has its own CSV
 *   (`<year>.latest.csv`), and so does the latest period's ranking
 *   (`<period>.csv`).
 *
 * For yearly data every year has one period, and the pages and files are
 * the per-period ones: `<id>/2021/` ranks 2021, `2021.csv` holds it.
 */
import type { PeriodYear } from './kpis/periods.ts';

export interface YearPlan extends PeriodYear {
  /** The year has a page of its own; otherwise the indicator's page shows it. */
  ownPage: boolean;
  /** CSV (name without ".csv") of what the year's ranking table shows. */
  tableFile: string;
  /** CSV with every value of the year. */
  allFile: string;
}

export interface IndicatorPlan {
  /** The period the indicator's own page ranks, undefined without data. */
  latest: string | undefined;
  /** CSV of the latest period's ranking. */
  latestFile: string | undefined;
  years: YearPlan[];
}

export type CsvContent =
  { kind: 'year'; year: string } | { kind: 'year-latest'; year: string } | { kind: 'period'; period: string };

export function indicatorPlan(years: readonly PeriodYear[]): IndicatorPlan {
  const last = years.at(-1);
  const latest = last?.periods.at(-1);
  const plans = years.map((y) => {
    const single = y.periods.length === 1;
    return {
      ...y,
      ownPage: !(y === last && single),
      tableFile: single ? y.year : `${y.year}.latest`,
      allFile: y.year,
    };
  });
  // A period ranking is named by its period: for a year of one period that is the year's own file.
  const latestFile = last && latest ? (last.periods.length === 1 ? last.year : latest) : undefined;
  return { latest, latestFile, years: plans };
}

/** Every CSV file an indicator has, by name (without ".csv"), and what it holds. */
export function indicatorCsvFiles(plan: IndicatorPlan): Map<string, CsvContent> {
  const files = new Map<string, CsvContent>();
  for (const y of plan.years) {
    files.set(y.allFile, { kind: 'year', year: y.year });
    if (y.tableFile !== y.allFile) files.set(y.tableFile, { kind: 'year-latest', year: y.year });
  }
  if (plan.latest && plan.latestFile && !files.has(plan.latestFile))
    files.set(plan.latestFile, { kind: 'period', period: plan.latest });
  return files;
}

export type PeriodLink =
  | { kind: 'latest'; period: string; ownPage: false }
  | { kind: 'year'; year: string; periods: number; ownPage: boolean };

/**
 * The indicator's navigation between periods: one link per year (to its page,
 * or to the indicator's page for a latest year of one period), followed by
 * the latest period (the indicator's page) when the latest year has several.
 */
export function periodLinks(plan: IndicatorPlan): PeriodLink[] {
  const last = plan.years.at(-1);
  const links: PeriodLink[] = plan.years.map((y) => ({
    kind: 'year',
    year: y.year,
    periods: y.periods.length,
    ownPage: y.ownPage,
  }));
  if (plan.latest && last && last.periods.length > 1)
    links.push({ kind: 'latest', period: plan.latest, ownPage: false });
  return links;
}
