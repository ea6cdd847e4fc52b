/**
 * Country and network figures as open data (country-network-observations.json
 * and .csv): the figures a city's chart is compared with, each row with its
 * source, licence, date and illustrative flag like observations.json. Kept
 * apart from observations.json, whose `city` column names a city on every row.
 */
import type { Catalogue } from '../catalogue/model.ts';
import { originalText } from '../domain/localize.ts';
import type { CsvRow } from './csv.ts';
import { unitCode } from './kpi-downloads.ts';

export interface PublishedGroupObservation {
  dataset: string;
  /** "country" for an ISO 3166-1 code, "network" for an id of the networks vocabulary. */
  placeKind: 'country' | 'network';
  place: string;
  indicator: string;
  period: string;
  value: number;
  unit: string;
  source: string;
  sourceUrl: string | null;
  licence: string;
  licenceUrl: string | null;
  retrieved: string;
  illustrative: boolean;
  note: string | null;
}

export const GROUP_OBSERVATION_CSV_COLUMNS = [
  'dataset',
  'place_kind',
  'place',
  'indicator',
  'period',
  'value',
  'unit',
  'source',
  'source_url',
  'licence',
  'licence_url',
  'retrieved',
  'illustrative',
  'note',
] as const;

export function groupObservationRecords(
  catalogue: Pick<Catalogue, 'datasets' | 'indicators'>,
): PublishedGroupObservation[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  return catalogue.datasets.flatMap(({ id, meta, groupObservations = [] }) =>
    groupObservations.map((o) => ({
      dataset: id,
      placeKind: o.kind,
      place: o.group,
      indicator: o.indicator,
      period: o.period,
      value: o.value,
      unit: unitCode(indicators.get(o.indicator)!),
      // As in observations.json: a row's own source is text; the dataset's carries a URL too.
      source: o.source ?? originalText(meta.source.title, meta.language),
      sourceUrl: o.source ? null : (meta.source.url ?? null),
      licence: meta.licence,
      licenceUrl: meta.licenceUrl ?? null,
      retrieved: meta.retrieved,
      illustrative: meta.illustrative,
      note: o.note ?? null,
    })),
  );
}

/** How many country and network figures the catalogue publishes. */
export function groupObservationCount(catalogue: Pick<Catalogue, 'datasets'>): number {
  return catalogue.datasets.reduce((count, d) => count + (d.groupObservations?.length ?? 0), 0);
}

export function groupObservationCsvRow(o: PublishedGroupObservation): CsvRow {
  return {
    dataset: o.dataset,
    place_kind: o.placeKind,
    place: o.place,
    indicator: o.indicator,
    period: o.period,
    value: o.value,
    unit: o.unit,
    source: o.source,
    source_url: o.sourceUrl,
    licence: o.licence,
    licence_url: o.licenceUrl,
    retrieved: o.retrieved,
    illustrative: o.illustrative,
    note: o.note,
  };
}
