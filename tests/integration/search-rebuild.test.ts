/**
 * A rebuild has Pagefind index only the languages whose indexed pages
 * changed (src/build/search-stage.ts); the other languages' index files are
 * kept from the last site. Each step here changes one thing, rebuilds into
 * the same site with the same cache, and compares the search index, file by
 * file, with a build from scratch of the same content.
 */
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileHash } from '../../src/build/offline/file-hash.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

const BUILD_TIMEOUT = 240_000;
let fixture: FixtureCatalogue;
let root: string;
const site = () => join(root, 'site');

/** Builds the fixture into `out` with the cache `cache`; returns the languages Pagefind indexed. */
async function build(out = site(), cache = join(root, 'cache')): Promise<string[]> {
  const run = await buildInProcess({ contentDir: fixture.dir, outDir: out, cacheDir: cache });
  if (!run.result.ok) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  return run.result.searchReindexed ?? [];
}

let scratchCount = 0;
/** A build of the current content from scratch (its own site and cache), for comparison. */
async function fromScratch(): Promise<string> {
  scratchCount += 1;
  const out = join(root, `scratch-${scratchCount}`);
  expect(await build(out, join(root, `scratch-cache-${scratchCount}`))).toEqual(['en', 'es', 'fr']);
  return out;
}

/** Every file of the search index, by path, with its bytes. */
function searchIndex(dir: string, prefix = 'pagefind'): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) for (const [p, b] of searchIndex(dir, path)) files.set(p, b);
    else files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

/** The paths two indexes hold differently (or only one holds). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0))).sort();
}

const languageFiles = (lang: string) => [...searchIndex(site()).keys()].filter((p) => p.includes(`/${lang}_`));

beforeAll(() => {
  fixture = copyFixture();
  root = mkdtempSync(join(tmpdir(), 'atlas-search-rebuild-'));
});
afterAll(() => {
  fixture.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('the search index of a rebuild', { timeout: BUILD_TIMEOUT }, () => {
  let before: Map<string, Buffer>;

  test('a first build indexes every language; an unchanged rebuild indexes none and keeps the same files', async () => {
    expect(await build()).toEqual(['en', 'es', 'fr']);
    before = searchIndex(site());
    expect(languageFiles('fr').length).toBeGreaterThan(2);
    // A second name for one of the live site's files: the rebuild must link it, never write through it.
    const [fragment] = languageFiles('fr').filter((p) => p.includes('/fragment/'));
    const probe = join(root, 'probe');
    linkSync(join(site(), fragment!), probe);
    expect(await build()).toEqual([]);
    expect(differences(searchIndex(site()), before)).toEqual([]);
    expect(statSync(join(site(), fragment!)).ino).toBe(statSync(probe).ino);
    expect(readFileSync(probe).equals(before.get(fragment!)!)).toBe(true);
  });

  test("a translation's text: only its language is indexed again, and the index is a fresh build's", async () => {
    // The English translation's body shows on the English page only (fr and es show their own or the original's).
    fixture.edit('practices/street-lighting-audit/en.mdx', (t) => `${t}\nA lantern sentence added for the test.\n`);
    expect(await build()).toEqual(['en']);
    const after = searchIndex(site());
    const changed = differences(after, before);
    expect(changed).toContain('pagefind/pagefind-entry.json');
    expect(changed.some((p) => p.includes('/en_') || p.includes('.en_'))).toBe(true);
    expect(changed.filter((p) => /[/.](fr|es)_/.test(p))).toEqual([]);
    expect(differences(after, searchIndex(await fromScratch()))).toEqual([]);
  });

  test("the last site's index damaged or missing: those languages are indexed again", async () => {
    const scratch = searchIndex(join(root, `scratch-${scratchCount}`));
    const [fragment] = languageFiles('en').filter((p) => p.includes('/fragment/'));
    writeFileSync(join(site(), fragment!), 'not a fragment');
    const [filter] = languageFiles('es').filter((p) => p.includes('/filter/'));
    unlinkSync(join(site(), filter!));
    expect(await build()).toEqual(['en', 'es']);
    expect(differences(searchIndex(site()), scratch)).toEqual([]);
    // The record naming a file outside the index (a tampered cache): not read, every language indexed.
    const recordFile = join(root, 'cache', 'practice-atlas', 'search-index.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { shared: Record<string, string> };
    writeFileSync(join(root, 'outside.txt'), 'not for the site');
    // With its true hash: only the file name's form can refuse it.
    record.shared['../../outside.txt'] = fileHash(readFileSync(join(root, 'outside.txt')));
    writeFileSync(recordFile, JSON.stringify(record));
    expect(await build()).toEqual(['en', 'es', 'fr']);
    expect(differences(searchIndex(site()), scratch)).toEqual([]);
    // The record itself unreadable: every language.
    writeFileSync(recordFile, '{"format":');
    expect(await build()).toEqual(['en', 'es', 'fr']);
    expect(differences(searchIndex(site()), scratch)).toEqual([]);
  });

  test('a fact every language shows: every language is indexed again', async () => {
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) => t.replace('start: "2021-03"', 'start: "2021-04"'));
    expect(await build()).toEqual(['en', 'es', 'fr']);
    const scratch = searchIndex(await fromScratch());
    expect(differences(searchIndex(site()), scratch)).toEqual([]);
    expect(await build()).toEqual([]);
    expect(differences(searchIndex(site()), scratch)).toEqual([]);
  });
});
