/**
 * The build links a page from the last site instead of rendering it when
 * its `cacheKey` (src/site/page-keys.ts), the code and its file in the last
 * site are unchanged (src/site/page-reuse.ts). A key that misses an input
 * publishes a stale page silently, so each kind of input is changed here in
 * turn, in real builds of the minimal fixture, and the pages that show it
 * are read back; at the end the incremental result is compared page by
 * page with a build from scratch.
 *
 * The builds run in a throw-away copy of the project (sources, config,
 * scripts; node_modules linked), so that a UI string can be changed without
 * touching the checkout others build from.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build as buildInProcess } from '../../src/build/build.ts';
import { spawningRenderer } from '../../src/build/render-processes.ts';
import { removeBuildMarker } from '../../src/offline/build-marker.ts';
import { recordedReuse } from '../../src/site/page-reuse.ts';
import { MINIMAL_FIXTURE } from '../helpers/fixture-catalogue.ts';

const BUILD_TIMEOUT = 240_000;
let root: string;
let project: string;
let content: string;

function build(
  out: string,
  cacheDir: string,
): {
  rendered: string[];
  restored: string[];
  renderedData: string[];
  restoredData: string[];
  /** Whether Astro's sync ran (src/build/astro-sync.ts): it logs "[types] Generated". */
  synced: boolean;
  /** Every file linked from the last site (pages, data files), as "/fr/practices/x/index.html". */
  restoredFiles: string[];
  /** Entry folders taken from the last build's folder cache (src/catalogue/folder-cache.ts), of all. */
  foldersKept: [number, number];
} {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CI: '', ATLAS_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  // Astro logs each page it renders as "├─ /fr/practices/x/index.html (+3ms)", a data file as
  // "├─ /data/observations.json/ (+40ms)"; the files linked from the last site are in the manifest it recorded.
  const lines = stripVTControlCharacters(run.stdout).split('\n');
  const renderedFiles = lines.map((line) => /├─ (\S+) \(/.exec(line)?.[1]).filter((p) => p !== undefined);
  const restoredFiles = (recordedReuse(cacheDir)?.reused ?? []).map((file) => `/${file}`);
  const dataName = (path: string) => /^\/data\/([^/]+)\/?$/.exec(path)?.[1];
  const kept = /Content: (\d+) of (\d+) entry folders unchanged/.exec(run.stdout);
  if (!kept) throw new Error(`the build did not say which entry folders it read:\n${run.stdout}`);
  return {
    foldersKept: [Number(kept[1]), Number(kept[2])],
    synced: /\[types\] Generated/.test(run.stdout),
    restoredFiles,
    rendered: renderedFiles.filter((p) => p.endsWith('.html')),
    restored: restoredFiles.filter((p) => p.endsWith('.html')),
    renderedData: renderedFiles.map(dataName).filter((n) => n !== undefined),
    restoredData: restoredFiles.map(dataName).filter((n) => n !== undefined),
  };
}

const site = () => join(root, 'site');
const cache = () => join(root, 'astro-cache');
const page = (path: string, dir = site()) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

/** The open-data files at the root of /data/ (observations, practices, schemas…), by name. */
const openData = (dir: string) =>
  new Map(
    readdirSync(join(dir, 'data'))
      .filter((name) => statSync(join(dir, 'data', name)).isFile())
      .map((name) => [name, readFileSync(join(dir, 'data', name))]),
  );

/** The sizes the data page of a language shows, by file name. */
const sizesShown = (lang: string) =>
  new Map(
    [...page(`${lang}/data`).matchAll(/<tr data-file="([^"]+)">.*?data-bytes="(\d+)"/g)].map((m) => [
      m[1]!,
      Number(m[2]),
    ]),
  );

/** Every file of a site, by path, with its bytes. */
function allFiles(dir: string, found = new Map<string, Buffer>(), from = dir): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) allFiles(path, found, from);
    else found.set(relative(from, path), readFileSync(path));
  }
  return found;
}

