/**
 * Builds the Pagefind index over the finished HTML, so the index cannot
 * drift from the pages: one index per `<html lang>`, each with its language's
 * stemming, covering only what pages mark with data-pagefind-body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * An open Pagefind index: pages are added from a folder laid out as the
 * site (the staging folder, or a language shard's), then written into it.
 * `close` drops the index; Pagefind's own process, which every index of
 * the build shares, is stopped by `stopSearchService` when the build ends.
 */
export interface SearchIndexer {
  /** Adds the indexed pages of a folder laid out as the site (URLs are relative to it). */
  addPagesOf(dir: string): Promise<void>;
  writeInto(siteDir: string): Promise<SearchIndexReport>;
  close(): Promise<void>;
}

export async function openSearchIndex(): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return {
    async addPagesOf(dir) {
      const added = await index.addDirectory({ path: dir, glob: INDEXED_PAGES });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
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
