/**
 * Issue #15, what must hold 3: the documentation an editor follows is true.
 * docs/content-model.md lists exactly the fields each schema requires, and
 * the dataset worked example of each CONTRIBUTING passes the check as
 * written (Excel's ";" and decimal commas included).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { cityOriginalSchema } from '../../src/schemas/city.ts';
import { datasetSchema, indicatorSchema } from '../../src/schemas/kpi.ts';
import { practiceOriginalSchema, practiceTranslationSchema } from '../../src/schemas/practice.ts';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

const MODEL = readFileSync('docs/content-model.md', 'utf8');

/** The fields of the table under a heading: name → whether it is required ("yes…"). */
function documentedFields(heading: string): Map<string, boolean> {
  const start = MODEL.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const fields = new Map<string, boolean>();
  for (const line of MODEL.slice(start).split('\n').slice(1)) {
    if (/^#{2,3} /.test(line)) break;
    const row = /^\| (.+?) \| (yes|no)\b/.exec(line);
    if (!row) continue;
    for (const [, name] of row[1]!.matchAll(/`([A-Za-z]+)`/g)) fields.set(name!, row[2] === 'yes');
  }
  return fields;
}

function schemaFields(schema: z.ZodObject): Map<string, boolean> {
  return new Map(
    Object.entries(schema.shape).map(([key, field]) => [key, !(field as z.ZodType).safeParse(undefined).success]),
  );
}

describe('docs/content-model.md', () => {
  test.each([
    ['## Practice fields (original file)', practiceOriginalSchema],
    ['## City fields (original file)', cityOriginalSchema],
    ['### Indicator fields (`content/kpis/indicators.yaml`, a list)', indicatorSchema],
    ['### Dataset fields (`content/kpis/datasets/<id>/dataset.yaml`)', datasetSchema],
  ] as const)('%s lists every field of the schema, required exactly when the schema requires it', (heading, schema) => {
    const documented = documentedFields(heading);
    const actual = schemaFields(schema as unknown as z.ZodObject);
    expect([...documented.keys()].sort()).toEqual([...actual.keys()].sort());
    for (const [key, required] of actual) expect(documented.get(key), key).toBe(required);
  });

  test('says that a dataset title is a text written once or per language and that its source is a map with a title', () => {
    expect(MODEL).toMatch(/\| `title` \| yes \| a text: written once \(in `language`\) or per language/);
    expect(MODEL).toMatch(/\| `source` \| yes \| `\{ title, url\?/);
  });

  test('the dataset fields documented as "a text" are exactly those the schema takes written once or per language', () => {
    const section = MODEL.slice(MODEL.indexOf('### Dataset fields'));
    const texts = [...section.matchAll(/^\| `(\w+)` \| (?:yes|no) \| (?:a text|`\{ title, url\?.*\(a text)/gm)].map(
      (m) => m[1]!,
    );
    expect(texts.sort()).toEqual(['description', 'note', 'source', 'title']);
    const base = { licence: 'CC0', retrieved: '2026-01-01', illustrative: false };
    const textAt = (field: string, text: unknown) =>
      field === 'source' ? { source: { title: text } } : { source: { title: { en: 'S' } }, [field]: text };
    for (const field of texts) {
      const withTitle = (text: unknown) => ({ ...base, title: { en: 'T' }, ...textAt(field, text) });
      expect(datasetSchema.safeParse(withTitle({ es: 'solo en español' })).success, field).toBe(true);
      expect(datasetSchema.safeParse({ ...withTitle('written once'), language: 'en' }).success, field).toBe(true);
      expect(datasetSchema.safeParse(withTitle('written once')).success, `${field} without language`).toBe(false);
    }
  });

  test('the translation fields documented for a practice are exactly those the translation schema takes', () => {
    const row = /^\| practice \| (.+) \|$/m.exec(MODEL)![1]!;
    const documented = new Set([...row.matchAll(/`([a-zA-Z]+)`/g)].map((m) => m[1]!));
    for (const key of Object.keys(practiceTranslationSchema.shape)) {
      if (key !== 'translationOf') expect(documented.has(key), key).toBe(true);
    }
  });
});

describe.each(['CONTRIBUTING.md', 'CONTRIBUTING.fr.md', 'CONTRIBUTING.es.md'])('the dataset example of %s', (file) => {
  let fixture: FixtureCatalogue | undefined;
  afterEach(() => fixture?.dispose());
  const text = readFileSync(file, 'utf8');
  const block = (language: string, containing: string) => {
    const found = [...text.matchAll(new RegExp('^( *)```' + language + '\\n([\\s\\S]*?)^\\1```', 'gm'))].find((m) =>
      m[2]!.includes(containing),
    );
    expect(found, `${file}: a ${language} block with ${containing}`).toBeDefined();
    return found![2]!.replace(new RegExp(`^${found![1]}`, 'gm'), '');
  };
  const csv = block('csv', 'city;indicator;period;value;source');
  const yaml = block('yaml', 'csv: { delimiter: ";", decimal: "," }');
  const folder = 'kpis/datasets/barcelona-council-women';

  test('links to docs/content-model.md', () => {
    expect(text).toContain('(docs/content-model.md#kpi-datasets)');
  });

  test('passes the check as written, with decimal commas read as decimals', () => {
    fixture = copyFixture(resolve('content'));
    fixture.write(`${folder}/observations.csv`, csv);
    fixture.write(`${folder}/dataset.yaml`, yaml);
    const { issues, catalogue } = fixture.load();
    expect(issues).toEqual([]);
    const dataset = catalogue!.datasets.find((d) => d.id === 'barcelona-council-women')!;
    expect(dataset.observations.map((o) => o.value)).toEqual([40.9, 46.5]);
    expect(dataset.meta.illustrative).toBe(false);
  });

  test('without its csv line, the Excel file is still read with its decimal commas; a decimal point among them is reported with the fix', () => {
    fixture = copyFixture(resolve('content'));
    fixture.write(`${folder}/observations.csv`, csv);
    fixture.write(`${folder}/dataset.yaml`, yaml.replace(/^csv:.*\n/m, ''));
    const loaded = fixture.load();
    expect(loaded.issues).toEqual([]);
    expect(
      loaded.catalogue!.datasets.find((d) => d.id === 'barcelona-council-women')!.observations.map((o) => o.value),
    ).toEqual([40.9, 46.5]);
    fixture.write(`${folder}/observations.csv`, csv.replace('46,5', '46.5'));
    const { issues } = fixture.load();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: expect.stringContaining('observations.csv'), line: 3 });
    expect(issues[0]!.suggestion).toMatch(/46,5/);
  });
});
