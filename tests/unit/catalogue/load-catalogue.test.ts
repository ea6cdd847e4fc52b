import { afterEach, describe, expect, test } from 'vitest';
import { formatIssueReport, type ContentIssue } from '../../../src/catalogue/issues.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { copyFixture, MINIMAL_FIXTURE, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

let fixture: FixtureCatalogue | undefined;
afterEach(() => fixture?.dispose());

function broken(change: (f: FixtureCatalogue) => void): ContentIssue[] {
  fixture = copyFixture();
  change(fixture);
  const { catalogue, issues } = fixture.load();
  expect(catalogue).toBeUndefined();
  return issues;
}

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a valid catalogue', () => {
  test('loads into records, with the original carrying the facts', () => {
    const { catalogue, issues } = loadCatalogue({ contentDir: MINIMAL_FIXTURE });
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!;
    expect(practice.originalLanguage).toBe('fr');
    expect(Object.keys(practice.texts).sort()).toEqual(['en', 'fr']);
    expect(practice.facts).toMatchObject({ country: 'FR', cities: ['villeneuve'], sdgs: ['5', '11'] });
    expect(practice.facts).not.toHaveProperty('title');
    expect(practice.texts.en).toMatchObject({ title: 'Street lighting audit', results: ['Twenty streets better lit'] });
    expect(practice.texts.en!.keywords).toBeUndefined();
    expect(practice.texts.fr!.html).toContain('<h3>Démarche</h3>');
    expect(catalogue!.datasets[0]!.observations).toHaveLength(3);
    expect(catalogue!.taxonomies.sdgs.map((e) => e.id)).toEqual(['5', '11']);
  });

  test('the shipped sample catalogue is valid', () => {
    const { catalogue, issues } = loadCatalogue({ contentDir: 'content' });
    expect(formatIssueReport(issues)).toBe('No problems found.');
    expect(catalogue!.practices.length).toBeGreaterThanOrEqual(5);
    for (const practice of catalogue!.practices) {
      expect(Object.keys(practice.texts).sort(), practice.id).toEqual(['en', 'es', 'fr']);
    }
  });

  test('shipped KPI figures are either sourced or flagged illustrative', () => {
    const { catalogue } = loadCatalogue({ contentDir: 'content' });
    expect(catalogue!.datasets.length).toBeGreaterThanOrEqual(1);
    for (const dataset of catalogue!.datasets) {
      if (!dataset.meta.illustrative) {
        expect(dataset.meta.source.url ?? dataset.meta.source.publisher, dataset.id).toBeTruthy();
      }
    }
  });
});

