/**
 * The offline step over a small built site on disk: the marker written in
 * place equals insertBuildMarker's text, the lists carry the files pages
 * use (also with non-ASCII names), and a rebuild reads the files pages use
 * from the cache without changing anything it writes.
 */
import {
  cpSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileHash } from '../../src/build/offline/file-hash.ts';
import { writeOfflineFiles, type OfflineReport } from '../../src/build/offline/files.ts';
import { PathInterner, usedFiles } from '../../src/build/offline/lists.ts';
import { insertBuildMarker, readBuildMarker } from '../../src/offline/build-marker.ts';
import { contentHash } from '../../src/offline/content-hash.ts';
import type { SaveList } from '../../src/offline/save-list.ts';

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#246"/></svg>';
const long = 'é'.repeat(3000); // 6,000 bytes: the charset comes after the first 4,096
const PAGES: Record<string, string> = {
  'index.html':
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"></head><body><a href="/fr/">fr</a></body></html>',
  'fr/index.html': `<!doctype html><html lang="fr"><head><title>${long}</title><meta charset="utf-8"><link rel="stylesheet" href="/_astro/a.css"></head><body><img src="/media/été.jpg" alt=""><a href="/fr/offline/unavailable/">x</a><a href="/data/kpi/x.csv">csv</a></body></html>`,
  'fr/offline/unavailable/index.html':
    '<html lang="fr"><head><link rel="stylesheet" href="/_astro/a.css"></head><body>Pas enregistrée</body></html>',
};
const ASSETS: Record<string, string> = {
  '_astro/a.css': 'body{color:#000}',
  'media/été.jpg': 'not really a jpeg',
  'data/kpi/x.csv': 'a,b\n',
  'favicon.svg': FAVICON,
  'pagefind/pagefind-entry.json': JSON.stringify({
    version: '1',
    languages: { fr: { hash: 'fr_1', wasm: 'fr', page_count: 1 } },
  }),
};
const site = { name: { fr: 'Atlas' } };

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  for (const [file, text] of Object.entries({ ...PAGES, ...ASSETS })) {
    mkdirSync(dirname(join(root, 'built', file)), { recursive: true });
    writeFileSync(join(root, 'built', file), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(name: string, base = '/', cache = join(root, 'refs.json')): Promise<OfflineReport> {
  const dir = join(root, name);
  cpSync(join(root, 'built'), dir, { recursive: true });
  return writeOfflineFiles(dir, { base, site, refsCacheFile: cache });
}

function filesOf(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(
        join(entry.parentPath, entry.name),
        'latin1',
      );
  }
  return found;
}

describe('the offline step on disk', () => {
  test('marks every page as insertBuildMarker would, and lists the files the pages use', async () => {
    const report = await run('first');
    expect(report.version).toMatch(/^[0-9a-f]{12}$/);
    for (const [file, html] of Object.entries(PAGES)) {
      const written = readFileSync(join(root, 'first', file), 'utf8');
      expect(written).toBe(insertBuildMarker(html, report.version));
      expect(readBuildMarker(written)).toBe(report.version);
    }
    const list = JSON.parse(readFileSync(join(root, 'first', 'offline', 'files-fr.json'), 'utf8')) as SaveList;
    const photo = list.files.find(([path]) => path === 'media/été.jpg');
    expect(photo).toEqual([
      'media/été.jpg',
      Buffer.byteLength(ASSETS['media/été.jpg']!),
      await contentHash(new TextEncoder().encode(ASSETS['media/été.jpg'])),
    ]);
    // Pages are listed with the marker's bytes; KPI downloads are not saved.
    const home = list.files.find(([path]) => path === 'fr/')!;
    expect(home[1]).toBe(Buffer.byteLength(insertBuildMarker(PAGES['fr/index.html']!, report.version)));
    expect(list.files.map(([path]) => path)).not.toContain('data/kpi/x.csv');
    expect(report.pagesReadFromCache).toEqual({ cached: 0, pages: 3 });
  });

  test('a rebuild of the same site reads the pages from the cache and writes the same files', async () => {
    const again = await run('again');
    expect(again.pagesReadFromCache).toEqual({ cached: 3, pages: 3 });
    expect(filesOf(join(root, 'again'))).toEqual(filesOf(join(root, 'first')));
  });

  test('another base path, or an unreadable cache, starts from the pages', async () => {
    expect((await run('based', '/atlas/')).pagesReadFromCache.cached).toBe(0);
    writeFileSync(join(root, 'broken.json'), '{"key":');
    const broken = await run('broken', '/', join(root, 'broken.json'));
    expect(broken.pagesReadFromCache.cached).toBe(0);
    expect(filesOf(join(root, 'broken'))).toEqual(filesOf(join(root, 'first')));
  });

  test("pages linked from the last site: written as new files, the last build's marker replaced", async () => {
    // A new build (one more asset, so another version) whose pages and files are hard links into the last site.
    const last = join(root, 'first');
    const before = filesOf(last);
    const build = async (name: string, linked: boolean) => {
      const dir = join(root, name);
      cpSync(join(root, 'built'), dir, { recursive: true });
      writeFileSync(join(dir, '_astro', 'b.css'), 'p{margin:0}');
      if (linked)
        for (const file of [...Object.keys(PAGES), 'data/kpi/x.csv']) {
          rmSync(join(dir, file));
          linkSync(join(last, file), join(dir, file));
        }
      return { dir, report: await writeOfflineFiles(dir, { base: '/', site, refsCacheFile: join(root, 'refs.json') }) };
    };
    const scratch = await build('unlinked', false);
    const linked = await build('linked', true);
    expect(linked.report.version).not.toBe(readBuildMarker(before['index.html']!));
    // The site built from scratch: the last build's marker is not part of a page as built…
    expect(filesOf(linked.dir)).toEqual(filesOf(scratch.dir));
    for (const file of Object.keys(PAGES)) {
      expect(readFileSync(join(linked.dir, file), 'utf8').match(/<meta name="atlas-build"/g)).toHaveLength(1);
      // …and each page a file of its own: nothing was written through the link into the last site.
      expect(statSync(join(linked.dir, file)).ino).not.toBe(statSync(join(last, file)).ino);
    }
    expect(filesOf(last)).toEqual(before);
  });

  test('a page that already carries a marker, alone (a copy from the last site): the marker replaced in place', async () => {
    const dir = join(root, 'copied');
    cpSync(join(root, 'first'), dir, { recursive: true });
    rmSync(join(dir, 'sw.js'));
    rmSync(join(dir, 'offline'), { recursive: true });
    await writeOfflineFiles(dir, { base: '/', site, refsCacheFile: join(root, 'refs.json') });
    expect(filesOf(dir)).toEqual(filesOf(join(root, 'first')));
  });
});

describe('what the offline step keeps of a page', () => {
  test('only the files it uses, not the pages it links or the downloads', () => {
    expect(
      usedFiles(['fr/', 'fr/x/index.html', '_astro/a.css', 'media/p.jpg', 'data/kpi/x.csv', 'data/map/fr.json']),
    ).toEqual(['_astro/a.css', 'media/p.jpg', 'data/map/fr.json']);
  });

  test('one copy per distinct path', () => {
    const paths = new PathInterner();
    const page = '<img src="/media/p.jpg">';
    const cut = page.slice(11, 22);
    expect(paths.intern(cut)).toBe('media/p.jpg');
    expect(paths.internAll(['media/p.jpg', 'media/q.jpg'])).toEqual(['media/p.jpg', 'media/q.jpg']);
  });

  test("the build's hash of a file is the worker's (Web Crypto)", async () => {
    for (const text of ['', 'abc', 'é'.repeat(10_000)]) {
      const bytes = new TextEncoder().encode(text);
      expect(fileHash(bytes)).toBe(await contentHash(bytes));
    }
  });
});