function htmlPages(dir: string, found = new Map<string, string>(), from = dir): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlPages(path, found, from);
    else if (name.endsWith('.html')) found.set(relative(from, path), removeBuildMarker(readFileSync(path, 'utf8')));
  }
  return found;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-incremental-'));
  project = join(root, 'project');
  for (const entry of [
    'src',
    'scripts',
    'public',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ]) {
    cpSync(resolve(entry), join(project, entry), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  content = join(root, 'content');
  cpSync(MINIMAL_FIXTURE, content, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('incremental rebuilds', { timeout: BUILD_TIMEOUT }, () => {
  let first: Map<string, string>;

  test('an unchanged rebuild copies the keyed pages and writes the same pages as the full build', () => {
    const full = build(site(), cache());
    expect(full.restored).toEqual([]);
    const folders = full.foldersKept[1];
    expect(full.foldersKept).toEqual([0, folders]);
    expect(full.synced).toBe(true);
    first = htmlPages(site());
    const firstFiles = allFiles(site());
    const again = build(site(), cache());
    expect(again.restoredFiles).toEqual(
      expect.arrayContaining(['/data/map/labels-fr.json', '/data/map/labels-es.json']),
    );
    // Astro's sync is not run again: nothing it writes would change (astro-sync.ts).
    expect(again.synced).toBe(false);
    // No entry folder is read again: each comes checked and rendered from the last build's folder cache.
    expect(again.foldersKept).toEqual([folders, folders]);
    expect(again.restored).toContain('/fr/practices/street-lighting-audit/index.html');
    expect(again.restored).toContain('/es/browse/theme/mobility/index.html');
    expect(
      again.rendered.filter(
        (p) => /\/practices\/[^/]+\/index\.html$|\/browse\//.test(p) && !p.includes('/practices/index.html'),
      ),
    ).toEqual([]);
    // The linked pages carry this build's marker (added after Astro), once.
    expect(page('fr/practices/street-lighting-audit').match(/<meta name="atlas-build" content="\w+">/g)).toHaveLength(
      1,
    );
    expect(htmlPages(site())).toEqual(first);
    // The whole site, markers and sitemap included, is the same bytes: nothing changed, so neither did the version.
    expect(allFiles(site())).toEqual(firstFiles);
  });

  test("a practice's body: its pages show the new text, other practices are copied", () => {
    edit(join(content, 'practices/street-lighting-audit/fr.mdx'), (t) => `${t}\nUne phrase ajoutée pour le test.\n`);
    const run = build(site(), cache());
    // The edited folder is read again; the others come from the folder cache.
    expect(run.foldersKept[0]).toBe(run.foldersKept[1] - 1);
    expect(page('fr/practices/street-lighting-audit')).toContain('Une phrase ajoutée pour le test.');
    expect(run.rendered).toContain('/fr/practices/street-lighting-audit/index.html');
    expect(run.restored).toContain('/fr/practices/safe-routes/index.html');
    // The open data made from other inputs is copied, not generated again; the practices' files are generated.
    expect(run.restoredData).toEqual(
      expect.arrayContaining([
        'observations.json',
        'observations.csv',
        'cities.json',
        'indicators.csv',
        'LICENSE.txt',
        'observation.schema.json',
      ]),
    );
    expect(run.renderedData.filter((name) => !name.startsWith('practices'))).toEqual([]);
    expect(run.renderedData).toEqual(expect.arrayContaining(['practices.json', 'practices.fr.csv']));
    // The data page shows the sizes of this build's files: rendered every time (a linked one would show the last sizes).
    expect(run.rendered).toEqual(
      expect.arrayContaining(['/fr/data/index.html', '/en/data/index.html', '/es/data/index.html']),
    );
    for (const [name, bytes] of sizesShown('fr')) expect(bytes, name).toBe(statSync(join(site(), 'data', name)).size);
    expect(readFileSync(join(site(), 'data', 'practices.fr.json'), 'utf8')).toContain(
      'Une phrase ajoutée pour le test.',
    );
  });

  test('a file of the last site modified or missing: its page is rendered again, never taken as it is', () => {
    const practice = join(site(), 'fr/practices/safe-routes/index.html');
    writeFileSync(practice, `${readFileSync(practice, 'utf8')}<!-- edited on the server -->`);
    rmSync(join(site(), 'data', 'cities.json'));
    const run = build(site(), cache());
    expect(run.rendered).toContain('/fr/practices/safe-routes/index.html');
    expect(page('fr/practices/safe-routes')).not.toContain('edited on the server');
    expect(run.renderedData).toContain('cities.json');
    expect(existsSync(join(site(), 'data', 'cities.json'))).toBe(true);
    // The other pages of that practice, and the other files, are still linked.
    expect(run.restored).toContain('/en/practices/safe-routes/index.html');
    expect(run.restoredData).toContain('cities.csv');
  });

  test('a build that fails after linking pages leaves the live site and the manifest as they were', async () => {
    const before = allFiles(site());
    const manifest = join(cache(), 'practice-atlas', 'reused-pages.json');
    const recorded = readFileSync(manifest);
    edit(join(content, 'practices/street-lighting-audit/fr.mdx'), (t) => `${t}\nUne phrase jamais publiée.\n`);
    // Stopped once the search index is written and every page marked with the new build, before the swap.
    const result = await buildInProcess(
      { projectRoot: project, contentDir: content, outDir: site(), cacheDir: cache(), language: 'en' },
      {
        log: (line) => {
          if (line.startsWith('Search index')) throw new Error('stopped by the test');
        },
        error: () => undefined,
        startRenderer: spawningRenderer(() => undefined, []),
        removeReplaced: (path) => rmSync(path, { recursive: true, force: true }),
      },
    );
    expect(result).toEqual({ ok: false, stage: 'render' });
    // It had linked the unchanged pages from the live site, and marked them.
    const pending = JSON.parse(readFileSync(join(cache(), 'practice-atlas', 'reused-pages.pending.json'), 'utf8'));
    expect(pending.reused).toContain('fr/practices/safe-routes/index.html');
    const after = allFiles(site());
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
    expect(readFileSync(manifest).equals(recorded)).toBe(true);
    expect(page('fr/practices/street-lighting-audit')).not.toContain('Une phrase jamais publiée.');
    // The next build publishes the change and still links the rest.
    const run = build(site(), cache());
    expect(page('fr/practices/street-lighting-audit')).toContain('Une phrase jamais publiée.');
    expect(run.restored).toContain('/fr/practices/safe-routes/index.html');
  });

  test('the last site gone: every page is rendered', () => {
    rmSync(site(), { recursive: true });
    const run = build(site(), cache());
    expect(run.restoredFiles).toEqual([]);
    expect(run.rendered).toContain('/fr/practices/safe-routes/index.html');
    expect(run.renderedData).toEqual(expect.arrayContaining(['observations.json', 'cities.json']));
  });

  test("a KPI dataset's row: the observations files and the sizes on the data page change", () => {
    const before = { csv: readFileSync(join(site(), 'data', 'observations.csv'), 'utf8'), sizes: sizesShown('en') };
    edit(join(content, 'kpis/datasets/sample/observations.csv'), (t) =>
      t.replace('villeneuve,lit-streets-share,2021,40.5,', 'villeneuve,lit-streets-share,2021,40.625,'),
    );
    const run = build(site(), cache());
    expect(run.renderedData).toEqual(expect.arrayContaining(['observations.json', 'observations.csv']));
    expect(run.restoredData).toEqual(expect.arrayContaining(['practices.json', 'cities.csv']));
    const csv = readFileSync(join(site(), 'data', 'observations.csv'), 'utf8');
    expect(csv).not.toBe(before.csv);
    expect(csv).toMatch(/villeneuve,lit-streets-share,2021,40\.625,/);
    expect(readFileSync(join(site(), 'data', 'observations.json'), 'utf8')).toContain('"value": 40.625');
    expect(run.rendered).toContain('/en/data/index.html');
    const after = sizesShown('en');
    expect(after.get('observations.csv')).toBe(before.sizes.get('observations.csv')! + 2);
    expect(after.get('observations.json')).toBe(before.sizes.get('observations.json')! + 2);
    expect(after.get('observations.csv')).toBe(statSync(join(site(), 'data', 'observations.csv')).size);
  });

  test('a practice title: the pages that list it or relate to it show the new title', () => {
    edit(join(content, 'practices/safe-routes/es.mdx'), (t) =>
      t.replace('title: Rutas seguras', 'title: Rutas seguras renovadas'),
    );
    build(site(), cache());
    for (const path of [
      'es/practices/safe-routes',
      'fr/practices/safe-routes',
      'fr/browse/theme/mobility',
      'en/browse/theme/public-space',
      'fr/browse/country/ES',
      'fr/practices/street-lighting-audit',
      'es/practices',
      'es',
    ]) {
      expect(page(path), path).toContain('Rutas seguras renovadas');
    }
  });

  test('a taxonomy label: practice pages, cards and facet lists show it', () => {
    edit(join(content, 'taxonomies/themes.yaml'), (t) => t.replace('en: Mobility', 'en: Getting around'));
    build(site(), cache());
    for (const path of [
      'en/practices/safe-routes',
      'en/browse/theme',
      'en/browse/theme/mobility',
      'en/browse/theme/public-space',
    ]) {
      expect(page(path), path).toContain('Getting around');
    }
  });

  test("a place's role, and a practice becoming national: the city pages that show them", () => {
    edit(join(content, 'practices/street-lighting-audit/fr.mdx'), (t) =>
      t.replace('cities: [villeneuve]', 'cities:\n  - { city: villeneuve, role: lead }'),
    );
    edit(
      join(content, 'taxonomies/scales.yaml'),
      (t) => `${t}- id: national\n  label: { fr: Nationale, en: National, es: Nacional }\n`,
    );
    edit(join(content, 'practices/safe-routes/es.mdx'), (t) =>
      t.replace('cities: [puerto-claro]', 'cities: []').replace('scale: local', 'scale: national'),
    );
    build(site(), cache());
    expect(page('en/cities/villeneuve')).toContain('Role of Villeneuve: lead');
    expect(page('fr/practices/street-lighting-audit')).toContain('data-place-role');
    // Puerto Claro is no longer named, but the practice now covers its whole country.
    expect(page('es/cities/puerto-claro')).toContain('data-city-around');
    expect(page('es/cities/puerto-claro')).toContain('Rutas seguras');
  });

  test('a translation added to a practice folder: its page is the translation, not the fallback', () => {
    writeFileSync(
      join(content, 'practices/safe-routes/en.mdx'),
      '---\ntranslationOf: es\ntitle: Safe routes mapped\nsummary: A map of the routes women take every day.\n---\n\n## Method\n\nNow I walk in peace.\n',
    );
    const run = build(site(), cache());
    // The folder's stamp changed with the new file: read again, though none of its earlier files changed.
    expect(run.foldersKept[0]).toBe(run.foldersKept[1] - 1);
    expect(page('en/practices/safe-routes')).toContain('Now I walk in peace.');
    expect(page('en/practices/street-lighting-audit')).toContain('Safe routes mapped');
  });

  test('a UI string: every page that shows it', () => {
    edit(join(project, 'src/i18n/ui/en.json'), (t) =>
      t.replace('"related.heading": "Related practices"', '"related.heading": "Practices nearby"'),
    );
    const run = build(site(), cache());
    expect(page('en/practices/street-lighting-audit')).toContain('Practices nearby');
    // Code changed: nothing is taken from the last site, every page and file is rendered again.
    expect(run.restoredFiles).toEqual([]);
    expect(run.rendered).toContain('/fr/practices/safe-routes/index.html');
    expect(run.renderedData).toEqual(expect.arrayContaining(['observations.json', 'practices.json']));
  });

  test('after all these changes, the incremental site equals a build from scratch', () => {
    const scratch = join(root, 'scratch');
    const fresh = build(scratch, join(root, 'fresh-cache'));
    expect(fresh.restored).toEqual([]);
    expect(fresh.synced).toBe(true);
    const incremental = htmlPages(site());
    const expected = htmlPages(scratch);
    expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, html] of expected) expect(incremental.get(path), path).toBe(html);
    expect(incremental).not.toEqual(first);
    // The open-data files too, byte for byte, whether copied or generated.
    const data = openData(site());
    const expectedData = openData(scratch);
    expect([...data.keys()].sort()).toEqual([...expectedData.keys()].sort());
    for (const [name, bytes] of expectedData) expect(data.get(name)!.equals(bytes), `data/${name}`).toBe(true);
    // The map's place names, copied since the first build (keyed by language alone).
    for (const lang of ['fr', 'en', 'es']) {
      const file = `data/map/labels-${lang}.json`;
      expect(readFileSync(join(site(), file)).equals(readFileSync(join(scratch, file))), file).toBe(true);
    }
  });
});
