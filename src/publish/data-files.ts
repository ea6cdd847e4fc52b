/**
 * Every file under /data/ that this module publishes, in one list: the
 * endpoint (src/pages/data/[file].ts) writes them and the data page
 * (/<lang>/data/) lists them, so the two cannot disagree; the build fills
 * in the size of each file written (src/build/data-page-sizes.ts).
 * Bodies are built on first use and kept for the rest of the build.
 */
import type { Catalogue } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import {
  CITY_CSV_COLUMNS,
  cityAllLanguagesCsvColumns,
  cityAllLanguagesCsvRow,
  cityCsvRow,
  cityRecord,
  cityRecordAllLanguages,
} from './city-records.ts';
import { absoluteUrl, type PublishContext } from './context.ts';
import { toCsv } from './csv.ts';
import { DATA_SCHEMA_NAMES, jsonSchemaOf, type DataSchemaName, type SchemaSite } from './data-schemas.ts';
import {
  indicatorCsvColumns,
  indicatorCsvRow,
  observationCount,
  observationsCsv,
  observationsJson,
  publishedIndicator,
  vocabularyCsvColumns,
  vocabularyCsvRows,
  vocabularyRecords,
} from './kpi-records.ts';
import {
  GROUP_OBSERVATION_CSV_COLUMNS,
  groupObservationCount,
  groupObservationCsvRow,
  groupObservationRecords,
} from './group-observation-records.ts';
import { dataLicence } from './licence.ts';
import { licenceText } from './licence-text.ts';
import {
  PRACTICE_CSV_COLUMNS,
  practiceAllLanguagesCsvColumns,
  practiceAllLanguagesCsvRow,
  practiceCsvRow,
  practiceRecord,
  practiceRecordAllLanguages,
} from './practice-records.ts';

export type DataKind = 'practices' | 'cities' | 'observations' | 'indicators' | 'vocabularies' | 'schema' | 'licence';
export type DataFormat = 'json' | 'csv' | 'schema' | 'text';

export const CONTENT_TYPES: Record<DataFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  schema: 'application/schema+json',
  text: 'text/plain; charset=utf-8',
};

export interface DataFile {
  /** File name under /data/, e.g. "practices.fr.json". */
  name: string;
  kind: DataKind;
  format: DataFormat;
  /** The language of the texts; undefined for every language or none. */
  lang?: Lang;
  /** The JSON Schema that each record follows (for a schema file: the one it is). */
  schema?: DataSchemaName;
  /** Number of records (rows, entries); undefined for schemas and the licence. */
  records?: number;
  body: () => string;
}

/** The path of a data file inside the site, for withBase / localizedPath users. */
export const dataPath = (name: string) => `data/${name}`;

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

function lazy(make: () => string): () => string {
  let body: string | undefined;
  return () => (body ??= make());
}

const built = new WeakMap<Catalogue, DataFile[]>();