describe('problems are reported with file, line and field', () => {
  test('an unknown field is an error at its line, with the likely intended name', () => {
    const issues = broken((f) => f.edit(PRACTICE, (t) => t.replace('country: FR', 'contry: FR')));
    const text = fixture!.read(PRACTICE);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/practices\/street-lighting-audit\/fr\.mdx$/),
        line: lineOf(text, 'contry:'),
        field: 'contry',
        suggestion: 'did you mean "country"?',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'country', message: 'The required field "country" is missing.' }),
    );
  });

  test('a wrong nested value points at its own line', () => {
    const issues = broken((f) => f.edit(PRACTICE, (t) => t.replace('egalite@villeneuve.example', 'not-an-email')));
    expect(issues).toEqual([
      expect.objectContaining({ line: lineOf(fixture!.read(PRACTICE), 'not-an-email'), field: 'promoter.email' }),
    ]);
  });

  test('an unknown taxonomy id gets the nearest id, also from a label', () => {
    const issues = broken((f) =>
      f.edit(PRACTICE, (t) => t.replace('themes: [public-space]', 'themes: [public-spaces, Mobilité]')),
    );
    expect(issues.map((i) => [i.field, i.suggestion])).toEqual([
      ['themes[0]', 'did you mean "public-space"?'],
      ['themes[1]', 'did you mean "mobility"?'],
    ]);
  });

  test('references are checked in the same run as schema problems of the same file', () => {
    const issues = broken((f) =>
      f.edit(PRACTICE, (t) => t.replace('scale: local', 'scale: locale').replace('country: FR', 'country: France')),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['country', 'scale']);
  });

  test('a label written instead of an id is matched to the id', () => {
    const issues = broken((f) => f.edit(PRACTICE, (t) => t.replace('themes: [public-space]', 'themes: [mobilite]')));
    expect(issues[0]).toMatchObject({ field: 'themes[0]', suggestion: 'did you mean "mobility"?' });
  });

  test('a translation that names a fact is told where facts belong', () => {
    const issues = broken((f) =>
      f.edit('practices/street-lighting-audit/en.mdx', (t) => t.replace('title:', 'country: GB\ntitle:')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'country',
        line: 3,
        message: expect.stringContaining('only in the original (fr.mdx)'),
      }),
    ]);
  });

  test('a translation must translate every result', () => {
    const issues = broken((f) =>
      f.edit('practices/street-lighting-audit/en.mdx', (t) =>
        t.replace('  - Twenty streets better lit', '  - Twenty streets\n  - More'),
      ),
    );
    expect(issues[0]).toMatchObject({ field: 'results', message: expect.stringContaining('2 items here and 1') });
  });

  test('a folder without an original, and one with two, are refused', () => {
    const none = broken((f) =>
      f.edit('practices/safe-routes/es.mdx', (t) => t.replace('---\ntitle:', '---\ntranslationOf: fr\ntitle:')),
    );
    expect(none.map((i) => i.message).join('\n')).toMatch(
      /"safe-routes" are all translations of fr\.mdx, and there is no fr\.mdx here/,
    );
    fixture!.dispose();
    const two = broken((f) => f.write('practices/safe-routes/fr.mdx', f.read('practices/safe-routes/es.mdx')));
    expect(two[0]!.message).toMatch(/Two files of "safe-routes" carry the facts/);
  });

  test('a reference to a missing city is caught, with the nearest id', () => {
    const issues = broken((f) => f.edit(PRACTICE, (t) => t.replace('cities: [villeneuve]', 'cities: [villeneuv]')));
    expect(issues[0]).toMatchObject({ field: 'cities[0]', suggestion: 'did you mean "villeneuve"?' });
  });

  test('a city in another country than its practice is caught unless the practice is international', () => {
    const issues = broken((f) => f.edit(PRACTICE, (t) => t.replace('cities: [villeneuve]', 'cities: [puerto-claro]')));
    expect(issues[0]!.message).toMatch(/is in ES, but the practice's country is FR/);
  });

  test('stray files and badly named folders are reported, never ignored', () => {
    const issues = broken((f) => {
      f.write('practices/street-lighting-audit/EN.md', 'x');
      f.write('practices/Bad Name/fr.mdx', 'x');
      f.write('taxonomies/theme.yaml', '- id: x');
    });
    expect(issues.map((i) => i.suggestion)).toEqual(
      expect.arrayContaining(['rename it "en.mdx"', 'rename the folder "bad-name"', 'rename it "themes.yaml"']),
    );
  });

  test('YAML errors point at their line', () => {
    const issues = broken((f) =>
      f.edit(PRACTICE, (t) => t.replace('status: ongoing', 'status: ongoing\nstatus: planned')),
    );
    expect(issues[0]).toMatchObject({
      line: lineOf(fixture!.read(PRACTICE), 'status: planned'),
      message: 'This field is written twice.',
    });
  });

  test('a tab used for indentation is explained', () => {
    const issues = broken((f) =>
      f.edit(PRACTICE, (t) => t.replace('  name: Ville de Villeneuve', '\tname: Ville de Villeneuve')),
    );
    expect(issues[0]!.message).toMatch(/tab/);
  });

  test('every problem of the run is reported together', () => {
    const issues = broken((f) => {
      f.edit(PRACTICE, (t) => t.replace('scale: local', 'scale: locale'));
      f.edit('cities/villeneuve/fr.mdx', (t) => t.replace('lat: 45.5', 'lat: 145.5'));
      f.edit('practices/safe-routes/es.mdx', (t) => t.replace('## Método', '## Método\n\n<script>alert(1)</script>'));
      f.edit('kpis/datasets/sample/observations.csv', (t) => t.replace('40.5', 'forty'));
      f.remove('taxonomies/networks.yaml');
    });
    const files = new Set(issues.map((i) => i.file.replace(/^.*content\//, '')));
    expect([...files].sort()).toEqual([
      'cities/villeneuve/fr.mdx',
      'kpis/datasets/sample/observations.csv',
      'practices/safe-routes/es.mdx',
      PRACTICE,
      'taxonomies/networks.yaml',
    ]);
    const report = formatIssueReport(issues);
    expect(report).toMatch(/problems in 5 files\.$/);
    expect(report).toMatch(/fr\.mdx:\d+ scale: "locale" is not in the vocabulary scales/);
  });
});
