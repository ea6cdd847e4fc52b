/**
 * Country and network figures as open data (country-network-observations.json
 * and .csv): the figures a city's chart is compared with, each row with its
 * source, licence, date and illustrative flag like observations.json. Kept
 * apart from observations.json, whose `city` column names a city on every row.
 */
import type { Catalogue } from '../catalogue/model.ts';
import type { CsvRow } from './csv.ts';
import {
  OBSERVATION_FACT_COLUMNS,
  observationFactCells,
  observationFacts,
  type ObservationFacts,
} from './kpi-records.ts';

export interface PublishedGroupObservation extends ObservationFacts {
  dataset: string;
  /** "country" for an ISO 3166-1 code, "network" for an id of the networks vocabulary. */
  placeKind: 'country' | 'network';
  place: string;
}

export const GROUP_OBSERVATION_CSV_COLUMNS = ['dataset', 'place_kind', 'place', ...OBSERVATION_FACT_COLUMNS] as const;

export function groupObservationRecords(
  catalogue: Pick<Catalogue, 'datasets' | 'indicators'>,
): PublishedGroupObservation[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  return catalogue.datasets.flatMap(({ id, meta, groupObservations = [] }) =>
    groupObservations.map((o) => ({
      dataset: id,
      placeKind: o.kind,
      place: o.group,
      ...observationFacts(meta, o, indicators.get(o.indicator)!),
    })),
  );
}

/** How many country and network figures the catalogue publishes. */
export function groupObservationCount(catalogue: Pick<Catalogue, 'datasets'>): number {
  return catalogue.datasets.reduce((count, d) => count + (d.groupObservations?.length ?? 0), 0);
}

export function groupObservationCsvRow(o: PublishedGroupObservation): CsvRow {
  return { dataset: o.dataset, place_kind: o.placeKind, place: o.place, ...observationFactCells(o) };
}
