import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { joinPagefindEntries, mergeShards, SHARD_MANIFEST } from '../../src/build/merge-shards.ts';
import {
  countPracticeFolders,
  removeStaleWorkDirs,
  renderWorkRoot,
  SHARD_FROM_CORES,
  SHARD_FROM_PRACTICES,
  shardNames,
  shardProcess,
  shardProcessCount,
  singleProcess,
} from '../../src/build/render-plan.ts';
import { shardInputs } from '../../src/build/shard-inputs.ts';
import { currentShard, inShard } from '../../src/site/shard.ts';
import { MINIMAL_FIXTURE } from '../helpers/fixture-catalogue.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function files(base: string, contents: Record<string, string>): string {
  for (const [path, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('the shards of a build', () => {
  test('one process by default; "auto" splits a large catalogue on a machine where the shards run side by side', () => {
    expect(shardProcessCount(undefined, 10_000, 8)).toBe(1);
    expect(shardProcessCount(3, 5, 1)).toBe(3);
    expect(shardProcessCount('auto', SHARD_FROM_PRACTICES, SHARD_FROM_CORES)).toBe(SHARD_FROM_CORES);
    expect(shardProcessCount('auto', SHARD_FROM_PRACTICES, 8)).toBe(8);
    expect(shardProcessCount('auto', SHARD_FROM_PRACTICES - 1, 8)).toBe(1);
    // Two cores: each shard's fixed start costs more than the second core saves (docs/performance.md, Session 8).
    expect(shardProcessCount('auto', 10_000, 2)).toBe(1);
    expect(shardProcessCount('auto', 10_000, 1)).toBe(1);
    expect(shardNames(['fr', 'es'])).toEqual(['shared', 'fr', 'es']);
  });

  test('practice folders are counted without reading them', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-plan-'));
    files(root, { 'practices/a/fr.mdx': '', 'practices/b/fr.mdx': '', 'practices/README.txt': '' });
    expect(countPracticeFolders(root)).toBe(2);
    expect(countPracticeFolders(join(root, 'none'))).toBe(0);
  });

  test('each shard has its own cache and working folder, and reuses its last folder; the single process writes into staging', () => {
    expect(shardProcess('fr', '/cache/x/site', '/cache', '/p/.astro/render', false, 41)).toEqual({
      shard: 'fr',
      outDir: '/cache/x/site',
      cacheDir: '/cache/practice-atlas/shards/fr/astro',
      workDir: '/p/.astro/render/41-fr',
      reportIssues: false,
      reuseFrom: '/cache/x/site.last',
    });
    expect(singleProcess('/s', '/cache', '/p/.astro/render', 41)).toEqual({
      outDir: '/s',
      cacheDir: '/cache',
      workDir: '/p/.astro/render/41-all',
      reportIssues: true,
    });
    expect(renderWorkRoot('/p')).toBe('/p/.astro/render');
  });

  test('a page belongs to the shard of its language; a page without one to the shared shard', () => {
    expect(inShard({ lang: 'fr', id: 'x' }, undefined)).toBe(true);
    expect(inShard({ lang: 'fr', id: 'x' }, 'fr')).toBe(true);
    expect(inShard({ lang: 'fr', id: 'x' }, 'es')).toBe(false);
    expect(inShard({ lang: 'fr' }, 'shared')).toBe(false);
    expect(inShard({ file: 'practices.json' }, 'shared')).toBe(true);
    expect(inShard({ file: 'practices.json' }, 'en')).toBe(false);
    expect(currentShard({})).toBeUndefined();
    expect(currentShard({ ATLAS_SHARD: 'es' })).toBe('es');
    expect(currentShard({ ATLAS_SHARD: 'shared' })).toBe('shared');
  });
});

describe('working folders of render processes', () => {
  test("those of builds no longer running are removed; a running build's are kept", () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-work-'));
    files(root, {
      '4194305-fr/.astro/x.mjs': '',
      '4194305-shared/x': '',
      [`${process.ppid}-shared/x`]: '',
    });
    expect(removeStaleWorkDirs(root).sort()).toEqual(['4194305-fr', '4194305-shared']);
    expect(existsSync(join(root, `${process.ppid}-shared`))).toBe(true);
    expect(removeStaleWorkDirs(join(root, 'none'))).toEqual([]);
  });
});

