/**
 * The search stage of a build in one process. Pagefind indexes only the
 * languages whose indexed pages changed since the last successful build
 * (search-reuse.ts decides, from the digest of the pages as Pagefind reads
 * them); the other languages' index files are taken from the last site,
 * checked against their recorded hashes and hard-linked (else copied) into
 * staging, and the entry file is joined. The index is the same, byte for
 * byte, as Pagefind indexing every language (tests/integration/search-rebuild.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkOrCopy } from '../site/page-reuse.ts';
import { fileHash } from './offline/file-hash.ts';
import { INDEXED_PAGES, openSearchIndex, PAGEFIND_OPTIONS, pagefindVersion } from './search-index.ts';
import {
  joinPagefindEntries,
  keptEntry,
  languageDigest,
  languageOfIndexFile,
  isIndexFilePath,
  languagesToReindex,
  pageHash,
  SEARCH_RECORD_FORMAT,
  type IndexedPage,
  type PagefindEntry,
  type SearchIndexRecord,
} from './search-reuse.ts';

const INDEX_DIR = 'pagefind';
const ENTRY_FILE = 'pagefind-entry.json';

export interface SearchStageOptions {
  staging: string;
  /** The site this build replaces (its output folder), whose index files may be kept. */
  lastSite: string;
  /** The published languages. */
  languages: readonly string[];
  /** The record of the last index (in the build's cache folder). */
  recordFile: string;
}

export interface SearchWritten {
  /** Pages indexed per language, as the entry file records them. */
  pagesByLanguage: Record<string, number>;
  /** The languages Pagefind indexed; the others' files were kept from the last site. */
  reindexed: string[];
  /** To save once the site is in place (saveSearchRecord). */
  record: SearchIndexRecord;
}

export interface SearchStarted {
  /** Each indexed page's content hash (offline/file-hash.ts), by path in the site: the offline step's, computed once. */
  pageHashes: ReadonlyMap<string, string>;
  /** Pagefind writing what it indexed, then the kept languages' files and the joined entry. */
  written: Promise<SearchWritten>;
}

/**
 * Hashes the indexed pages, decides which languages Pagefind indexes, and
 * has it read their pages; resolves once the pages are read (the offline
 * step may then mark them), with the writing still under way.
 */
export async function startSearchStage(options: SearchStageOptions): Promise<SearchStarted> {
  const { staging, lastSite, languages } = options;
  const setup = `pagefind ${pagefindVersion()}\0${JSON.stringify(PAGEFIND_OPTIONS)}\0${INDEXED_PAGES}`;
  const pageHashes = new Map<string, string>();
  const pageCounts: Record<string, number> = {};
  const digests: Record<string, string> = {};
  for (const lang of languages) {
    const pages: IndexedPage[] = indexedPagePaths(staging, lang).map((path) => {
      const sha256 = pageHash(readFileSync(join(staging, path)));
      // The offline step's content hash of the same page as built (offline/file-hash.ts).
      pageHashes.set(path, sha256.slice(0, 16));
      return { path, sha256 };
    });
    pageCounts[lang] = pages.length;
    digests[lang] = languageDigest(setup, pages);
  }
  const record = readSearchRecord(options.recordFile);
  const reindexed = languagesToReindex(digests, record, (files) => intactIn(join(lastSite, INDEX_DIR), files));
  const kept = languages.filter((lang) => !reindexed.includes(lang));

  // Pagefind runs when a language needs it, and with no record at all (a site without languages: its empty index).
  const indexer = reindexed.length > 0 || !record ? await openSearchIndex() : undefined;
  try {
    const added = await indexer?.addPagesOf(staging, reindexed);
    const expected = reindexed.reduce((sum, lang) => sum + pageCounts[lang]!, 0);
    if (indexer && added !== expected)
      throw new Error(`Pagefind found ${added} pages to index where the build counted ${expected}.`);
  } catch (error) {
    await indexer?.close();
    throw error;
  }

  const written = (async (): Promise<SearchWritten> => {
    const dir = join(staging, INDEX_DIR);
    let entries: PagefindEntry[] = [];
    let written: Record<string, string> = {};
    if (indexer) {
      try {
        await indexer.writeInto(staging);
      } finally {
        await indexer.close();
      }
      const entry = JSON.parse(readFileSync(join(dir, ENTRY_FILE), 'utf8')) as PagefindEntry;
      checkWritten(entry, reindexed, pageCounts);
      entries = [entry];
      written = hashesOf(dir);
    }
    // Every language kept: Pagefind did not run, so its files of no language come from the last site too.
    const linked = kept.flatMap((lang) => Object.keys(record!.languages[lang]!.files));
    if (!indexer) linked.push(...Object.keys(record!.shared));
    for (const folder of new Set(linked.map((file) => dirname(join(dir, file)))))
      mkdirSync(folder, { recursive: true });
    for (const file of linked) keepFile(join(lastSite, INDEX_DIR, file), join(dir, file));
    if (kept.length > 0) entries.push(keptEntry(record!, kept));
    const joined = joinPagefindEntries(entries);
    if (joined === undefined)
      throw new Error(`The search index kept from ${lastSite} was written by another version or setting of Pagefind.`);
    writeFileSync(join(dir, ENTRY_FILE), joined);

    const entry = JSON.parse(joined) as PagefindEntry;
    const filesOf = (lang: string | undefined) =>
      Object.fromEntries(
        Object.entries(written).filter(
          ([file]) => languageOfIndexFile(file, languages) === lang && file !== ENTRY_FILE,
        ),
      );
    const next: SearchIndexRecord = {
      format: SEARCH_RECORD_FORMAT,
      entry,
      shared: indexer ? filesOf(undefined) : record!.shared,
      languages: Object.fromEntries(
        languages.map((lang) => [
          lang,
          { digest: digests[lang]!, files: kept.includes(lang) ? record!.languages[lang]!.files : filesOf(lang) },
        ]),
      ),
    };
    const pagesByLanguage = Object.fromEntries(
      Object.entries(entry.languages).map(([lang, line]) => [lang, (line as { page_count: number }).page_count]),
    );
    return { pagesByLanguage, reindexed, record: next };
  })();
  return { pageHashes, written };
}

