/**
 * Issue #15, what must hold 4: every example a message gives is drawn from
 * the field's own vocabulary or format, a missing field is reported where it
 * belongs with the line to add, and paths in advice use the entry's language.
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { MESSAGE_LANGUAGES, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import {
  ID_EXAMPLE,
  LIST_EXAMPLE,
  missingFieldLines,
  VOCABULARY_EXAMPLE,
  VOCABULARY_OF,
} from '../../../src/schemas/field-examples.ts';
import { cityOriginalSchema, cityTranslationSchema } from '../../../src/schemas/city.ts';
import { datasetSchema } from '../../../src/schemas/kpi.ts';
import { practiceOriginalSchema, practiceTranslationSchema } from '../../../src/schemas/practice.ts';
import { VOCABULARIES } from '../../../src/schemas/taxonomy.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
});

const idsOf = (vocabulary: string) =>
  (jsYaml.load(readFileSync(`content/taxonomies/${vocabulary}.yaml`, 'utf8')) as { id: string | number }[]).map((e) =>
    String(e.id),
  );

describe('the examples themselves', () => {
  test('each vocabulary example is an id of that vocabulary in the sample catalogue', () => {
    for (const vocabulary of Object.values(VOCABULARY_OF)) expect(VOCABULARIES).toContain(vocabulary);
    for (const [vocabulary, id] of Object.entries(VOCABULARY_EXAMPLE))
      expect(idsOf(vocabulary), vocabulary).toContain(id);
    for (const [noun, list] of Object.entries(LIST_EXAMPLE)) {
      const vocabulary = Object.entries(VOCABULARY_OF).find(
        ([one]) => `${one}s` === noun || (one === 'SDG' && noun === 'SDGs'),
      )?.[1];
      if (vocabulary)
        for (const id of jsYaml.load(list) as unknown[]) expect(idsOf(vocabulary), noun).toContain(String(id));
    }
    expect(readFileSync(`content/cities/${ID_EXAMPLE['city id']}/fr.mdx`, 'utf8')).toContain('name:');
  });

  test.each([
    ['practice', practiceOriginalSchema],
    ['practice translation', practiceTranslationSchema],
    ['city', cityOriginalSchema],
    ['city translation', cityTranslationSchema],
    ['dataset', datasetSchema],
  ] as const)('every required field of a %s has a line to add that its schema accepts', (_kind, schema) => {
    for (const [key, field] of Object.entries(schema.shape)) {
      if (field.safeParse(undefined).success) continue;
      const accepted = missingFieldLines(key, '2026-01-01').filter(
        (line) => field.safeParse(jsYaml.load(line.slice(line.indexOf(':') + 1))).success,
      );
      expect(accepted, key).not.toEqual([]);
    }
  });
});

describe('through the check', () => {
  function run(change: (text: string) => string, lang: (typeof MESSAGE_LANGUAGES)[number] = 'en', path = PRACTICE) {
    setMessageLanguage(lang);
    fixture ??= copyFixture();
    fixture.edit(path, change);
    return fixture.load().issues.filter((i) => i.file.endsWith(path));
  }

  test.each(MESSAGE_LANGUAGES)(
    'in %s, a missing status is reported on the closing "---" with a status to add, which then passes',
    (lang) => {
      const issues = run((t) => t.replace('status: ongoing\n', ''), lang);
      const closing = fixture!.read(PRACTICE).split('\n').indexOf('---', 1) + 1;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'status', line: closing });
      const line = /(status: \S+)$/.exec(issues[0]!.suggestion!)?.[1];
      expect(idsOf('statuses')).toContain(line?.split(': ')[1]);
      expect(issues[0]!.suggestion).not.toMatch(/public-space/);
      // The editor adds the line where the message says.
      expect(run((t) => t.replace(/\n---\n/, `\n${line}\n---\n`), lang)).toEqual([]);
    },
  );

  test('a missing list of sources gets a line in the form of a source list, which passes once its text is written', () => {
    const issues = run((t) => t.replace('sources:\n  - title: Rapport de test\n', ''));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.suggestion).not.toMatch(/\[a, b\]/);
    const line = /(sources: .*)$/.exec(issues[0]!.suggestion!)![1]!;
    expect(run((t) => t.replace(/\n---\n/, `\n${line.replace('…', 'Rapport annuel 2024')}\n---\n`))).toEqual([]);
  });

  test('a malformed city id suggests the id it seems to mean, not a theme, and is reported once', () => {
    const issues = run((t) => t.replace('cities: [villeneuve]', 'cities: [Ville Neuve]'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/"ville-neuve"/);
    expect(issues[0]!.message).not.toMatch(/public-space/);
  });

  test('an unknown city in an English original points at content/cities/<id>/en.mdx', () => {
    fixture = copyFixture();
    const english = fixture.read(PRACTICE).replace('cities: [villeneuve]', 'cities: [vienna]');
    fixture.remove(PRACTICE);
    fixture.write('practices/street-lighting-audit/en.mdx', english);
    const issues = fixture.load().issues.filter((i) => i.field === 'cities[0]');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.suggestion).toMatch(/cities\/vienna\/en\.mdx/);
  });

  test('a term not in its vocabulary lists every allowed id and says how to propose a new one', () => {
    const issues = run((t) => t.replace('themes: [public-space]', 'themes: [housingx-policy]'));
    const themes = idsOf('themes');
    expect(issues).toHaveLength(1);
    for (const id of (jsYaml.load(fixture!.read('taxonomies/themes.yaml')) as { id: string }[]).map((e) => e.id)) {
      expect(issues[0]!.suggestion).toContain(id);
    }
    expect(themes.length).toBeGreaterThan(0);
    expect(issues[0]!.suggestion).toMatch(/taxonomies\/themes\.yaml.*fr, en and es.*reviewers decide/);
  });
});
