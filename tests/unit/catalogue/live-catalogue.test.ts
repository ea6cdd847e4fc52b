/**
 * The live preview's catalogue (src/catalogue/live-catalogue.ts): after each
 * change it holds what a fresh load would, its issues are the check's, only
 * the changed part is read again, and a part with a problem is served as it
 * last was without one.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LiveCatalogue } from '../../../src/catalogue/live-catalogue.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { unwatchedPaths } from '../../../src/integrations/dev-watch.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit';

let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
});

async function live(): Promise<{
  fixture: FixtureCatalogue;
  live: LiveCatalogue;
  changed: (...paths: string[]) => boolean;
}> {
  fixture = copyFixture();
  const catalogue = new LiveCatalogue({ contentDir: fixture.dir, projectRoot: join(fixture.dir, '..') });
  await catalogue.loadAll();
  const dir = fixture.dir;
  return { fixture, live: catalogue, changed: (...paths) => catalogue.update(paths.map((path) => join(dir, path))) };
}

/** What `npm run check` and a fresh load give for the files as they are now. */
function fresh(f: FixtureCatalogue) {
  return loadCatalogue({ contentDir: f.dir, projectRoot: join(f.dir, '..') });
}

const practice = (l: LiveCatalogue, id = 'street-lighting-audit') => l.catalogue!.practices.find((p) => p.id === id);