/** Writes the record beside, then renames it: an interrupted write leaves the last record. */
export function saveSearchRecord(file: string, record: SearchIndexRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(record));
  renameSync(partial, file);
}

/** The record of the last index, or undefined when there is none or it does not read as one. */
export function readSearchRecord(file: string): SearchIndexRecord | undefined {
  let read: Partial<SearchIndexRecord>;
  try {
    read = JSON.parse(readFileSync(file, 'utf8')) as Partial<SearchIndexRecord>;
  } catch {
    return undefined;
  }
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const complete =
    read.format === SEARCH_RECORD_FORMAT &&
    isObject(read.entry) &&
    isObject(read.entry.languages) &&
    isObject(read.shared) &&
    isObject(read.languages) &&
    Object.values(read.languages).every((l) => isObject(l) && typeof l.digest === 'string' && isObject(l.files));
  if (!complete) return undefined;
  // Its file names are joined to the last site's folder and linked into the new site: only Pagefind's own forms.
  const fileLists = [read.shared!, ...Object.values(read.languages!).map((l) => l.files)];
  const wellFormed = fileLists.every((files) =>
    Object.entries(files).every(([file, hash]) => isIndexFilePath(file) && typeof hash === 'string'),
  );
  return wellFormed ? (read as SearchIndexRecord) : undefined;
}

/** The indexed pages of a language in a site folder (INDEXED_PAGES), as paths with `/`, in order. */
function indexedPagePaths(site: string, lang: string): string[] {
  const [, folder, , page] = INDEXED_PAGES.split('/') as [string, string, string, string];
  const dir = join(site, lang, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && statSync(join(dir, entry.name, page), { throwIfNoEntry: false })?.isFile(),
    )
    .map((entry) => `${lang}/${folder}/${entry.name}/${page}`)
    .sort();
}

/** Whether a folder holds every file named, each with its recorded content hash. */
function intactIn(dir: string, files: Readonly<Record<string, string>>): boolean {
  return Object.entries(files).every(([file, hash]) => {
    try {
      return fileHash(readFileSync(join(dir, file))) === hash;
    } catch {
      return false;
    }
  });
}

/** Every file under a folder, by path with `/`, with its content hash. */
function hashesOf(dir: string, prefix = ''): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(hashes, hashesOf(dir, path));
    else hashes[path] = fileHash(readFileSync(join(dir, path)));
  }
  return hashes;
}

/** Pagefind's entry names exactly the languages it was given pages of, with the pages counted. */
function checkWritten(entry: PagefindEntry, reindexed: readonly string[], pageCounts: Record<string, number>): void {
  const expected = reindexed.filter((lang) => pageCounts[lang]! > 0).sort();
  const found = Object.keys(entry.languages).sort();
  const counts = found.map((lang) => (entry.languages[lang] as { page_count?: number }).page_count);
  if (found.join() !== expected.join() || counts.some((count, i) => count !== pageCounts[found[i]!]))
    throw new Error(
      `Pagefind indexed the languages ${found.join(', ') || 'none'} where the build gave it ${expected.join(', ') || 'none'}: a page's <html lang> does not match its folder.`,
    );
}

/**
 * A kept file into staging (its folder made), linked or copied (page-reuse.ts). Nothing writes into Pagefind's files
 * after this (the offline step only reads them), so the live site is never written through it.
 */
function keepFile(from: string, to: string): void {
  if (existsSync(to)) {
    // Pagefind wrote it too (a file of no language it writes with any index): it must be the same bytes.
    if (readFileSync(to).equals(readFileSync(from))) return;
    throw new Error(`${to}: Pagefind wrote it differently from the one kept from the last site.`);
  }
  linkOrCopy(from, to);
}
