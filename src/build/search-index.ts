/**
 * Builds the Pagefind index over the finished HTML, so the index cannot
 * drift from the pages: one index per `<html lang>`, each with its language's
 * stemming, covering only what pages mark with data-pagefind-body.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export interface SearchIndexReport {
  /** Pages indexed per language, as Pagefind's entry file records them. */
  pagesByLanguage: Record<string, number>;
}

/**
 * The pages that carry data-pagefind-body: practice pages only. Pagefind
 * would otherwise parse every page of the site (indicator periods, browse
 * listings, cities) to find none there, for the same index byte for byte
 * (docs/performance.md, "Measurements behind the code"). A page type that
 * becomes searchable is added here.
 */
export const INDEXED_PAGES = '*/practices/*/index.html';

/** The indexed pages of one language: INDEXED_PAGES under the language's folder. */
export const indexedPagesOf = (lang: string) => INDEXED_PAGES.replace(/^\*/, lang);

/** Pagefind's options, the same for every index of the build (part of what decides its output: search-stage.ts). */
export const PAGEFIND_OPTIONS: pagefind.PagefindServiceConfig = {};

/** The version of the installed Pagefind package (its binary is pinned to the same version). */
export function pagefindVersion(): string {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * An open Pagefind index: pages are added from a folder laid out as the
 * site (the staging folder, or a language shard's), then written into it.
 * `close` drops the index; Pagefind's own process, which every index of
 * the build shares, is stopped by `stopSearchService` when the build ends.
 */
export interface SearchIndexer {
  /**
   * Adds the indexed pages of a folder laid out as the site (URLs are relative to it): every language's,
   * or those of the languages given. Returns the number of pages added.
   */
  addPagesOf(dir: string, languages?: readonly string[]): Promise<number>;
  writeInto(siteDir: string): Promise<SearchIndexReport>;
  close(): Promise<void>;
}

export async function openSearchIndex(): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return {
    async addPagesOf(dir, languages) {
      let pages = 0;
      for (const glob of languages ? languages.map(indexedPagesOf) : [INDEXED_PAGES]) {
        const added = await index.addDirectory({ path: dir, glob });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        pages += added.page_count;
      }
      return pages;
    },
    async writeInto(siteDir) {
      const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      return readSearchReport(siteDir);
    },
    async close() {
      await index.deleteIndex();
    },
  };
}

/** What the index of a site holds, from the entry file Pagefind wrote. */
export function readSearchReport(siteDir: string): SearchIndexReport {
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    pagesByLanguage: Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count])),
  };
}

export async function stopSearchService(): Promise<void> {
  await pagefind.close();
}
