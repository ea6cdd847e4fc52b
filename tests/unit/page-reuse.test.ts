/**
 * The build's reuse of unchanged pages (src/site/page-reuse.ts) on files
 * in a temporary folder: which pages a route still has Astro render, the
 * files linked from the last site, and the manifest recorded once the new
 * site is in place. Every doubt must render the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NO_KEY } from '../../src/site/cache-key.ts';
import {
  fileOf,
  finishReuse,
  leaveOutReused,
  prepareReuse,
  recordedReuse,
  recordReusablePages,
  setRouteFiles,
  type RouteFiles,
} from '../../src/site/page-reuse.ts';

const practice: RouteFiles = {
  type: 'page',
  generate: (params) => `/${params.lang}/practices/${params.id}/`,
};
const dataFile: RouteFiles = { type: 'endpoint', generate: (params) => `/data/${params.file}` };
const ROUTE = '/[lang]/practices/[id]';
const DATA = '/data/[file]';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-reuse-'));
  setRouteFiles(
    new Map([
      [ROUTE, practice],
      [DATA, dataFile],
    ]),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cacheDir = () => join(root, 'cache');
const pages = (keys: Record<string, string | undefined>) =>
  Object.entries(keys).map(([id, cacheKey]) => ({ params: { lang: 'fr', id }, ...(cacheKey ? { cacheKey } : {}) }));

/** One build: the pages Astro renders are written into `out` by "Astro", the others linked; the manifest recorded. */
function build(out: string, from: string, keys: Record<string, string | undefined>, code = 'code-1') {
  prepareReuse({ from, cacheDir: cacheDir(), code });
  const { render, reused } = leaveOutReused(ROUTE, pages(keys));
  rmSync(out, { recursive: true, force: true });
  for (const path of render) {
    const file = join(out, fileOf(practice, path.params));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${path.params.id} ${path.cacheKey ?? 'no key'}`);
  }
  const counts = finishReuse(out);
  return { rendered: render.map((p) => p.params.id), reused: reused.map((p) => p.params.id), counts };
}

/** The new site put in place of the last one, and recorded (build.ts after its swap). */
function swap(next: string) {
  rmSync(join(root, 'site'), { recursive: true, force: true });
  renameSync(next, join(root, 'site'));
  recordReusablePages(cacheDir(), join(root, 'site'));
}

describe('reuse of unchanged pages', () => {
  test("the file a page writes: a page's index.html, an endpoint's own name", () => {
    expect(fileOf(practice, { lang: 'es', id: 'x' })).toBe('es/practices/x/index.html');
    expect(fileOf(dataFile, { file: 'practices.fr.csv' })).toBe('data/practices.fr.csv');
    expect(fileOf({ type: 'page', generate: () => '/' }, {})).toBe('index.html');
  });

  test('a first build renders everything; the manifest is recorded only once the site is in place', () => {
    const first = build(join(root, 'site'), join(root, 'site'), { a: 'k1', b: 'k2', c: undefined, d: NO_KEY });
    expect(first.rendered).toEqual(['a', 'b', 'c', 'd']);
    expect(first.counts).toEqual({ keyed: 2, reused: 0 });
    expect(recordedReuse(cacheDir())).toBeUndefined();
    expect(recordReusablePages(cacheDir(), join(root, 'site'))).toBe(2);
    expect(recordedReuse(cacheDir())).toEqual({
      reusable: ['fr/practices/a/index.html', 'fr/practices/b/index.html'],
      reused: [],
    });
  });

  test('the same keys: the keyed pages are linked from the last site, the others rendered', () => {
    const next = join(root, 'next');
    const run = build(next, join(root, 'site'), { a: 'k1', b: 'k2', c: undefined });
    expect(run.rendered).toEqual(['c']);
    expect(run.reused).toEqual(['a', 'b']);
    const linked = join(next, 'fr/practices/a/index.html');
    expect(statSync(linked).ino).toBe(statSync(join(root, 'site/fr/practices/a/index.html')).ino);
    expect(readFileSync(linked, 'utf8')).toBe('a k1');
    // The new site takes the place of the last, as the swap does; then its files are recorded.
    swap(next);
    expect(recordedReuse(cacheDir())?.reused).toEqual(['fr/practices/a/index.html', 'fr/practices/b/index.html']);
  });

  test('another key, a file modified or missing, other code, no last site: rendered again', () => {
    const site = join(root, 'site');
    const file = (id: string) => join(site, `fr/practices/${id}/index.html`);
    // Four more pages in the last site, recorded.
    build(join(root, 'next'), site, { a: 'k1', b: 'k2', e: 'k5', f: 'k6', g: 'k7' });
    const whole = 1_700_000_000; // a time in whole seconds, which a copy restores exactly
    utimesSync(join(root, 'next/fr/practices/g/index.html'), whole, whole);
    swap(join(root, 'next'));

    writeFileSync(file('b'), 'b k2 edited on the server');
    // Written again with the same bytes: another time, so not the file recorded.
    writeFileSync(file('e'), 'e k5');
    utimesSync(file('e'), new Date(), new Date(Date.now() + 5000));
    rmSync(file('f'));
    // A copy that keeps the time (a CI cache restored): the same file.
    rmSync(file('g'));
    writeFileSync(file('g'), 'g k7');
    utimesSync(file('g'), whole, whole);
    const run = build(join(root, 'next'), site, { a: 'k1-changed', b: 'k2', e: 'k5', f: 'k6', g: 'k7' });
    expect(run.rendered).toEqual(['a', 'b', 'e', 'f']);
    expect(run.reused).toEqual(['g']);
    expect(readFileSync(join(root, 'next/fr/practices/b/index.html'), 'utf8')).toBe('b k2');

    const otherCode = build(join(root, 'other'), site, { e: 'k5', g: 'k7' }, 'code-2');
    expect(otherCode.reused).toEqual([]);
    const gone = build(join(root, 'other'), join(root, 'no-such-site'), { e: 'k5', g: 'k7' });
    expect(gone.reused).toEqual([]);
  });
});
