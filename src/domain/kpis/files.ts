/**
 * Where the KPI downloads are: file names of a city's series and the
 * paths of the CSV files under /data/kpi/.
 */
import type { KpiSeries } from './series.ts';

/**
 * File of a city's series under /data/kpi/cities/<city>/: the indicator id,
 * plus ".<dataset>" when two datasets measure the same indicator there.
 * Ids never hold a dot, so names cannot collide.
 */
export function seriesFileName(
  series: Pick<KpiSeries, 'indicator' | 'dataset'>,
  all: readonly Pick<KpiSeries, 'indicator' | 'dataset'>[],
): string {
  const shared = all.filter((s) => s.indicator === series.indicator).length > 1;
  return shared ? `${series.indicator}.${series.dataset}` : series.indicator;
}

export function comparisonFileName(
  series: Pick<KpiSeries, 'indicator' | 'dataset'>,
  all: readonly Pick<KpiSeries, 'indicator' | 'dataset'>[],
): string {
  return `${seriesFileName(series, all)}.comparison`;
}

export const kpiFiles = {
  city: (city: string, file: string) => `data/kpi/cities/${city}/${file}.csv`,
  /** A file of src/domain/indicator-pages.ts: a year, "<year>.latest" or a period. */
  indicator: (indicator: string, file: string) => `data/kpi/indicators/${indicator}/${file}.csv`,
};
