import { describe, expect, test } from 'vitest';
import { fileHash } from '../../src/build/offline/file-hash.ts';
import { insertBuildMarker } from '../../src/offline/build-marker.ts';
import {
  isIndexFilePath,
  joinPagefindEntries,
  keptEntry,
  languageDigest,
  languageOfIndexFile,
  languagesToReindex,
  pageHash,
  SEARCH_RECORD_FORMAT,
  type PagefindEntry,
  type SearchIndexRecord,
} from '../../src/build/search-reuse.ts';

const LANGUAGES = ['fr', 'en', 'es'];

/** pagefind-entry.json as Pagefind 1.6 wrote it for the 1,000-practice benchmark catalogue. */
const WRITTEN_ENTRY =
  '{"version":"1.6.0","languages":{"en":{"hash":"en_683ce617f5","wasm":"en","page_count":1000},"es":{"hash":"es_3311c2833b","wasm":"es","page_count":1000},"fr":{"hash":"fr_c7c6126e36","wasm":"fr","page_count":1000}},"include_characters":["_","‿","⁀","⁔","︳","︴","﹍","﹎","﹏","＿"]}';

describe("a page's hash", () => {
  const page =
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Audit</title></head><body><article data-pagefind-body><h1>Audit de l’éclairage</h1></article></body></html>';

  test("is the page's as built: a marker of an earlier build (a page kept from the last site) does not count", () => {
    const bytes = Buffer.from(page);
    const marked = Buffer.from(insertBuildMarker(page, '340c4ea1a47b'));
    expect(marked.length).toBeGreaterThan(bytes.length);
    expect(pageHash(marked)).toBe(pageHash(bytes));
    // The offline step's content hash of the page as built is its first 16 digits.
    expect(pageHash(marked).slice(0, 16)).toBe(fileHash(bytes));
  });

  test('changes with any other byte, also a marker written anywhere else than after the charset', () => {
    const hash = pageHash(Buffer.from(page));
    expect(pageHash(Buffer.from(page.replace('Audit de', 'Audit du')))).not.toBe(hash);
    const elsewhere = page.replace('<body>', '<body><meta name="atlas-build" content="340c4ea1a47b">');
    expect(pageHash(Buffer.from(elsewhere))).not.toBe(hash);
  });
});

describe("a language's digest", () => {
  const pages = [
    { path: 'fr/practices/a/index.html', sha256: 'aa' },
    { path: 'fr/practices/b/index.html', sha256: 'bb' },
  ];
  const setup = 'pagefind 1.6.0\0{}\0*/practices/*/index.html';

  test('does not depend on the order the pages were listed in', () => {
    expect(languageDigest(setup, pages)).toBe(languageDigest(setup, [...pages].reverse()));
  });

  test("changes with a page's bytes, a page's path, a page more or less, and Pagefind's version or options", () => {
    const digest = languageDigest(setup, pages);
    const others = [
      languageDigest(setup, [pages[0]!, { ...pages[1]!, sha256: 'bc' }]),
      languageDigest(setup, [pages[0]!, { ...pages[1]!, path: 'fr/practices/c/index.html' }]),
      languageDigest(setup, [pages[0]!]),
      languageDigest(setup, [...pages, { path: 'fr/practices/c/index.html', sha256: 'cc' }]),
      languageDigest(setup.replace('1.6.0', '1.6.1'), pages),
      languageDigest(setup.replace('{}', '{"forceLanguage":"fr"}'), pages),
    ];
    expect(new Set([digest, ...others]).size).toBe(others.length + 1);
  });

  test('cannot be matched by moving text between a path and a hash', () => {
    expect(languageDigest(setup, [{ path: 'a', sha256: 'b\0c' }])).not.toBe(
      languageDigest(setup, [{ path: 'a\0b', sha256: 'c' }]),
    );
  });
});

describe("an index file's language", () => {
  test.each([
    ['index/en_2b1f6b1.pf_index', 'en'],
    ['fragment/fr_f1ec9d5.pf_fragment', 'fr'],
    ['filter/es_8d2a7c1.pf_filter', 'es'],
    ['pagefind.en_683ce617f5.pf_meta', 'en'],
    ['wasm.es.pagefind', 'es'],
    ['wasm.unknown.pagefind', undefined],
    ['pagefind.js', undefined],
    ['pagefind-worker.js', undefined],
    ['pagefind-ui.css', undefined],
    ['pagefind-entry.json', undefined],
  ])('%s: %s', (file, lang) => {
    expect(languageOfIndexFile(file, LANGUAGES)).toBe(lang);
  });
});

