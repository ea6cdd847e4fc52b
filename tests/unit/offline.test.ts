import { describe, expect, test } from 'vitest';
import {
  buildVersion,
  referencedPaths,
  saveListFiles,
  shellPaths,
  verifiedHashes,
  type BuiltFile,
} from '../../src/build/offline/lists.ts';
import { buildMarker, insertBuildMarker, readBuildMarker, removeBuildMarker } from '../../src/offline/build-marker.ts';
import { cacheName, outdatedCaches, versionOfCache } from '../../src/offline/cache-names.ts';
import { contentHash } from '../../src/offline/content-hash.ts';
import { formatBytes, missingFiles, totalOf, unionOfLists } from '../../src/offline/save-list.ts';
import {
  fileKind,
  isSaveList,
  languageOfPath,
  listHolds,
  notFoundPagePath,
  pathInSite,
  saveListPath,
  urlPathOfFile,
} from '../../src/offline/site-files.ts';
import { shortNameOf, webAppManifest } from '../../src/offline/web-app.ts';

describe('what the worker does with each file', () => {
  test.each([
    ['', 'page'],
    ['fr/practices/her-voice/', 'page'],
    ['404.html', 'page'],
    ['_astro/index.C8LhahZu.css', 'immutable'],
    ['pagefind/index/fr_1a2b3c.pf_index', 'immutable'],
    ['pagefind/fragment/en_59a6869.pf_fragment', 'immutable'],
    ['pagefind/pagefind.fr_b42f4c6022.pf_meta', 'immutable'],
    ['pagefind/pagefind-entry.json', 'verified'],
    ['pagefind/pagefind.js', 'verified'],
    ['pagefind/wasm.fr.pagefind', 'verified'],
    ['data/map/countries.json', 'verified'],
    ['fr/manifest.webmanifest', 'verified'],
    ['sw.js', 'network'],
    ['data/kpi/cities/ogou-1/women-councillors-share.csv', 'network'],
  ])('%s is %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });

  test('files map to the URLs that serve them, under any base path', () => {
    expect(urlPathOfFile('index.html')).toBe('');
    expect(urlPathOfFile('fr/practices/x/index.html')).toBe('fr/practices/x/');
    expect(urlPathOfFile('404.html')).toBe('404.html');
    expect(pathInSite('/atlas/fr/', '/atlas/')).toBe('fr/');
    expect(pathInSite('/atlas', '/atlas/')).toBe('');
    expect(pathInSite('/other/fr/', '/atlas/')).toBeUndefined();
    expect(pathInSite('/fr/browse/country/C%C3%B4te/', '/')).toBe('fr/browse/country/Côte/');
    expect(pathInSite('/fr/%E0%A4%A/', '/')).toBe('fr/%E0%A4%A/');
    expect(languageOfPath('es/map/', ['fr', 'en', 'es'])).toBe('es');
    expect(languageOfPath('data/map/es.json', ['fr', 'en', 'es'])).toBeUndefined();
    expect(isSaveList(saveListPath('fr'))).toBe(true);
    expect(isSaveList('offline/other.json')).toBe(false);
  });

  test('offline, a page is known to exist when the saved list holds it, however its address is written', () => {
    const list = {
      files: [
        ['', 1, 'a'],
        ['fr/', 1, 'b'],
        ['fr/practices/a/', 1, 'c'],
        ['_astro/x.css', 1, 'd'],
      ] as const,
    };
    for (const path of ['fr/practices/a/', 'fr/practices/a', 'fr/practices/a/index.html', '', 'fr'])
      expect(listHolds(list, path)).toBe(true);
    for (const path of ['fr/practices/b/', 'fr/practices/', 'fr/practices/a/x', 'en/'])
      expect(listHolds(list, path)).toBe(false);
    expect(notFoundPagePath('es')).toBe('es/404/');
    expect(notFoundPagePath(undefined)).toBe('404.html');
  });
});

describe('build marker', () => {
  const page = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>x</title></head><body></body></html>';

  test('goes right after the charset, is read back, and removing it gives the page as built', () => {
    const marked = insertBuildMarker(page, 'abc123');
    expect(marked).toContain(`<meta charset="utf-8">${buildMarker('abc123')}<title>`);
    expect(readBuildMarker(marked)).toBe('abc123');
    expect(removeBuildMarker(marked)).toBe(page);
    expect(readBuildMarker(page)).toBeUndefined();
  });

  test('a page without charset gets it after <head>; a page without <head> is an error', () => {
    expect(insertBuildMarker('<html><head></head></html>', 'v1')).toBe(
      `<html><head>${buildMarker('v1')}</head></html>`,
    );
    expect(() => insertBuildMarker('<p>no head</p>', 'v1')).toThrow(/no <head>/);
  });
});

describe('cache names', () => {
  test('each site on an origin keeps its own caches, one per build', () => {
    const names = [cacheName('/', 'v1'), cacheName('/', 'v2'), cacheName('/atlas/', 'v1'), 'someone-else'];
    expect(versionOfCache(cacheName('/atlas/', 'v9'), '/atlas/')).toBe('v9');
    expect(versionOfCache(cacheName('/atlas/', 'v9'), '/')).toBeUndefined();
    expect(outdatedCaches(names, '/', 'v2')).toEqual([cacheName('/', 'v1')]);
    expect(outdatedCaches(names, '/atlas/', 'v2')).toEqual([cacheName('/atlas/', 'v1')]);
  });
});

describe('sizes and the save list', () => {
  test('sizes read in the visitor language', () => {
    expect(formatBytes(8_345_000, 'en-GB')).toBe('8.3 MB');
    expect(formatBytes(8_345_000, 'fr-FR')).toMatch(/^8,3\sMo$/);
    expect(formatBytes(8_345_000, 'es-ES')).toMatch(/^8,3\sMB$/);
    expect(formatBytes(340_200, 'en-GB')).toBe('340 kB');
    expect(formatBytes(12, 'en-GB')).toBe('0.1 kB');
    expect(formatBytes(2_500_000_000, 'en-GB')).toBe('2.5 GB');
  });

  test('totals and what is still missing', () => {
    const list = {
      version: 'v',
      lang: 'fr',
      files: [
        ['fr/', 100, 'a'],
        ['_astro/x.js', 50, 'b'],
        ['fr/map/', 25, 'c'],
      ] as [string, number, string][],
    };
    expect(totalOf(list.files)).toEqual({ count: 3, bytes: 175 });
    expect(missingFiles(list.files, new Set(['fr/', 'other']))).toEqual([list.files[1], list.files[2]]);
  });

  test('every language together: the shared files counted once', () => {
    const fr = {
      version: 'v',
      lang: 'fr',
      files: [
        ['fr/', 100, 'a'],
        ['_astro/x.js', 50, 'b'],
      ] as [string, number, string][],
    };
    const es = {
      version: 'v',
      lang: 'es',
      files: [
        ['_astro/x.js', 50, 'b'],
        ['es/', 90, 'c'],
      ] as [string, number, string][],
    };
    const all = unionOfLists([fr, es]);
    expect(all.map(([path]) => path)).toEqual(['fr/', '_astro/x.js', 'es/']);
    expect(totalOf(all)).toEqual({ count: 3, bytes: 240 });
  });
});

describe('the offline build lists', () => {
  const base = '/atlas/';
  const page = (lang: string, route: string, refs: string[]): BuiltFile => ({
    file: `${lang}/${route}index.html`,
    bytes: 1000,
    hash: `h-${lang}-${route}`,
    refs,
  });
  const asset = (file: string, bytes = 10): BuiltFile => ({ file, bytes, hash: `h-${file}` });
  const entry = { languages: { fr: { hash: 'fr_111', wasm: 'fr' }, en: { hash: 'en_222', wasm: 'en' } } };
  const files: BuiltFile[] = [
    page('fr', '', ['_astro/global.1.css', '_astro/layout.2.js', 'favicon.svg', 'en/']),
    page('fr', 'offline/unavailable/', ['_astro/global.1.css', '_astro/layout.2.js']),
    page('fr', 'practices/a/', [
      '_astro/global.1.css',
      '_astro/layout.2.js',
      'media/practices/a/photo.jpg',
      'data/kpi/x.csv',
    ]),
    page('en', '', ['_astro/global.1.css', '_astro/layout.2.js']),
    page('en', 'offline/unavailable/', ['_astro/global.1.css', '_astro/layout.2.js', '_astro/map.3.js']),
    page('fr', '404/', ['_astro/global.1.css', '_astro/layout.2.js']),
    { file: '404.html', bytes: 400, hash: 'h-404', refs: ['_astro/global.1.css', '_astro/root.4.css'] },
    { file: 'index.html', bytes: 500, hash: 'h-root', refs: ['_astro/global.1.css', '_astro/layout.2.js'] },
    asset('_astro/global.1.css'),
    asset('_astro/layout.2.js'),
    asset('_astro/map.3.js'),
    asset('_astro/root.4.css'),
    asset('favicon.svg'),
    asset('media/practices/a/photo.jpg', 50_000),
    asset('data/kpi/x.csv'),
    asset('data/map/fr.json'),
    asset('data/map/en.json'),
    asset('data/map/countries.json'),
    asset('fr/manifest.webmanifest'),
    asset('icons/icon-192.png'),
    asset('pagefind/pagefind.js'),
    asset('pagefind/pagefind-worker.js'),
    asset('pagefind/pagefind-entry.json'),
    asset('pagefind/pagefind-ui.js'),
    asset('pagefind/wasm.fr.pagefind'),
    asset('pagefind/wasm.en.pagefind'),
    asset('pagefind/pagefind.fr_111.pf_meta'),
    asset('pagefind/pagefind.en_222.pf_meta'),
    asset('pagefind/index/fr_aaa.pf_index'),
    asset('pagefind/fragment/fr_bbb.pf_fragment'),
    asset('pagefind/index/en_ccc.pf_index'),
  ];

  test('a page refers to the files of its site, not to other hosts or anchors', () => {
    const html =
      '<link href="/atlas/_astro/a.css"><a href="#x"></a><a href="https://example.org/">x</a><img src="/atlas/media/p.jpg?x=1" srcset="/atlas/media/p-1.jpg 1x, /atlas/media/p-2.jpg 2x"><a href="//cdn.example/x">';
    expect(referencedPaths(html, base).sort()).toEqual([
      '_astro/a.css',
      'media/p-1.jpg',
      'media/p-2.jpg',
      'media/p.jpg',
    ]);
    const inline =
      '<script type="module">import{a as b}from"/atlas/_astro/chunk.1.js";import(`/atlas/_astro/lazy.2.js`)</script>';
    expect(referencedPaths(inline, base).sort()).toEqual(['_astro/chunk.1.js', '_astro/lazy.2.js']);
  });

  test('the save list of a language has its pages, their files, its search index and the map, and nothing of the other languages', () => {
    const paths = saveListFiles(files, 'fr', entry).map(([path]) => path);
    expect(paths).toEqual([
      '',
      '_astro/global.1.css',
      '_astro/layout.2.js',
      '_astro/map.3.js',
      '_astro/root.4.css',
      'data/map/countries.json',
      'data/map/fr.json',
      'favicon.svg',
      'fr/',
      'fr/404/',
      'fr/manifest.webmanifest',
      'fr/offline/unavailable/',
      'fr/practices/a/',
      'icons/icon-192.png',
      'media/practices/a/photo.jpg',
      'pagefind/fragment/fr_bbb.pf_fragment',
      'pagefind/index/fr_aaa.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.fr_111.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.fr.pagefind',
    ]);
    const photo = saveListFiles(files, 'fr', entry).find(([path]) => path === 'media/practices/a/photo.jpg');
    expect(photo).toEqual(['media/practices/a/photo.jpg', 50_000, 'h-media/practices/a/photo.jpg']);
  });

  test('the shell is small: the unavailable and not-found pages with what they load, and the search entry', () => {
    expect(shellPaths(files, ['fr', 'en'])).toEqual([
      '404.html',
      '_astro/global.1.css',
      '_astro/layout.2.js',
      '_astro/map.3.js',
      '_astro/root.4.css',
      'en/offline/unavailable/',
      'favicon.svg',
      'fr/404/',
      'fr/offline/unavailable/',
      'pagefind/pagefind-entry.json',
    ]);
  });

  test('only files whose name does not follow their content are verified by hash', () => {
    const hashes = verifiedHashes(files);
    expect(hashes['pagefind/pagefind-entry.json']).toBe('h-pagefind/pagefind-entry.json');
    expect(hashes['data/map/fr.json']).toBe('h-data/map/fr.json');
    expect(
      Object.keys(hashes).filter(
        (p) => p.startsWith('_astro/') || p.endsWith('/') || p.startsWith('data/kpi/') || p.includes('pf_'),
      ),
    ).toEqual([]);
  });

  test('the version follows the content only', async () => {
    const version = await buildVersion(files);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(await buildVersion([...files].reverse())).toBe(version);
    const changed = files.map((f) => (f.file === 'data/map/fr.json' ? { ...f, hash: 'other' } : f));
    expect(await buildVersion(changed)).not.toBe(version);
  });

  test('content hashes are the same in Node and in the worker (Web Crypto), and differ with content', async () => {
    expect(await contentHash('abc')).toBe('ba7816bf8f01cfea');
    expect(await contentHash(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea');
    expect(await contentHash('abd')).not.toBe(await contentHash('abc'));
  });
});

describe('web app manifest', () => {
  test('per language: name, start and scope at the language root under the base path, icons', () => {
    const manifest = webAppManifest(
      { name: { fr: 'Atlas des pratiques', en: 'Practice Atlas' }, colours: { accent: '#123456' } },
      'fr',
      '/atlas/',
    );
    expect(manifest).toMatchObject({
      name: 'Atlas des pratiques',
      lang: 'fr',
      start_url: '/atlas/fr/',
      scope: '/atlas/fr/',
      id: '/atlas/fr/',
      theme_color: '#123456',
      background_color: '#ffffff',
      display: 'standalone',
    });
    expect((manifest.icons as { src: string; purpose: string }[]).map((i) => `${i.src} ${i.purpose}`)).toEqual([
      '/atlas/icons/icon-192.png any',
      '/atlas/icons/icon-512.png any',
      '/atlas/icons/icon-maskable-512.png maskable',
    ]);
  });
  test('short names fit a home screen, cut at a word', () => {
    expect(shortNameOf('Practice Atlas')).toBe('Practice Atlas');
    expect(shortNameOf('Atlas des pratiques')).toBe('Atlas');
    expect(shortNameOf('Atlas de prácticas')).toBe('Atlas');
    expect(shortNameOf('Atlasdespratiquesmunicipales')).toBe('Atlasdespratiqu');
  });
});
