/**
 * KPI observations, indicators and vocabularies as open data. Every
 * observation row carries what a reader needs to reuse it alone: the
 * indicator and its unit, the source, the dataset's licence and date, and
 * whether the figure is illustrative (not a real measurement).
 */
import type { Catalogue, DatasetRecord, Observation, Taxonomies } from '../catalogue/model.ts';
import { originalText } from '../domain/localize.ts';
import { unitCode } from './kpi-downloads.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Indicator } from '../schemas/kpi.ts';
import { VOCABULARIES, type TaxonomyEntry } from '../schemas/taxonomy.ts';
import { csvCell, csvHead, type CsvRow, type CsvValue } from './csv.ts';

export interface PublishedObservation {
  dataset: string;
  city: string;
  indicator: string;
  period: string;
  value: number;
  /** percent, count, per-1000, per-100000, years, days, or the ISO 4217 currency code. */
  unit: string;
  source: string;
  sourceUrl: string | null;
  licence: string;
  licenceUrl: string | null;
  /** The date the dataset was retrieved (YYYY-MM-DD). */
  retrieved: string;
  illustrative: boolean;
  note: string | null;
}

/** The columns of every published observation after the ones that say whose figure it is. */
export const OBSERVATION_FACT_COLUMNS = [
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

export const OBSERVATION_CSV_COLUMNS = ['dataset', 'city', ...OBSERVATION_FACT_COLUMNS] as const;

/** What a published observation says besides whose figure it is: a city's, a country's or a network's. */
export type ObservationFacts = Omit<PublishedObservation, 'dataset' | 'city'>;

/** An observation's figure, unit, source, licence, date and flag, as every open-data file writes them. */
export function observationFacts(
  meta: DatasetRecord['meta'],
  o: Pick<Observation, 'indicator' | 'period' | 'value' | 'source' | 'note'>,
  indicator: Indicator,
): ObservationFacts {
  return {
    indicator: o.indicator,
    period: o.period,
    value: o.value,
    unit: unitCode(indicator),
    // A row's own source is text; the dataset's carries a URL too.
    source: o.source ?? originalText(meta.source.title, meta.language),
    sourceUrl: o.source ? null : (meta.source.url ?? null),
    licence: meta.licence,
    licenceUrl: meta.licenceUrl ?? null,
    retrieved: meta.retrieved,
    illustrative: meta.illustrative,
    note: o.note ?? null,
  };
}

/** The cells of OBSERVATION_FACT_COLUMNS. */
export function observationFactCells(o: ObservationFacts): CsvRow {
  return {
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

export function observationRecords(catalogue: Pick<Catalogue, 'datasets' | 'indicators'>): PublishedObservation[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  return catalogue.datasets.flatMap((dataset) =>
    dataset.observations.map((o) => ({
      dataset: dataset.id,
      city: o.city,
      ...observationFacts(dataset.meta, o, indicators.get(o.indicator)!),
    })),
  );
}

/** How many observations the catalogue publishes, without building their records. */
export function observationCount(catalogue: Pick<Catalogue, 'datasets'>): number {
  let count = 0;
  for (const dataset of catalogue.datasets) count += dataset.observations.length;
  return count;
}

/**
 * observations.csv, byte for byte what csv-stringify writes for the rows
 * of observationCsvRow (tested), a million rows in about a second instead of
 * seven: each distinct cell (ids, periods, units, sources, notes) is written
 * by csv-stringify once (`csvCell`), values are numbers, and rows are
 * joined from those pieces; what repeats on every row of a dataset is
 * joined once per dataset.
 */
export function observationsCsv(catalogue: Pick<Catalogue, 'datasets' | 'indicators'>): string {
  const written = new Map<CsvValue, string>();
  const cell = (value: CsvValue) => {
    if (typeof value === 'number') return String(value);
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = csvCell(value)));
    return text;
  };
  const units = new Map(catalogue.indicators.map((i) => [i.id, cell(unitCode(i))]));
  const parts = [csvHead(OBSERVATION_CSV_COLUMNS)];
  for (const dataset of catalogue.datasets) {
    const { meta } = dataset;
    const sourceUrl = meta.source.url ?? null;
    const id = cell(dataset.id);
    const datasetSource = `${cell(originalText(meta.source.title, meta.language))},${cell(sourceUrl)}`;
    const tail = `${cell(meta.licence)},${cell(meta.licenceUrl ?? null)},${cell(meta.retrieved)},${cell(meta.illustrative)}`;
    for (const o of dataset.observations) {
      const source = o.source == null ? datasetSource : `${cell(o.source)},${cell(o.source ? null : sourceUrl)}`;
      parts.push(
        `${id},${cell(o.city)},${cell(o.indicator)},${cell(o.period)},${String(o.value)},${units.get(o.indicator)!},${source},${tail},${cell(o.note ?? null)}\r\n`,
      );
    }
  }
  return parts.join('');
}

/**
 * observations.json, byte for byte `JSON.stringify(observationRecords(c), null, 1)`
 * plus a line end, written record by record: what repeats on every row of
 * a dataset (its id, source, licence, date) is serialized once per dataset,
 * and no record object is built.
 */
export function observationsJson(catalogue: Pick<Catalogue, 'datasets' | 'indicators'>): string {
  const q = JSON.stringify;
  const units = new Map(catalogue.indicators.map((i) => [i.id, q(unitCode(i))]));
  const indicators = new Map<string, string>();
  const parts: string[] = [];
  for (const dataset of catalogue.datasets) {
    const { meta } = dataset;
    const head = `{\n  "dataset": ${q(dataset.id)},\n  "city": `;
    const datasetSource = `,\n  "source": ${q(originalText(meta.source.title, meta.language))},\n  "sourceUrl": ${q(meta.source.url ?? null)},\n  "licence": `;
    const tail = `${q(meta.licence)},\n  "licenceUrl": ${q(meta.licenceUrl ?? null)},\n  "retrieved": ${q(meta.retrieved)},\n  "illustrative": ${q(meta.illustrative)},\n  "note": `;
    for (const o of dataset.observations) {
      let indicator = indicators.get(o.indicator);
      if (indicator === undefined) indicators.set(o.indicator, (indicator = q(o.indicator)));
      parts.push(
        `${head}${q(o.city)},\n  "indicator": ${indicator},\n  "period": ${q(o.period)},\n  "value": ${q(o.value)},\n  "unit": ${units.get(o.indicator)!}${
          o.source == null
            ? datasetSource
            : `,\n  "source": ${q(o.source)},\n  "sourceUrl": ${o.source ? 'null' : q(meta.source.url ?? null)},\n  "licence": `
        }${tail}${o.note == null ? 'null' : q(o.note)}\n }`,
      );
    }
  }
  return parts.length === 0 ? '[]\n' : `[\n ${parts.join(',\n ')}\n]\n`;
}

export function observationCsvRow(o: PublishedObservation): CsvRow {
  return { dataset: o.dataset, city: o.city, ...observationFactCells(o) };
}

/** Columns of indicators.csv: a label and a description per published language. */
export const indicatorCsvColumns = (languages: readonly Lang[]) => [
  'id',
  ...languages.map((l) => `label_${l}`),
  'unit',
  'currency',
  'higher_is_better',
  'decimals',
  ...languages.map((l) => `description_${l}`),
];

export function indicatorCsvRow(indicator: Indicator, languages: readonly Lang[]): CsvRow {
  const row: CsvRow = {
    id: indicator.id,
    unit: indicator.unit,
    currency: indicator.currency,
    higher_is_better: indicator.higherIsBetter,
    decimals: indicator.decimals,
  };
  for (const lang of languages) {
    row[`label_${lang}`] = indicator.label[lang];
    row[`description_${lang}`] = indicator.description[lang];
  }
  return row;
}

/** An indicator as indicators.json publishes it: its label and description in the published languages. */
export function publishedIndicator(indicator: Indicator, languages: readonly Lang[]): Indicator {
  return {
    ...indicator,
    label: inLanguages(indicator.label, languages),
    description: inLanguages(indicator.description, languages),
    ...(indicator.reference
      ? { reference: { value: indicator.reference.value, label: inLanguages(indicator.reference.label, languages) } }
      : {}),
  };
}

/** vocabularies.json: every vocabulary, by name, with its entries' labels in the published languages. */
export function vocabularyRecords(taxonomies: Taxonomies, languages: readonly Lang[]): Record<string, TaxonomyEntry[]> {
  return Object.fromEntries(
    VOCABULARIES.map((v) => [
      v,
      (taxonomies[v] ?? []).map((entry) => ({
        ...entry,
        label: inLanguages(entry.label, languages),
        ...(entry.description ? { description: inLanguages(entry.description, languages) } : {}),
      })),
    ]),
  );
}

export const vocabularyCsvColumns = (languages: readonly Lang[]) => [
  'vocabulary',
  'id',
  ...languages.map((l) => `label_${l}`),
  'url',
];

export function vocabularyCsvRows(taxonomies: Taxonomies, languages: readonly Lang[]): CsvRow[] {
  return VOCABULARIES.flatMap((vocabulary) =>
    (taxonomies[vocabulary] ?? []).map((entry) => {
      const row: CsvRow = { vocabulary, id: entry.id, url: entry.url };
      for (const lang of languages) row[`label_${lang}`] = entry.label[lang];
      return row;
    }),
  );
}

/** A text kept in the published languages only; the content gives every language, so the object's type stays. */
function inLanguages<T extends Record<Lang, string>>(text: T, languages: readonly Lang[]): T {
  return Object.fromEntries(languages.map((lang) => [lang, text[lang]])) as T;
}
