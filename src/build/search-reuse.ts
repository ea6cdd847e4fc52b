/**
 * Which languages' search indexes a build can keep from the last site
 * (pure; search-stage.ts reads and writes the files). Pagefind cannot
 * update an index (Pagefind/pagefind#71), but it writes one per language,
 * every file named with the language, and indexed alone a language's files
 * are the same bytes as indexed with the others (docs/sharding.md). So a
 * language whose indexed pages are the same bytes as when its index was
 * written, by the same Pagefind with the same options, keeps that index.
 */
import { createHash } from 'node:crypto';
import { afterCharset, buildMarker, readBuildMarker } from '../offline/build-marker.ts';
import { VERSION_LENGTH } from './offline/lists.ts';

/** Bumped when what the record holds, or how a digest is computed, changes: older records are then ignored. */
export const SEARCH_RECORD_FORMAT = 1;

/** Pagefind's entry file: its version and settings, and its languages. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

/** A language's index as the last successful build wrote it. */
export interface LanguageIndexRecord {
  /** Digest of what Pagefind read for the language (languageDigest). */
  digest: string;
  /** Its files under pagefind/, by path, with their content hashes. */
  files: Record<string, string>;
}

/** What a build records of its search index, in its cache folder, once the site is in place. */
export interface SearchIndexRecord {
  format: number;
  /** The entry file as written, every language's line with it (none for a language without pages). */
  entry: PagefindEntry;
  /** The files of no language (Pagefind's scripts, styles, the wasm of no language), with their hashes. */
  shared: Record<string, string>;
  languages: Record<string, LanguageIndexRecord>;
}

/** A page Pagefind reads: its path in the site (with `/`) and the SHA-256 of its bytes. */
export interface IndexedPage {
  path: string;
  sha256: string;
}

/** Bytes at the start of a page searched for a build marker (it follows the charset declaration). */
const HEAD_BYTES = 4096;
const MARKER_LENGTH = buildMarker('0'.repeat(VERSION_LENGTH)).length;

/**
 * The SHA-256 (hex) of a page as built: without the build marker that a
 * page kept from the last site still carries (the offline step adds it
 * after Pagefind). Pagefind's index does not depend on the marker (the
 * same index from pages with and without it, docs/performance.md), so a
 * kept page and the same page rendered again count as the same. Its first
 * 16 digits are the offline step's content hash (offline/file-hash.ts).
 */
export function pageHash(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  const at = afterCharset(head);
  const candidate = at === undefined ? '' : head.slice(at, at + MARKER_LENGTH);
  const marked = candidate.startsWith('<meta') && readBuildMarker(candidate) !== undefined;
  const hash = createHash('sha256');
  if (marked) hash.update(bytes.subarray(0, at)).update(bytes.subarray(at! + MARKER_LENGTH));
  else hash.update(bytes);
  return hash.digest('hex');
}

/**
 * The digest of one language's index input: what decides Pagefind's output
 * for it (its version, the options and the pages chosen, written by the
 * caller as `setup`) and every page it reads, path and bytes, in path order.
 */
export function languageDigest(setup: string, pages: readonly IndexedPage[]): string {
  // One JSON line each: no text can move from one field to the next and give the same digest.
  const digest = createHash('sha256').update(`${JSON.stringify([SEARCH_RECORD_FORMAT, setup])}\n`);
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const page of sorted) digest.update(`${JSON.stringify([page.path, page.sha256])}\n`);
  return digest.digest('hex');
}

/**
 * Whether a path under pagefind/ has the form of a file Pagefind writes: a
 * name, or a name in one folder (index/, fragment/, filter/), never
 * starting with a dot. A record read from the cache folder names no other
 * file: nothing outside the last site's index is read or linked.
 */
export function isIndexFilePath(path: string): boolean {
  return /^(?:[a-z]+\/)?[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(path);
}

/**
 * The language a file under pagefind/ belongs to, by its name, or
 * undefined for a file of no language: Pagefind names a language's files
 * `<lang>_<hash>` (index/, fragment/, filter/, `pagefind.<lang>_<hash>.pf_meta`)
 * and its stemmer `wasm.<lang>.pagefind`.
 */
export function languageOfIndexFile(path: string, languages: readonly string[]): string | undefined {
  const name = path.split('/').pop()!;
  return languages.find(
    (lang) => name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`,
  );
}

/**
 * The languages Pagefind must index: those without a record of the same
 * format, whose digest changed, or whose recorded files the last site does
 * not hold intact (`intact`); every language when the files of no language
 * are not intact either and no language would be indexed (Pagefind writes
 * them with any index).
 */
export function languagesToReindex(
  digests: Readonly<Record<string, string>>,
  record: SearchIndexRecord | undefined,
  intact: (files: Readonly<Record<string, string>>) => boolean,
): string[] {
  const languages = Object.keys(digests).sort();
  if (!record || record.format !== SEARCH_RECORD_FORMAT) return languages;
  const stale = languages.filter((lang) => {
    const kept = record.languages[lang];
    return !kept || kept.digest !== digests[lang] || !intact(kept.files);
  });
  if (stale.length === 0 && !intact(record.shared)) return languages;
  return stale;
}

/**
 * Pagefind's entry as it writes it for all languages at once: the same
 * fields in the same order, the languages in alphabetical order, no final
 * line break. Undefined when the entries' Pagefind versions or settings differ.
 */
export function joinPagefindEntries(entries: readonly PagefindEntry[]): string | undefined {
  const [first, ...rest] = entries;
  if (!first) return undefined;
  const others = (e: PagefindEntry) => JSON.stringify({ ...e, languages: undefined });
  if (rest.some((e) => others(e) !== others(first))) return undefined;
  const languages = Object.fromEntries(
    entries.flatMap((e) => Object.entries(e.languages)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return JSON.stringify({ ...first, languages });
}

/** The entry of the languages kept from the last build, as if Pagefind had written it for them alone. */
export function keptEntry(record: SearchIndexRecord, kept: readonly string[]): PagefindEntry {
  const languages = Object.fromEntries(Object.entries(record.entry.languages).filter(([lang]) => kept.includes(lang)));
  // Spread first, so that the fields keep Pagefind's order.
  return { ...record.entry, languages };
}
