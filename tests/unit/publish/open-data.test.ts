/**
 * The open-data builders over the sample catalogue: every record of every
 * published JSON file validates against the JSON Schema generated from the
 * Zod schemas, counts match the catalogue, and the CSV files are what
 * spreadsheets need (BOM, CRLF, one line per record, no formulas).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/model.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import type { PublishContext } from '../../../src/publish/context.ts';
import { toCsv } from '../../../src/publish/csv.ts';
import { dataFiles, type DataFile } from '../../../src/publish/data-files.ts';
import {
  DATA_SCHEMA_NAMES,
  jsonSchemaOf,
  type DataSchemaName,
  type SchemaSite,
} from '../../../src/publish/data-schemas.ts';
import { dataLicence, DEFAULT_DATA_LICENCE } from '../../../src/publish/licence.ts';

let catalogue: Catalogue;
let files: DataFile[];
const context: PublishContext = {
  site: 'https://example.org',
  base: '/atlas/',
  languages: ['fr', 'en', 'es'],
  changedAt: () => new Date('2025-03-12T10:00:00Z'),
};

beforeAll(() => {
  const loaded = loadCatalogue({ contentDir: 'content' });
  if (!loaded.catalogue)
    throw new Error(`The sample catalogue should load: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
  catalogue = loaded.catalogue;
  files = dataFiles(catalogue, context);
});

const file = (name: string) => {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`${name} is not among the data files: ${files.map((f) => f.name).join(', ')}`);
  return found;
};

function validator(name: DataSchemaName, site: Partial<SchemaSite> = {}) {
  // formats are described, not enforced: the schemas carry a pattern for e-mails already.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const schemaSite: SchemaSite = {
    languages: context.languages,
    taxonomies: catalogue.taxonomies,
    indicatorIds: catalogue.indicators.map((i) => i.id),
    ...site,
  };
  return ajv.compile(jsonSchemaOf(name, `https://example.org/atlas/data/${name}.schema.json`, schemaSite));
}

describe('JSON Schemas generated from the Zod schemas', () => {
  test.each([...DATA_SCHEMA_NAMES])('%s is a valid draft 2020-12 schema with its own $id', (name) => {
    const schema = JSON.parse(file(`${name}.schema.json`).body()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://example.org/atlas/data/${name}.schema.json`);
    expect(() => validator(name)).not.toThrow();
  });

  const records: [string, DataSchemaName][] = [
    ['practices.fr.json', 'practice'],
    ['practices.en.json', 'practice'],
    ['practices.es.json', 'practice'],
    ['practices.json', 'practice-all-languages'],
    ['cities.fr.json', 'city'],
    ['cities.json', 'city-all-languages'],
    ['observations.json', 'observation'],
    ['country-network-observations.json', 'country-network-observation'],
    ['indicators.json', 'indicator'],
  ];
  test.each(records)('every record of %s validates against %s.schema.json', (name, schema) => {
    const validate = validator(schema);
    const data = JSON.parse(file(name).body()) as unknown[];
    expect(data.length).toBeGreaterThan(0);
    for (const record of data) {
      const ok = validate(record);
      expect(ok ? [] : validate.errors, `${name}: ${JSON.stringify(record).slice(0, 80)}`).toEqual([]);
    }
  });

  test('vocabularies.json validates against vocabularies.schema.json', () => {
    const validate = validator('vocabularies');
    expect(validate(JSON.parse(file('vocabularies.json').body())), JSON.stringify(validate.errors)).toBe(true);
  });

  test('a record with a field the schema does not know is refused (the schemas are strict)', () => {
    const validate = validator('practice');
    const [first] = JSON.parse(file('practices.fr.json').body()) as Record<string, unknown>[];
    expect(validate(first)).toBe(true);
    expect(validate({ ...first, colour: 'red' })).toBe(false);
    expect(validate({ ...first, themes: [] })).toBe(false);
  });

  test('as strict as the content schemas: ISO country codes in capitals, vocabulary and indicator ids as enums, dates', () => {
    const practice = validator('practice');
    const [first] = JSON.parse(file('practices.fr.json').body()) as Record<string, unknown>[];
    expect(practice(first)).toBe(true);
    for (const [field, value] of [
      ['country', 'tg'],
      ['country', 'XX'],
      ['status', 'finished-maybe'],
      ['scale', 'galactic'],
      ['themes', ['not-a-theme']],
      ['networks', ['no-such-network']],
      ['lastReviewed', '12/03/2025'],
      ['language', 'de'],
    ] as const) {
      expect(practice({ ...first, [field]: value }), `${field}: ${JSON.stringify(value)}`).toBe(false);
    }
    expect(practice({ ...first, country: 'TG' })).toBe(true);
    const city = validator('city');
    const [town] = JSON.parse(file('cities.fr.json').body()) as Record<string, unknown>[];
    expect(city(town)).toBe(true);
    expect(city({ ...town, country: 'tg' })).toBe(false);
    expect(city({ ...town, type: 'castle' })).toBe(false);
    const observation = validator('observation');
    const [row] = JSON.parse(file('observations.json').body()) as Record<string, unknown>[];
    expect(observation(row)).toBe(true);
    expect(observation({ ...row, indicator: 'no-such-indicator' })).toBe(false);
    const vocabularies = validator('vocabularies');
    const all = JSON.parse(file('vocabularies.json').body()) as Record<string, { id: string }[]>;
    expect(vocabularies(all)).toBe(true);
    expect(vocabularies({ ...all, statuses: [...all.statuses!, { ...all.statuses![0]!, id: 'made-up' }] })).toBe(false);
  });
});

describe('a site publishing French and Spanish only', () => {
  const frEs: PublishContext = { ...context, languages: ['fr', 'es'] };
  let only: DataFile[];
  beforeAll(() => {
    // A catalogue object of its own: data files are kept per catalogue.
    only = dataFiles({ ...catalogue }, frEs);
  });
  const body = (name: string) => only.find((f) => f.name === name)!.body();

  test('no English file, column, label or schema requirement', () => {
    expect(only.map((f) => f.name).filter((n) => /\.en\./.test(n))).toEqual([]);
    for (const name of ['indicators.csv', 'vocabularies.csv', 'practices.csv', 'cities.csv']) {
      const header = body(name).slice(1).split('\r\n')[0]!;
      expect(header, name).not.toMatch(/_en\b/);
      expect(header, name).toMatch(/_fr\b/);
      expect(header, name).toMatch(/_es\b/);
    }
    const indicators = JSON.parse(body('indicators.json')) as {
      label: Record<string, string>;
      description: Record<string, string>;
    }[];
    for (const indicator of indicators) {
      expect(Object.keys(indicator.label)).toEqual(['fr', 'es']);
      expect(Object.keys(indicator.description)).toEqual(['fr', 'es']);
    }
    const vocabularies = JSON.parse(body('vocabularies.json')) as Record<string, { label: Record<string, string> }[]>;
    for (const entry of Object.values(vocabularies).flat()) expect(Object.keys(entry.label)).toEqual(['fr', 'es']);
    // No schema asks for (or allows) an English text; the language an original was written in stays a fact (originalLanguage).
    const englishFields = (node: unknown): string[] =>
      !node || typeof node !== 'object'
        ? []
        : [
            ...(Array.isArray((node as { required?: unknown }).required) &&
            (node as { required: string[] }).required.includes('en')
              ? ['required en']
              : []),
            ...Object.keys((node as { properties?: object }).properties ?? {}).filter((k) => k === 'en'),
            ...Object.values(node).flatMap(englishFields),
          ];
    for (const name of DATA_SCHEMA_NAMES)
      expect(englishFields(JSON.parse(body(`${name}.schema.json`))), name).toEqual([]);
    const practiceSchema = JSON.parse(body('practice.schema.json')) as {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(practiceSchema.properties.language!.enum).toEqual(['fr', 'es']);
    const schemaSite = { languages: frEs.languages };
    const validate = validator('indicator', schemaSite);
    for (const indicator of indicators) expect(validate(indicator), JSON.stringify(validate.errors)).toBe(true);
    expect(validator('vocabularies', schemaSite)(vocabularies)).toBe(true);
    const [practice] = JSON.parse(body('practices.fr.json')) as Record<string, unknown>[];
    expect(validator('practice', schemaSite)(practice)).toBe(true);
    expect(validator('practice', schemaSite)({ ...practice, language: 'en' })).toBe(false);
  });
});

describe('data files', () => {
  test('practices and cities: one record per entry in each language and in all languages', () => {
    for (const name of ['practices.fr.json', 'practices.en.json', 'practices.es.json', 'practices.json']) {
      expect(JSON.parse(file(name).body()), name).toHaveLength(catalogue.practices.length);
    }
    for (const name of ['cities.fr.json', 'cities.en.json', 'cities.es.json', 'cities.json']) {
      expect(JSON.parse(file(name).body()), name).toHaveLength(catalogue.cities.length);
    }
    const observations = catalogue.datasets.reduce((n, d) => n + d.observations.length, 0);
    expect(JSON.parse(file('observations.json').body())).toHaveLength(observations);
  });

  test('a text not translated falls back to the original and says which language it is in', () => {
    for (const lang of ['fr', 'en', 'es'] as const) {
      const records = JSON.parse(file(`practices.${lang}.json`).body()) as {
        id: string;
        language: string;
        textLanguage: string;
        title: string;
      }[];
      for (const record of records) {
        const practice = catalogue.practices.find((p) => p.id === record.id)!;
        const expected = practice.texts[lang] ? lang : practice.originalLanguage;
        expect(record.language).toBe(lang);
        expect(record.textLanguage).toBe(expected);
        expect(record.title).toBe(practice.texts[expected]!.title);
      }
    }
  });

  test('URLs are absolute, under the base path', () => {
    const [record] = JSON.parse(file('practices.en.json').body()) as { id: string; url: string }[];
    expect(record!.url).toBe(`https://example.org/atlas/en/practices/${record!.id}/`);
  });

  test('observations carry indicator, unit, source, licence, date and the illustrative flag', () => {
    const [row] = JSON.parse(file('observations.json').body()) as Record<string, unknown>[];
    for (const key of ['indicator', 'unit', 'source', 'licence', 'retrieved', 'illustrative'])
      expect(row, key).toHaveProperty(key);
    const csv = parse(file('observations.csv').body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv[0]).toMatchObject({
      indicator: row!.indicator,
      unit: row!.unit,
      licence: row!.licence,
      illustrative: String(row!.illustrative),
    });
  });

  test('every country and network figure of the datasets is published, with its source and flag', () => {
    const published = JSON.parse(file('country-network-observations.json').body()) as Record<string, unknown>[];
    const written = catalogue.datasets.flatMap((d) =>
      (d.groupObservations ?? []).map((o) => ({
        dataset: d.id,
        place: o.group,
        indicator: o.indicator,
        value: o.value,
      })),
    );
    expect(written.length).toBeGreaterThan(0);
    expect(published.map(({ dataset, place, indicator, value }) => ({ dataset, place, indicator, value }))).toEqual(
      written,
    );
    const togo = published.find((r) => r.place === 'TG');
    expect(togo).toMatchObject({
      placeKind: 'country',
      unit: 'percent',
      illustrative: true,
      licence: expect.any(String),
    });
    const csv = parse(file('country-network-observations.csv').body(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csv.find((r) => r.place === 'TG')).toMatchObject({ place_kind: 'country', illustrative: 'true' });
  });

  test.each([
    'practices.fr.csv',
    'practices.csv',
    'cities.es.csv',
    'cities.csv',
    'observations.csv',
    'country-network-observations.csv',
    'indicators.csv',
    'vocabularies.csv',
  ])('%s: UTF-8 BOM, CRLF, one line per record, parses with its header', (name) => {
    const body = file(name).body();
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).split('\r\n').filter(Boolean);
    expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(lines.length - 1);
    expect(rows).toHaveLength(file(name).records!);
  });

  test('the licence comes from site.dataLicence, CC BY 4.0 when the site does not set one', () => {
    expect(file('LICENSE.txt').body()).toContain(dataLicence(catalogue.site).url);
    const { dataLicence: _, ...withoutLicence } = catalogue.site as typeof catalogue.site & { dataLicence?: unknown };
    expect(dataLicence(withoutLicence as typeof catalogue.site)).toEqual(DEFAULT_DATA_LICENCE);
    const custom = {
      ...catalogue.site,
      dataLicence: { name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
    };
    expect(dataLicence(custom)).toEqual({ name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' });
  });
});

describe('toCsv', () => {
  test('quotes, formulas, line breaks and booleans', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [{ a: 'x, "y"', b: '=SUM(A1)', c: 'two\nlines', d: true }]);
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"x, ""y""",\'=SUM(A1),two lines,true\r\n');
  });
});
