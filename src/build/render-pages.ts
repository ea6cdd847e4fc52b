/**
 * The part of `npm run build` that holds the catalogue: reads and validates
 * the content, then has Astro render every page into the staging folder.
 * scripts/build.ts runs this file as a child process, so that when it exits
 * everything it held (the catalogue, every KPI row and Astro's page
 * modules: gigabytes on a large catalogue) is returned to the system before
 * Pagefind, which needs as much again, starts. Freeing it inside one process did not work:
 * Astro's modules keep references to the catalogue.
 *
 *   node src/build/render-pages.ts <request.json>
 *
 * The request names the content, base, site, configuration file, staging
 * folder and where to write the result; the result says whether the content
 * was refused (with its problems, which the build reports) or the pages were
 * rendered. When the build is split by language (render-plan.ts), each
 * process is told its shard in ATLAS_SHARD (src/site/shard.ts); every one
 * reads and checks the same content, and only one returns its problems.
 * Astro's configuration (astro.config.mjs) reads the site file, base, site
 * and cache folder from the environment the build gives this process.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { exitAfterOutput } from '../../scripts/lib/exit-after-output.ts';
import type { ContentIssue } from '../catalogue/issues.ts';
import { loadCatalogueInParallel } from '../catalogue/load-catalogue.ts';
import { setMessageLanguage, type MessageLanguage } from '../catalogue/messages/index.ts';
import { handToPages } from '../catalogue/pages-catalogue.ts';
import { finishReuse, prepareReuse } from '../site/page-reuse.ts';
import { recordSync, syncInputsDigest, syncNeeded } from './astro-sync.ts';

export interface RenderRequest {
  contentDir: string;
  projectRoot: string;
  base: string;
  site: string;
  siteFile: string;
  staging: string;
  language: MessageLanguage;
  resultFile: string;
  /**
   * Astro's cache folder for this process (also in ATLAS_CACHE_DIR, which
   * astro.config.mjs reads); the checked entry folders (folder-cache.ts) and
   * the last sync (astro-sync.ts) are recorded beside it.
   */
  cacheDir: string;
  /**
   * A folder of this process's own inside the project, made its working
   * folder before Astro starts: Astro bundles the pages into
   * <cwd>/.astro/.prerender when the output folder is outside the working
   * folder, and two processes sharing that folder delete each other's
   * bundle.
   */
  workDir: string;
  /** False in every shard but the first: it returns the same problems. */
  reportIssues: boolean;
  /** Astro's warnings only (CI). */
  quiet: boolean;
  /**
   * Several processes at once: Astro's sync writes the same files into the
   * project's .astro/ folder in each, and one read the other's half-written
   * file (a build failed with an empty error). So one process syncs and says
   * so ('synced' on the IPC channel, at astro:build:start); the others wait
   * for the parent's word and build without syncing.
   */
  sync: 'sync' | 'sync-and-signal' | 'wait-for-other';
  /**
   * Keyed pages unchanged since the last output `from` are linked from it
   * instead of rendered (src/site/page-reuse.ts), when the last build's
   * manifest was made by the same `code` (reuseCodeDigest).
   */
  reuse?: { from: string; code: string };
}

export type RenderResult =
  | {
      ok: true;
      practices: number;
      cities: number;
      loadSeconds: number;
      astroSeconds: number;
      /** Entry folders taken from the last build's folder cache, of all there are. */
      foldersKept?: { kept: number; of: number };
      /** Keyed pages and files, and how many of them were linked from the last output. */
      pagesReused?: { reused: number; of: number };
    }
  | { ok: false; refused: true; issues: ContentIssue[] }
  | { ok: false; refused: false; message: string };

async function renderPages(request: RenderRequest): Promise<RenderResult> {
  setMessageLanguage(request.language);
  const started = performance.now();
  // Entry folders are read on worker threads; the records and issues are those of loadCatalogue().
  const { catalogue, issues, foldersKept } = await loadCatalogueInParallel({
    contentDir: request.contentDir,
    projectRoot: request.projectRoot,
    base: request.base,
    siteFile: request.siteFile,
    folderCache: join(request.cacheDir, 'practice-atlas', 'content-folders.v8'),
  });
  if (!catalogue) return { ok: false, refused: true, issues: request.reportIssues ? issues : [] };
  const loaded = performance.now();
  // The pages read this catalogue (the content loader, when a sync runs it, sees it handed and reads nothing).
  handToPages({ catalogue, sizesFilledByBuild: true });
  process.env.ATLAS_CONTENT_DIR = request.contentDir;
  process.env.ATLAS_PROJECT_ROOT = request.projectRoot;
  mkdirSync(request.workDir, { recursive: true });
  process.chdir(request.workDir);
  let pagesReused: { reused: number; of: number } | undefined;
  try {
    if (request.sync === 'wait-for-other') await new Promise<void>((go) => process.once('message', () => go()));
    const signal: AstroIntegration = {
      name: 'practice-atlas:synced-signal',
      hooks: { 'astro:build:start': () => void process.send?.('synced') },
    };
    // Alone, it syncs only when what the sync writes would change (astro-sync.ts); in shards, the first one does.
    const syncDigest = syncInputsDigest(request.projectRoot, {
      base: request.base,
      site: request.site,
      siteFile: request.siteFile,
    });
    const sync =
      request.sync === 'sync'
        ? syncNeeded(request.projectRoot, request.cacheDir, syncDigest)
        : request.sync === 'sync-and-signal';
    if (request.reuse) prepareReuse({ ...request.reuse, cacheDir: request.cacheDir });
    // What Astro's incremental build kept in this folder until session 9 (a copy of every keyed file) serves nothing now.
    rmSync(join(request.cacheDir, 'dist'), { recursive: true, force: true });
    rmSync(join(request.cacheDir, 'incremental-build.json'), { force: true });
    const { build } = await import('astro');
    await build(
      {
        root: request.projectRoot,
        outDir: request.staging,
        base: request.base,
        site: request.site,
        logLevel: request.quiet ? 'warn' : 'info',
        integrations: request.sync === 'sync-and-signal' ? [signal] : [],
      },
      // `sync` is an option of Astro's build() that its types leave out (the CLI's --no-sync… is not exposed either).
      { sync } as Parameters<typeof build>[1],
    );
    if (sync) recordSync(request.cacheDir, syncDigest);
    const reuse = finishReuse(request.staging);
    if (reuse) pagesReused = { reused: reuse.reused, of: reuse.keyed };
  } catch (error) {
    // Some of Astro's errors carry their text only in the stack or name.
    return {
      ok: false,
      refused: false,
      message: error instanceof Error ? error.message || error.stack || error.name : String(error),
    };
  }
  return {
    ok: true,
    practices: catalogue.practices.length,
    cities: catalogue.cities.length,
    loadSeconds: (loaded - started) / 1000,
    astroSeconds: (performance.now() - loaded) / 1000,
    ...(foldersKept ? { foldersKept } : {}),
    ...(pagesReused ? { pagesReused } : {}),
  };
}

if (import.meta.main) {
  const request = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RenderRequest;
  const result = await renderPages(request);
  writeFileSync(request.resultFile, JSON.stringify(result));
  // Astro may leave handles open (watchers, workers); the result is written, nothing else is needed once the report is out.
  await exitAfterOutput(result.ok ? 0 : 1);
}
