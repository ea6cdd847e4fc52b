/**
 * Whether a build's render process runs Astro's sync. The sync starts a
 * Vite server of its own to load the content configuration, runs the
 * content loader and writes the project's `.astro/` types and modules: a
 * few seconds of every rebuild (docs/performance.md, "Session 8: rebuild").
 * In a build the collections stay empty (src/content.config.ts: the pages
 * get the catalogue from the render process), so what the sync writes
 * follows from the files below, Astro's settings and the packages alone.
 * It runs when one of them changed since the last sync recorded in the
 * cache folder, or when a file it writes is missing; otherwise the build
 * uses what the last one wrote, as the language shards that wait for the
 * first one's sync do (render-pages.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFiles } from '../catalogue/folder-cache.ts';

/** What the sync reads: the content configuration and its loader, Astro's configuration, the packages. */
const SYNC_INPUTS = [
  'src/content.config.ts',
  'src/catalogue/astro-loader.ts',
  'astro.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** What it writes into the project, which the build imports or the type checker reads. */
const SYNC_OUTPUTS = [
  '.astro/types.d.ts',
  '.astro/content.d.ts',
  '.astro/content-modules.mjs',
  '.astro/content-assets.mjs',
];

/** Where the last sync of builds using this cache folder is recorded. */
const recordFile = (cacheDir: string) => join(cacheDir, 'practice-atlas', 'astro-sync.txt');

/** The digest of the sync's inputs: files, and the settings Astro's configuration reads (site file, base, site). */
export function syncInputsDigest(projectRoot: string, settings: Record<string, string>): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  return hashFiles(hash, projectRoot, [...SYNC_INPUTS, settings.siteFile ?? '']).digest('hex');
}

/** Whether the sync must run: its inputs changed since the recorded one, or something it writes is missing. */
export function syncNeeded(projectRoot: string, cacheDir: string, digest: string): boolean {
  if (!existsSync(join(cacheDir, 'data-store.json'))) return true;
  if (SYNC_OUTPUTS.some((file) => !existsSync(join(projectRoot, file)))) return true;
  try {
    return readFileSync(recordFile(cacheDir), 'utf8') !== digest;
  } catch {
    return true;
  }
}

/** Records a sync that completed (with the build after it) for the next build. */
export function recordSync(cacheDir: string, digest: string): void {
  mkdirSync(join(recordFile(cacheDir), '..'), { recursive: true });
  writeFileSync(recordFile(cacheDir), digest);
}