describe('LiveCatalogue', () => {
  test('reads the same catalogue as a load, and follows each kind of change as a fresh load would', async () => {
    const { fixture: f, live: l, changed } = await live();
    expect(l.issues).toEqual([]);
    expect(l.catalogue).toEqual(fresh(f).catalogue);

    f.edit(`${PRACTICE}/en.mdx`, (text) => text.replace('title: Street lighting audit', 'title: Lit streets audit'));
    expect(changed(`${PRACTICE}/en.mdx`)).toBe(true);
    expect(practice(l)!.texts.en!.title).toBe('Lit streets audit');

    f.edit('taxonomies/themes.yaml', (text) => text.replace('en: Public space,', 'en: Public spaces,'));
    changed('taxonomies/themes.yaml');
    f.edit('cities/villeneuve/fr.mdx', (text) => text.replace('name: Villeneuve', 'name: Villeneuve-la-Belle'));
    changed('cities/villeneuve/fr.mdx');
    f.edit('kpis/datasets/sample/observations.csv', (text) =>
      text.replace('villeneuve,lit-streets-share,2022,55,', 'villeneuve,lit-streets-share,2022,57.5,'),
    );
    changed('kpis/datasets/sample/observations.csv');
    f.edit('site.yaml', (text) => text.replace('en: Test atlas', 'en: Test atlas edited'));
    changed('site.yaml');
    expect(l.issues).toEqual([]);
    expect(l.catalogue).toEqual(fresh(f).catalogue);
    expect(l.catalogue!.site.name.en).toBe('Test atlas edited');
  });

  test('reads again only the folder that changed', async () => {
    const { fixture: f, live: l, changed } = await live();
    const before = practice(l, 'safe-routes')!.texts.es!.title;
    // Written without telling: a folder not named as changed is not read again.
    f.edit('practices/safe-routes/es.mdx', (text) => text.replace(`title: ${before}`, 'title: Not read yet'));
    f.edit(`${PRACTICE}/fr.mdx`, (text) => text.replace('Audit de l’éclairage des rues', 'Audit des rues'));
    changed(`${PRACTICE}/fr.mdx`);
    expect(practice(l)!.texts.fr!.title).toBe('Audit des rues');
    expect(practice(l, 'safe-routes')!.texts.es!.title).toBe(before);
    changed('practices/safe-routes/es.mdx');
    expect(practice(l, 'safe-routes')!.texts.es!.title).toBe('Not read yet');
    // A path outside the content changes nothing.
    expect(l.update([join(f.dir, '..', 'elsewhere.txt')])).toBe(false);
  });

  test('a new folder appears and a deleted one disappears', async () => {
    const { fixture: f, live: l, changed } = await live();
    f.write(
      'practices/lit-paths/en.mdx',
      f.read(`${PRACTICE}/en.mdx`).replace('title: Street lighting audit', 'title: Lit paths'),
    );
    f.write(
      'practices/lit-paths/fr.mdx',
      f.read(`${PRACTICE}/fr.mdx`).replace('Audit de l’éclairage des rues', 'Chemins éclairés'),
    );
    changed('practices/lit-paths/en.mdx', 'practices/lit-paths/fr.mdx');
    expect(practice(l, 'lit-paths')?.texts.en?.title).toBe('Lit paths');
    expect(l.catalogue).toEqual(fresh(f).catalogue);

    f.remove('practices/lit-paths');
    changed('practices/lit-paths');
    expect(practice(l, 'lit-paths')).toBeUndefined();
    expect(l.catalogue).toEqual(fresh(f).catalogue);
  });

  test("gives the check's issues, serves the last good version meanwhile, and clears them once fixed", async () => {
    const { fixture: f, live: l, changed } = await live();
    const good = f.read(`${PRACTICE}/fr.mdx`);
    f.write(
      `${PRACTICE}/fr.mdx`,
      good.replace('Audit de l’éclairage des rues', 'Audit des rues').replace('status: ongoing', 'status: ongoign'),
    );
    changed(`${PRACTICE}/fr.mdx`);
    expect(l.issues.length).toBeGreaterThan(0);
    expect(l.issues).toEqual(fresh(f).issues);
    expect(l.issues[0]).toMatchObject({ field: 'status', line: 12 });
    // The page keeps the version without the problem, with the rest of the catalogue.
    expect(practice(l)!.texts.fr!.title).toBe('Audit de l’éclairage des rues');
    expect(l.catalogue!.practices).toHaveLength(2);

    // A reference broken from elsewhere (the vocabulary) is the check's issue too; the vocabulary is kept as it was.
    f.write(`${PRACTICE}/fr.mdx`, good);
    changed(`${PRACTICE}/fr.mdx`);
    f.edit('taxonomies/themes.yaml', (text) => text.replace('- id: public-space', '- id: public-spaces'));
    changed('taxonomies/themes.yaml');
    expect(l.issues).toEqual(fresh(f).issues);
    expect(l.issues.map((issue) => issue.field)).toContain('themes[0]');
    expect(practice(l)!.facts.themes).toEqual(['public-space']);

    f.edit('taxonomies/themes.yaml', (text) => text.replace('- id: public-spaces', '- id: public-space'));
    changed('taxonomies/themes.yaml');
    expect(l.issues).toEqual([]);
    expect(l.catalogue).toEqual(fresh(f).catalogue);
  });

  test('a new folder with a problem is left out until fixed; a broken site file keeps the last one', async () => {
    const { fixture: f, live: l, changed } = await live();
    f.write('practices/half-done/en.mdx', '---\ntitle: Half done\n---\n');
    changed('practices/half-done/en.mdx');
    expect(l.issues).toEqual(fresh(f).issues);
    expect(practice(l, 'half-done')).toBeUndefined();

    f.edit('site.yaml', (text) => text.replace('en: Test atlas', 'en: [not text]'));
    changed('site.yaml');
    expect(l.issues.some((issue) => issue.file.endsWith('site.yaml'))).toBe(true);
    expect(l.catalogue!.site.name.en).toBe('Test atlas');
  });
});

describe('the dev server watcher', () => {
  const ignored = unwatchedPaths('/project', ['/project/bench-out/catalogue-1000', '/project/content/site.yaml']);

  test('leaves generated catalogues, caches and built sites alone', () => {
    for (const path of [
      '/project/bench-out/catalogue-10000/practices/p1/en.mdx',
      '/project/.cache/bench/x',
      '/project/dist/index.html',
      '/project/.dist-discarded-1/a',
      '/project/.atlas-build-dist-12/a',
      '/project/.astro/render/other-pages/x',
      '/project/bench-out',
    ]) {
      expect(ignored(path), path).toBe(true);
    }
  });

  test('follows the source and the content folder, even inside an unwatched folder', () => {
    for (const path of [
      '/project/src/pages/index.astro',
      '/project/content/site.yaml',
      '/project/bench-out/catalogue-1000/practices/p1/en.mdx',
      '/project',
      '/elsewhere/content/x.mdx',
    ]) {
      expect(ignored(path), path).toBe(false);
    }
  });
});
