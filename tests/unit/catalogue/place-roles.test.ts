/**
 * Issue #16 point 4: a practice says how each of its cities takes part
 * (place-roles). A plain city id keeps working as "where it happens"; the
 * richer form is checked with plain messages naming file, line, field and fix.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { setMessageLanguage, type MessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { practiceOriginalSchema } from '../../../src/schemas/practice.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
const FILE = `content/${PRACTICE}`;
let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
});

const base = {
  title: 'T',
  summary: 'S',
  promoter: { name: 'P' },
  status: 'ongoing',
  themes: ['public-space'],
  sourceTypes: ['initiative-practice'],
  country: 'TG',
  scale: 'national',
  languages: ['fr'],
  sources: [{ title: 'Source' }],
  lastReviewed: '2026-11-21',
};

describe('the cities field of the schema', () => {
  test('a plain id is where it happens; the object form carries one role or several', () => {
    const parsed = practiceOriginalSchema.parse({
      ...base,
      cities: ['ogou-1', { city: 'zio-1', role: 'partner' }, { city: 'kara', role: ['lead', 'funder'] }, { city: 'x' }],
    });
    expect(parsed.cities).toEqual([
      { city: 'ogou-1', roles: ['location'] },
      { city: 'zio-1', roles: ['partner'] },
      { city: 'kara', roles: ['lead', 'funder'] },
      { city: 'x', roles: ['location'] },
    ]);
  });

  test('refuses a place that is neither an id nor { city, role }, and an empty list of roles', () => {
    for (const cities of [[5], [['ogou-1']], [{ city: 'ogou-1', role: [] }], [{ city: 'ogou-1', role: { a: 1 } }]]) {
      expect(practiceOriginalSchema.safeParse({ ...base, cities }).success, JSON.stringify(cities)).toBe(false);
    }
  });
});

function load(change: (text: string) => string, lang: MessageLanguage = 'en') {
  setMessageLanguage(lang);
  fixture = copyFixture();
  fixture.edit(PRACTICE, change);
  return fixture.load();
}
const lineOf = (needle: string) =>
  fixture!
    .read(PRACTICE)
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;
const withCities = (lines: string) => (text: string) => text.replace('cities: [villeneuve]', lines);

describe('loading roles', () => {
  test('the record keeps city ids and gives each its roles', () => {
    const { catalogue, issues } = load(withCities('cities:\n  - { city: villeneuve, role: [location, lead] }'));
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!;
    expect(practice.facts.cities).toEqual(['villeneuve']);
    expect(practice.facts.cityRoles).toEqual({ villeneuve: ['location', 'lead'] });
  });

  test('a plain list of cities loads as before, each where it happens', () => {
    const { catalogue, issues } = load((text) => text);
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!;
    expect(practice.facts.cityRoles).toEqual({ villeneuve: ['location'] });
  });
});

describe('bad roles are reported at their line, with a fix drawn from the vocabulary', () => {
  const find = (issues: ContentIssue[], field: string) => issues.find((issue) => issue.field === field);

  test('a role not in place-roles, written as a label, is traced back to its id in fr, en and es', () => {
    const expected: Record<MessageLanguage, RegExp> = {
      fr: /n’est pas dans le vocabulaire place-roles/,
      en: /is not in the vocabulary place-roles/,
      es: /no está en el vocabulario place-roles/,
    };
    for (const lang of ['fr', 'en', 'es'] as const) {
      const { catalogue, issues } = load(withCities('cities:\n  - { city: villeneuve, role: Partenaire }'), lang);
      expect(catalogue).toBeUndefined();
      const issue = find(issues, 'cities[0].role');
      expect(issue, lang).toMatchObject({ file: FILE, line: lineOf('role: Partenaire') });
      expect(issue!.message).toMatch(expected[lang]);
      expect(issue!.suggestion).toContain('"partner"');
      fixture!.dispose();
      fixture = undefined;
    }
  });

  test('an unknown role in a list, and a role listed twice, each at the line of the list', () => {
    const { issues } = load(withCities('cities:\n  - city: villeneuve\n    role: [lead, lead, sponsor]'));
    expect(find(issues, 'cities[0].role[1]')?.message).toBe('"lead" is listed twice in role.');
    const unknown = find(issues, 'cities[0].role[2]')!;
    expect(unknown).toMatchObject({ line: lineOf('role: [lead') });
    expect(unknown.message).toContain('"sponsor" is not in the vocabulary place-roles');
    expect(unknown.suggestion).toMatch(/location, lead, partner, funder, headquarters/);
  });

  test('a misspelt key of a place names the key to use', () => {
    const { issues } = load(withCities('cities:\n  - city: villeneuve\n    roles: partner'));
    const issue = find(issues, 'cities[0].roles')!;
    expect(issue).toMatchObject({ file: FILE, line: lineOf('roles: partner') });
    expect(issue.suggestion).toBe('did you mean "role"?');
  });

  test('a place of the wrong shape says both forms, in the editor’s language', () => {
    const { issues } = load(withCities('cities:\n  - [villeneuve, partner]'), 'fr');
    const issue = find(issues, 'cities[0]')!;
    expect(issue.line).toBe(lineOf('- [villeneuve, partner]'));
    expect(issue.message).toBe(
      'Écrivez chaque lieu par l’identifiant de sa ville, par exemple "- barcelona", ou avec sa façon de prendre part à la pratique : "- { city: zio-1, role: partner }".',
    );
  });

  test('an empty list of roles, and a city id of the object form that does not exist', () => {
    const { issues } = load(withCities('cities:\n  - { city: villeneuv, role: [] }'), 'es');
    expect(find(issues, 'cities[0].role')?.message).toMatch(/La lista de funciones está vacía/);
    // The schema stops at the empty list; the reference is still checked in the same run.
    expect(find(issues, 'cities[0].city')).toMatchObject({
      message: expect.stringContaining('villeneuv'),
      suggestion: expect.stringContaining('"villeneuve"'),
    });
  });

  test('the vocabulary must keep "location", the role of a plain id', () => {
    setMessageLanguage('en');
    fixture = copyFixture();
    fixture.edit('taxonomies/place-roles.yaml', (text) => text.replace('- id: location', '- id: venue'));
    const { issues } = fixture.load();
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'content/taxonomies/place-roles.yaml',
        line: 1,
        message: expect.stringContaining('has no entry "location"'),
      }),
    );
  });

  test('the sample catalogue loads with its roles', () => {
    const { catalogue, issues } = loadCatalogue({ contentDir: 'content' });
    expect(issues).toEqual([]);
    const ogou = catalogue!.practices.find((p) => p.id === 'centre-promotion-feminine-ogou-1')!;
    expect(ogou.facts.cityRoles).toEqual({
      'ogou-1': ['location', 'lead'],
      'zio-1': ['partner'],
      'tchaoudjo-1': ['partner'],
      'kozah-1': ['partner'],
      'tone-1': ['partner'],
    });
  });
});
