/**
 * The same place, indicator and period measured in two datasets: each
 * dataset is valid alone, so this is a warning naming both files and lines,
 * and saying which value the rankings, maps and comparisons use (a sourced
 * dataset's before an illustrative one's, then the first dataset by id, as
 * src/domain/kpis/indicator-values.ts chooses).
 */
import type { ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';
import type { DatasetRecord } from './model.ts';

/** Datasets in the order the site prefers their values. */
export function preferredDatasets<D extends Pick<DatasetRecord, 'id' | 'meta'>>(datasets: readonly D[]): D[] {
  return [...datasets].sort(
    (a, b) => Number(a.meta.illustrative) - Number(b.meta.illustrative) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function duplicatesAcrossDatasets(
  datasets: readonly DatasetRecord[],
  observationLines: ReadonlyMap<string, readonly number[]>,
  groupObservationLines: ReadonlyMap<string, readonly number[]>,
): ContentIssue[] {
  if (datasets.length < 2) return [];
  const ordered = preferredDatasets(datasets);
  // Series (place and indicator) per dataset, found once per change of series: a million rows are a few thousand series.
  const seriesIn = new Map<string, Set<DatasetRecord>>();
  for (const dataset of ordered) {
    let previous = '';
    const visit = (place: string, indicator: string) => {
      const key = `${place}\u0000${indicator}`;
      if (key === previous) return;
      previous = key;
      let holders = seriesIn.get(key);
      if (!holders) seriesIn.set(key, (holders = new Set()));
      holders.add(dataset);
    };
    for (const o of dataset.observations) visit(o.city, o.indicator);
    for (const o of dataset.groupObservations ?? [])
      visit(o.kind === 'country' ? o.group : `network:${o.group}`, o.indicator);
  }
  const shared = new Set([...seriesIn].filter(([, holders]) => holders.size > 1).map(([key]) => key));
  if (shared.size === 0) return [];
  const warnings: ContentIssue[] = [];
  // period key → where it was first seen, in preference order: that dataset's value is the one used.
  const first = new Map<string, { dataset: DatasetRecord; line: number }>();
  for (const dataset of ordered) {
    const cityLines = observationLines.get(dataset.id) ?? [];
    const groupLines = groupObservationLines.get(dataset.id) ?? [];
    const check = (place: string, indicator: string, period: string, line: number) => {
      if (!shared.has(`${place}\u0000${indicator}`)) return;
      const key = `${place}\u0000${indicator}\u0000${period}`;
      const kept = first.get(key);
      if (!kept) {
        first.set(key, { dataset, line });
        return;
      }
      if (kept.dataset === dataset) return; // Twice in one file: integrity.ts reports it as an error.
      warnings.push({
        file: dataset.file,
        line,
        field: 'value',
        message: say.observationInTwoDatasets({ place, indicator, period, other: `${kept.dataset.file}:${kept.line}` }),
        suggestion: say.observationInTwoDatasetsFix({ used: kept.dataset.file }),
      });
    };
    dataset.observations.forEach((o, i) => check(o.city, o.indicator, o.period, cityLines[i] ?? 1));
    (dataset.groupObservations ?? []).forEach((o, i) =>
      check(o.kind === 'country' ? o.group : `network:${o.group}`, o.indicator, o.period, groupLines[i] ?? 1),
    );
  }
  return warnings;
}
