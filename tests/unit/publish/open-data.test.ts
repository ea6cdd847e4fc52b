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
import { DATA_SCHEMAS, jsonSchemaOf, type DataSchemaName } from '../../../src/publish/data-schemas.ts';
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
  if (!loaded.catalogue) throw new Error(`The sample catalogue should load: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
  catalogue = loaded.catalogue;
  files = dataFiles(catalogue, context);
});

const file = (name: string) => {
  const found = files.find((f) => f.name === name);
  if (!found) throw new Error(`${name} is not among the data files: ${files.map((f) => f.name).join(', ')}`);
  return found;
};

function validator(name: DataSchemaName) {
  // formats are described, not enforced: the schemas carry a pattern for e-mails already.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(jsonSchemaOf(name, `https://example.org/atlas/data/${name}.schema.json`));
}

describe('JSON Schemas generated from the Zod schemas', () => {
  test.each(Object.keys(DATA_SCHEMAS) as DataSchemaName[])('%s is a valid draft 2020-12 schema with its own $id', (name) => {
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
      const records = JSON.parse(file(`practices.${lang}.json`).body()) as { id: string; language: string; textLanguage: string; title: string }[];
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
    for (const key of ['indicator', 'unit', 'source', 'licence', 'retrieved', 'illustrative']) expect(row, key).toHaveProperty(key);
    const csv = parse(file('observations.csv').body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv[0]).toMatchObject({ indicator: row!.indicator, unit: row!.unit, licence: row!.licence, illustrative: String(row!.illustrative) });
  });

  test.each(['practices.fr.csv', 'practices.csv', 'cities.es.csv', 'cities.csv', 'observations.csv', 'indicators.csv', 'vocabularies.csv'])(
    '%s: UTF-8 BOM, CRLF, one line per record, parses with its header',
    (name) => {
      const body = file(name).body();
      expect(body.startsWith('\uFEFF')).toBe(true);
      const lines = body.slice(1).split('\r\n').filter(Boolean);
      expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(lines.length - 1);
      expect(rows).toHaveLength(file(name).records!);
    },
  );

  test('the licence comes from site.dataLicence, CC BY 4.0 when the site does not set one', () => {
    expect(file('LICENSE.txt').body()).toContain(dataLicence(catalogue.site).url);
    const { dataLicence: _, ...withoutLicence } = catalogue.site as typeof catalogue.site & { dataLicence?: unknown };
    expect(dataLicence(withoutLicence as typeof catalogue.site)).toEqual(DEFAULT_DATA_LICENCE);
    const custom = { ...catalogue.site, dataLicence: { name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' } };
    expect(dataLicence(custom)).toEqual({ name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' });
  });
});

describe('toCsv', () => {
  test('quotes, formulas, line breaks and booleans', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [{ a: 'x, "y"', b: '=SUM(A1)', c: 'two\nlines', d: true }]);
    expect(csv).toBe('\uFEFFa,b,c,d\r\n"x, ""y""",\'=SUM(A1),two lines,true\r\n');
  });
});
