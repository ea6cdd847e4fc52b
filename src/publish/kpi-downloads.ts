/**
 * The rows of the KPI CSV files, which repeat exactly what a chart or table
 * shows, written by the project's one CSV writer (csv.ts).
 */
import type { DatasetRecord, Observation } from '../catalogue/model.ts';
import { originalText } from '../domain/localize.ts';
import type { CityComparison } from '../domain/kpis/averages.ts';
import type { Indicator } from '../schemas/kpi.ts';
import { toCsv, type CsvRow } from './csv.ts';
import type { PublishedObservation } from './kpi-records.ts';

export const DOWNLOAD_COLUMNS = ['city', 'indicator', 'period', 'value', 'unit', 'source', 'illustrative'] as const;

/** A row of a KPI download: the open-data observation's columns a chart's CSV keeps (`city` may name an average). */
export type DownloadRow = Pick<PublishedObservation, (typeof DOWNLOAD_COLUMNS)[number]>;

/** The unit as the CSV writes it: "percent", "per-100000", "EUR"… */
export function unitCode(indicator: Pick<Indicator, 'unit' | 'currency'>): string {
  return indicator.unit === 'currency' ? (indicator.currency ?? 'currency') : indicator.unit;
}

/** The source a row carries: its own, else its dataset's title. */
export function sourceOf(observation: Observation, datasets: readonly DatasetRecord[]): string {
  if (observation.source) return observation.source;
  const meta = datasets.find((d) => d.id === observation.dataset)?.meta;
  return meta ? originalText(meta.source.title, meta.language) : '';
}

export function downloadRows(
  observations: readonly Observation[],
  indicator: Indicator,
  datasets: readonly DatasetRecord[],
): DownloadRow[] {
  const unit = unitCode(indicator);
  const illustrative = new Map(datasets.map((d) => [d.id, d.meta.illustrative]));
  return observations.map((o) => ({
    city: o.city,
    indicator: o.indicator,
    period: o.period,
    value: o.value,
    unit,
    source: sourceOf(o, datasets),
    // The notice a page shows once travels with every file: a row says whether its figure is illustrative.
    illustrative: illustrative.get(o.dataset) ?? false,
  }));
}

/** A KPI download: the CSV of open data (csv.ts: UTF-8 with a BOM, CRLF, formulas neutralized), one row per value. */
export function kpiCsv(rows: readonly DownloadRow[]): string {
  return toCsv(DOWNLOAD_COLUMNS, rows as unknown as readonly CsvRow[]);
}

/**
 * The comparison's rows as the CSV writes them: the city, then a country's or
 * network's own figure as "country:FR", "network:aimf", or an average of
 * other places as "country-average:FR", "network-average:aimf".
 */
export function comparisonRows(
  comparison: CityComparison,
  indicator: Indicator,
  datasets: readonly DatasetRecord[],
): DownloadRow[] {
  const unit = unitCode(indicator);
  const datasetSource = (ids: readonly string[]) =>
    ids
      .map((id) => {
        const meta = datasets.find((d) => d.id === id)?.meta;
        return meta ? originalText(meta.source.title, meta.language) : id;
      })
      .join('; ');
  return [
    ...downloadRows([comparison.city], indicator, datasets),
    ...comparison.averages.map((a) => ({
      city: a.basis === 'figure' ? `${a.kind}:${a.group}` : `${a.kind}-average:${a.group}`,
      indicator: indicator.id,
      period: a.period,
      value: a.value,
      unit,
      source: datasetSource(a.datasets),
      illustrative: a.datasets.some((id) => datasets.find((d) => d.id === id)?.meta.illustrative === true),
    })),
  ];
}