describe('merging the shards', () => {
  const entry = (languages: Record<string, unknown>) =>
    JSON.stringify({ version: '1.6.0', languages, include_characters: ['_', '‿'] });

  test('copies each file once, keeps identical copies once, joins the search entries, and leaves the shards as they were', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-merge-'));
    const shared = files(join(root, 'shared'), {
      [SHARD_MANIFEST]: '{}',
      'index.html': 'root',
      'data/practices.json': '[]',
      '_astro/app.js': 'js',
    });
    const fr = files(join(root, 'fr'), {
      [SHARD_MANIFEST]: '{}',
      'index.html': 'root',
      'fr/practices/p/index.html': 'practice',
      '_astro/app.js': 'js',
      'pagefind/pagefind.js': 'pf',
      'pagefind/pagefind-entry.json': entry({ fr: { hash: 'fr_1', page_count: 1 } }),
    });
    const en = files(join(root, 'en'), {
      'en/practices/p/index.html': 'practice en',
      'pagefind/pagefind.js': 'pf',
      'pagefind/pagefind-entry.json': entry({ en: { hash: 'en_2', page_count: 1 } }),
    });
    const into = join(root, 'site');
    expect(mergeShards([shared, fr, en], into)).toEqual({ copied: 6, shared: 3 });
    expect(readFileSync(join(into, 'fr/practices/p/index.html'), 'utf8')).toBe('practice');
    expect(readFileSync(join(into, 'en/practices/p/index.html'), 'utf8')).toBe('practice en');
    // Pagefind writes its languages in alphabetical order, without a final line break.
    expect(readFileSync(join(into, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(
      entry({ en: { hash: 'en_2', page_count: 1 }, fr: { hash: 'fr_1', page_count: 1 } }),
    );
    expect(existsSync(join(into, SHARD_MANIFEST))).toBe(false);
    expect(existsSync(join(fr, 'fr/practices/p/index.html'))).toBe(true);
  });

  test('files the shards wrote differently stop the merge, named', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-merge-'));
    const a = files(join(root, 'a'), { 'robots.txt': 'Allow: /', '404.html': 'same' });
    const b = files(join(root, 'b'), { 'robots.txt': 'Allow: /atlas/', '404.html': 'same' });
    expect(() => mergeShards([a, b], join(root!, 'site'))).toThrow(
      /different versions of 1 file\(s\): robots\.txt\. Build again in one process/,
    );
  });

  test('search entries of different Pagefind versions are not joined', () => {
    const fr = { version: '1.6.0', languages: { fr: {} } };
    expect(joinPagefindEntries([fr, { version: '1.5.0', languages: { en: {} } }])).toBeUndefined();
  });
});

describe("a shard's inputs", () => {
  const SHARDS = ['shared', 'fr', 'en', 'es'] as const;
  // A small project of its own, so that the digest reads a few files of code, not the checkout's.
  const settings = (project: string, content: string) => ({
    projectRoot: project,
    contentDir: content,
    configFile: join(content, 'site.yaml'),
    base: '/',
    site: 'https://example.org',
  });

  test("another language's translated text leaves a language shard as it was; anything else it shows does not", () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-inputs-'));
    const project = files(join(root, 'project'), { 'src/page.ts': 'one', 'astro.config.mjs': 'config' });
    const content = join(root, 'content');
    cpSync(MINIMAL_FIXTURE, content, { recursive: true });
    const digests = () => shardInputs(SHARDS, settings(project, content));
    const before = digests();
    expect(new Set(Object.values(before)).size).toBe(4);
    expect(digests()).toEqual(before);

    // The English translation of a French original.
    const translation = join(content, 'practices/street-lighting-audit/en.mdx');
    expect(readFileSync(translation, 'utf8')).toMatch(/^translationOf:/m);
    writeFileSync(translation, `${readFileSync(translation, 'utf8')}\nA sentence added.\n`);
    const bodyChanged = digests();
    expect(bodyChanged.fr).toBe(before.fr);
    expect(bodyChanged.es).toBe(before.es);
    expect(bodyChanged.en).not.toBe(before.en);
    expect(bodyChanged.shared).not.toBe(before.shared);

    // A translation's title shows in every language's listings and editors' pages.
    writeFileSync(translation, readFileSync(translation, 'utf8').replace(/^title: .*$/m, 'title: Another title'));
    const titleChanged = digests();
    for (const shard of SHARDS) expect(titleChanged[shard], shard).not.toBe(bodyChanged[shard]);

    // An original carries the facts every language shows.
    const original = join(content, 'practices/street-lighting-audit/fr.mdx');
    expect(readFileSync(original, 'utf8')).not.toMatch(/^translationOf:/m);
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nUne phrase ajoutée.\n`);
    const originalChanged = digests();
    for (const shard of SHARDS) expect(originalChanged[shard], shard).not.toBe(titleChanged[shard]);

    // The code and the settings too.
    writeFileSync(join(project, 'src/page.ts'), 'two');
    const codeChanged = digests();
    for (const shard of SHARDS) expect(codeChanged[shard], shard).not.toBe(originalChanged[shard]);
    expect(shardInputs(['fr'], { ...settings(project, content), base: '/atlas/' }).fr).not.toBe(codeChanged.fr);
  });
});