export function dataFiles(catalogue: Catalogue, context: PublishContext): DataFile[] {
  const cached = built.get(catalogue);
  if (cached) return cached;
  const files: DataFile[] = [];
  const add = (file: Omit<DataFile, 'body'>, make: () => string) => files.push({ ...file, body: lazy(make) });
  const labelLang = catalogue.site.defaultLanguage;
  const { practices, cities, taxonomies } = catalogue;

  for (const lang of context.languages) {
    const records = () => practices.map((p) => practiceRecord(p, lang, context));
    const count = practices.length;
    add(
      { name: `practices.${lang}.json`, kind: 'practices', format: 'json', lang, schema: 'practice', records: count },
      () => json(records()),
    );
    add(
      { name: `practices.${lang}.csv`, kind: 'practices', format: 'csv', lang, schema: 'practice', records: count },
      () =>
        toCsv(
          PRACTICE_CSV_COLUMNS,
          records().map((r, i) => practiceCsvRow(r, practices[i]!, catalogue)),
        ),
    );
  }
  const allPractices = () => practices.map((p) => practiceRecordAllLanguages(p, context));
  add(
    {
      name: 'practices.json',
      kind: 'practices',
      format: 'json',
      schema: 'practice-all-languages',
      records: practices.length,
    },
    () => json(allPractices()),
  );
  add(
    {
      name: 'practices.csv',
      kind: 'practices',
      format: 'csv',
      schema: 'practice-all-languages',
      records: practices.length,
    },
    () =>
      toCsv(
        practiceAllLanguagesCsvColumns(context.languages),
        allPractices().map((r, i) =>
          practiceAllLanguagesCsvRow(r, practices[i]!, catalogue, labelLang, context.languages),
        ),
      ),
  );

  for (const lang of context.languages) {
    const records = () => cities.map((c) => cityRecord(c, lang, context));
    add(
      { name: `cities.${lang}.json`, kind: 'cities', format: 'json', lang, schema: 'city', records: cities.length },
      () => json(records()),
    );
    add(
      { name: `cities.${lang}.csv`, kind: 'cities', format: 'csv', lang, schema: 'city', records: cities.length },
      () =>
        toCsv(
          CITY_CSV_COLUMNS,
          records().map((r, i) => cityCsvRow(r, cities[i]!, taxonomies)),
        ),
    );
  }
  const allCities = () => cities.map((c) => cityRecordAllLanguages(c, context));
  add(
    { name: 'cities.json', kind: 'cities', format: 'json', schema: 'city-all-languages', records: cities.length },
    () => json(allCities()),
  );
  add({ name: 'cities.csv', kind: 'cities', format: 'csv', schema: 'city-all-languages', records: cities.length }, () =>
    toCsv(
      cityAllLanguagesCsvColumns(context.languages),
      allCities().map((r, i) => cityAllLanguagesCsvRow(r, cities[i]!, taxonomies, labelLang, context.languages)),
    ),
  );

  // A million rows at N = 10,000: written straight from the datasets, without a record per row.
  const observations = observationCount(catalogue);
  add(
    { name: 'observations.json', kind: 'observations', format: 'json', schema: 'observation', records: observations },
    () => observationsJson(catalogue),
  );
  add(
    { name: 'observations.csv', kind: 'observations', format: 'csv', schema: 'observation', records: observations },
    () => observationsCsv(catalogue),
  );
  // The figures of whole countries and networks that cities are compared with, apart from the cities' rows.
  const groupRecords = () => groupObservationRecords(catalogue);
  const groupCount = groupObservationCount(catalogue);
  add(
    {
      name: 'country-network-observations.json',
      kind: 'observations',
      format: 'json',
      schema: 'country-network-observation',
      records: groupCount,
    },
    () => json(groupRecords()),
  );
  add(
    {
      name: 'country-network-observations.csv',
      kind: 'observations',
      format: 'csv',
      schema: 'country-network-observation',
      records: groupCount,
    },
    () => toCsv(GROUP_OBSERVATION_CSV_COLUMNS, groupRecords().map(groupObservationCsvRow)),
  );
  // Labels and descriptions in the published languages only, in the JSON, the CSV columns and the schemas.
  const { languages } = context;
  add(
    {
      name: 'indicators.json',
      kind: 'indicators',
      format: 'json',
      schema: 'indicator',
      records: catalogue.indicators.length,
    },
    () => json(catalogue.indicators.map((i) => publishedIndicator(i, languages))),
  );
  add(
    {
      name: 'indicators.csv',
      kind: 'indicators',
      format: 'csv',
      schema: 'indicator',
      records: catalogue.indicators.length,
    },
    () =>
      toCsv(
        indicatorCsvColumns(languages),
        catalogue.indicators.map((i) => indicatorCsvRow(i, languages)),
      ),
  );
  const vocabularyRows = vocabularyCsvRows(taxonomies, languages);
  add(
    {
      name: 'vocabularies.json',
      kind: 'vocabularies',
      format: 'json',
      schema: 'vocabularies',
      records: vocabularyRows.length,
    },
    () => json(vocabularyRecords(taxonomies, languages)),
  );
  add(
    {
      name: 'vocabularies.csv',
      kind: 'vocabularies',
      format: 'csv',
      schema: 'vocabularies',
      records: vocabularyRows.length,
    },
    () => toCsv(vocabularyCsvColumns(languages), vocabularyRows),
  );

  const schemaSite: SchemaSite = { languages, taxonomies, indicatorIds: catalogue.indicators.map((i) => i.id) };
  for (const name of DATA_SCHEMA_NAMES) {
    const file = schemaFileName(name);
    add({ name: file, kind: 'schema', format: 'schema', schema: name }, () =>
      json(jsonSchemaOf(name, absoluteUrl(context, dataPath(file)), schemaSite)),
    );
  }

  const licence = dataLicence(catalogue.site);
  add({ name: 'LICENSE.txt', kind: 'licence', format: 'text' }, () =>
    licenceText(catalogue, licence, context.languages),
  );

  built.set(catalogue, files);
  return files;
}

export const schemaFileName = (name: DataSchemaName) => `${name}.schema.json`;

/**
 * A file's size, by generating its body: for `astro dev` only. A build
 * shows the size of the file written (src/publish/data-sizes.ts), since
 * generating observations.json only to measure it cost seconds.
 */
export function byteSize(file: DataFile): number {
  // Counted without encoding a copy of the body (observations.json is hundreds of megabytes at N = 10,000).
  return Buffer.byteLength(file.body(), 'utf8');
}