describe('the files a record may name', () => {
  test.each(['index/en_2b1f6b1.pf_index', 'pagefind.en_683ce617f5.pf_meta', 'wasm.unknown.pagefind', 'pagefind-ui.js'])(
    '%s, as Pagefind writes it',
    (file) => expect(isIndexFilePath(file)).toBe(true),
  );
  test.each(['../../etc/passwd', 'index/../../x', '/etc/passwd', '.htaccess', 'a/b/c', 'index\\x', 'fragment/', ''])(
    '%s: not a file of the index',
    (file) => expect(isIndexFilePath(file)).toBe(false),
  );
});

describe('the languages to index again', () => {
  const digests = { en: 'd-en', es: 'd-es', fr: 'd-fr' };
  const files = (lang: string) => ({ [`fragment/${lang}_1.pf_fragment`]: `h-${lang}` });
  const record: SearchIndexRecord = {
    format: SEARCH_RECORD_FORMAT,
    entry: JSON.parse(WRITTEN_ENTRY) as PagefindEntry,
    shared: { 'pagefind.js': 'h-js' },
    languages: Object.fromEntries(
      Object.keys(digests).map((lang) => [lang, { digest: `d-${lang}`, files: files(lang) }]),
    ),
  };
  const allIntact = () => true;

  test('none when every digest is the same and the last site holds every file', () => {
    expect(languagesToReindex(digests, record, allIntact)).toEqual([]);
  });

  test('every language without a record, or with a record of another format', () => {
    expect(languagesToReindex(digests, undefined, allIntact)).toEqual(['en', 'es', 'fr']);
    expect(languagesToReindex(digests, { ...record, format: SEARCH_RECORD_FORMAT + 1 }, allIntact)).toEqual([
      'en',
      'es',
      'fr',
    ]);
  });

  test('a language whose digest changed, or that the record does not know', () => {
    expect(languagesToReindex({ ...digests, es: 'changed' }, record, allIntact)).toEqual(['es']);
    expect(languagesToReindex({ ...digests, de: 'd-de' }, record, allIntact)).toEqual(['de']);
  });

  test('a language whose files the last site does not hold intact; its files are the only ones checked', () => {
    const checked: string[] = [];
    const intact = (f: Readonly<Record<string, string>>) => {
      checked.push(...Object.keys(f));
      return !('fragment/fr_1.pf_fragment' in f);
    };
    expect(languagesToReindex({ ...digests, en: 'changed' }, record, intact)).toEqual(['en', 'fr']);
    // The files of a language indexed anyway are not read.
    expect(checked).not.toContain('fragment/en_1.pf_fragment');
  });

  test('every language when none would be indexed and the files of no language are not intact', () => {
    const sharedBroken = (f: Readonly<Record<string, string>>) => !('pagefind.js' in f);
    expect(languagesToReindex(digests, record, sharedBroken)).toEqual(['en', 'es', 'fr']);
    // With a language indexed, Pagefind writes those files anyway.
    expect(languagesToReindex({ ...digests, fr: 'changed' }, record, sharedBroken)).toEqual(['fr']);
  });
});

describe("Pagefind's entry", () => {
  const written = JSON.parse(WRITTEN_ENTRY) as PagefindEntry;
  const record = { format: SEARCH_RECORD_FORMAT, entry: written, shared: {}, languages: {} };

  test('every language kept: the entry is the one Pagefind wrote, byte for byte', () => {
    expect(joinPagefindEntries([keptEntry(record, ['fr', 'en', 'es'])])).toBe(WRITTEN_ENTRY);
  });

  test("one language indexed again: its line from Pagefind's new entry, in Pagefind's order", () => {
    const fresh = { ...written, languages: { en: { hash: 'en_0000000001', wasm: 'en', page_count: 1001 } } };
    const joined = joinPagefindEntries([fresh, keptEntry(record, ['es', 'fr'])])!;
    expect(joined).toBe(WRITTEN_ENTRY.replace('en_683ce617f5', 'en_0000000001').replace('1000}', '1001}'));
    expect(Object.keys(JSON.parse(joined) as object)).toEqual(['version', 'languages', 'include_characters']);
  });

  test('kept lines of another Pagefind version are not joined', () => {
    const fresh = { ...written, version: '1.7.0', languages: { en: {} } };
    expect(joinPagefindEntries([fresh, keptEntry(record, ['es', 'fr'])])).toBeUndefined();
  });
});
