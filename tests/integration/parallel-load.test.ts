import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCatalogue, loadCatalogue, loadCatalogueInParallel } from '../../src/catalogue/load-catalogue.ts';
import { messageLanguage, setMessageLanguage } from '../../src/catalogue/messages/index.ts';
import { copyFixture, MINIMAL_FIXTURE, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

let broken: FixtureCatalogue;

/**
 * A catalogue with problems of every stage: YAML, schema, body, folder
 * names, a translation left alone, unfilled places, a bad CSV row and
 * cross-file references (whose lines are found after the files were read).
 */
beforeAll(() => {
  broken = copyFixture();
  const practice = 'practices/street-lighting-audit/fr.mdx';
  broken.edit(practice, (t) =>
    t
      .replace('country: FR', 'country: France')
      .replace('themes: [public-space]', 'themes: [public-spaces]')
      .replace('cities: [villeneuve]', 'cities: [villeneuv]'),
  );
  broken.edit('practices/safe-routes/es.mdx', (t) =>
    t.replace(/^title: .*$/m, 'title: Plan #2 for towns').concat('\n<script>alert(1)</script>\n'),
  );
  broken.edit('cities/villeneuve/fr.mdx', (t) => t.replace('lat: 45.5', 'lat: 145.5'));
  broken.write('practices/Street-Lighting-Audit/fr.mdx', broken.read(practice));
  broken.write('practices/lonely/en.mdx', broken.read('practices/street-lighting-audit/en.mdx'));
  broken.write('practices/notes.txt', 'a stray file');
  broken.write('cities/puerto-claro/fr.mdx', '---\ntitle:\tTab\n---\n');
  broken.edit(
    'kpis/datasets/sample/observations.csv',
    (t) => `${t.trimEnd()}\nvilleneuve,unknown-indicator,2024,1,5\nnowhere,women-councillors-share,20x4,abc\n`,
  );
});
afterAll(() => broken.dispose());

// Each parallel run starts two worker threads that load the schemas and parsers: generous timeouts for busy machines.
describe('reading on worker threads gives what reading on one thread gives', { timeout: 60_000 }, () => {
  test.each([
    ['the minimal fixture', () => MINIMAL_FIXTURE],
    ['the shipped sample', () => 'content'],
    ['a catalogue with problems of every kind', () => broken.dir],
  ])('%s: the same catalogue, the same issues in the same order', async (_name, dir) => {
    const sequential = loadCatalogue({ contentDir: dir() });
    const parallel = await loadCatalogueInParallel({ contentDir: dir(), workers: 2 });
    expect(parallel).toEqual(sequential);
    const check = await checkCatalogue({ contentDir: dir(), workers: 2 });
    expect(check.issues).toEqual(sequential.issues);
    if (sequential.catalogue) {
      const { practices, cities, indicators, datasets } = sequential.catalogue;
      expect(check.counts).toEqual({
        practices: practices.length,
        cities: cities.length,
        indicators: indicators.length,
        observations: datasets.reduce((sum, d) => sum + d.observations.length, 0),
      });
    } else {
      expect(check.counts).toBeUndefined();
    }
  });

  test('the problems are really there, each at a line', () => {
    const { issues } = loadCatalogue({ contentDir: broken.dir });
    const files = new Set(issues.map((i) => i.file.replace(/^.*content\//, '')));
    for (const file of [
      'practices/street-lighting-audit/fr.mdx',
      'practices/safe-routes/es.mdx',
      'practices/Street-Lighting-Audit',
      'practices/lonely/en.mdx',
      'practices/notes.txt',
      'cities/villeneuve/fr.mdx',
      'cities/puerto-claro/fr.mdx',
      'kpis/datasets/sample/observations.csv',
    ]) {
      expect(files, file).toContain(file);
    }
    // A reference checked after reading (integrity.ts) still points at the line written.
    const text = broken.read('practices/street-lighting-audit/fr.mdx');
    const citiesLine = text.split('\n').findIndex((l) => l.startsWith('cities:')) + 1;
    expect(issues.find((i) => i.field === 'cities[0]' && i.file.endsWith('street-lighting-audit/fr.mdx'))?.line).toBe(
      citiesLine,
    );
  });

  test('messages written on the workers are in the language of the run', async () => {
    const before = messageLanguage();
    setMessageLanguage('fr');
    try {
      const sequential = loadCatalogue({ contentDir: broken.dir });
      const check = await checkCatalogue({ contentDir: broken.dir, workers: 2 });
      expect(check.issues).toEqual(sequential.issues);
      expect(check.issues.map((i) => i.message).join('\n')).toContain('n’est pas un code de pays');
    } finally {
      setMessageLanguage(before);
    }
  });

  test('progress counts every folder once', async () => {
    const seen: number[] = [];
    let total = 0;
    await checkCatalogue({
      contentDir: 'content',
      workers: 2,
      onFolders: (read, all) => {
        seen.push(read);
        total = all;
      },
    });
    expect(seen.reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBeGreaterThan(10);
  });
});
