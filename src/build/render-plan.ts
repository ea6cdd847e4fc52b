/**
 * Which Astro processes render the pages, and where each works. By default
 * one process renders every page into the staging folder. Split by
 * language (docs/sharding.md), each shard (src/site/shard.ts) is a render
 * process of its own: one per published language and a shared one, each
 * with its own output folder and cache, kept between builds so
 * that a shard whose inputs did not change is not rendered again
 * (shard-inputs.ts). Astro renders one page at a time on one core: shards
 * run at most `atOnce` at a time.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../i18n/languages.ts';
import type { ShardName } from '../site/shard.ts';
import { isRunning } from './site-swap.ts';

/**
 * `shards: 'auto'` splits the build by language from this many practices,
 * on a machine with at least SHARD_FROM_CORES cores: every shard pays the
 * fixed start (reading the whole catalogue, bundling, every route's cache
 * key), which only pays when the shards render side by side. On two cores
 * at 1,000 practices, two shards at once doubled the CPU and made the build
 * 1.3–1.6 times slower (docs/performance.md, "Session 8").
 */
export const SHARD_FROM_PRACTICES = 5000;
/** The shared shard and three languages rendering at once. */
export const SHARD_FROM_CORES = 4;

export interface RenderProcess {
  /** Undefined: this process renders every page. */
  shard?: ShardName;
  /** Folder this process's Astro writes into. */
  outDir: string;
  /** The cache folder of this process (Astro's, and the manifest of its reusable pages: src/site/page-reuse.ts). */
  cacheDir: string;
  /** Its working folder (render-pages.ts), <work root>/<build's pid>-<shard or "all">. */
  workDir: string;
  /** Whether it prints the content's problems (every shard finds the same ones; the first reports them). */
  reportIssues: boolean;
  /**
   * Its last output, whose unchanged keyed pages it links instead of
   * rendering (src/site/page-reuse.ts): the live site, or for a shard its
   * last folder, moved aside to `lastOutput(outDir)` before it renders.
   */
  reuseFrom?: string;
}

/** Where a shard's last folder waits while the shard renders again, beside it. */
export const lastOutput = (outDir: string) => `${outDir}.last`;

/**
 * Where the render processes of a project's builds work: inside the
 * project, so that Astro's page bundle, which Astro puts in the working
 * folder, finds its packages in node_modules.
 */
export const renderWorkRoot = (projectRoot: string) => join(projectRoot, '.astro', 'render');

/** The shards of a site: the shared one, then each published language. */
export const shardNames = (languages: readonly Lang[]): ShardName[] => ['shared', ...languages];

/**
 * How many shards render at once: `shards` as asked, or for 'auto' one per
 * core from SHARD_FROM_PRACTICES practices on SHARD_FROM_CORES cores or
 * more, else a single process. 1 means the single-process build.
 */
export function shardProcessCount(
  shards: number | 'auto' | undefined,
  practiceFolders: number,
  cores = availableParallelism(),
): number {
  if (shards === 'auto') return cores >= SHARD_FROM_CORES && practiceFolders >= SHARD_FROM_PRACTICES ? cores : 1;
  return Math.max(1, shards ?? 1);
}

/** Practice folders in the content folder: a count taken before anything is read. */
export function countPracticeFolders(contentDir: string): number {
  const dir = join(contentDir, 'practices');
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length : 0;
}

/** The single process of the default build, writing into the staging folder. */
export function singleProcess(staging: string, cacheDir: string, workRoot: string, pid = process.pid): RenderProcess {
  return { outDir: staging, cacheDir, workDir: join(workRoot, `${pid}-all`), reportIssues: true };
}

/** Where a shard's last output and Astro cache are kept, inside the build's cache folder. */
export const shardHome = (cacheDir: string, shard: ShardName) => join(cacheDir, 'practice-atlas', 'shards', shard);

/**
 * The process of a shard: its output in `outDir` (kept in the cache folder
 * on one machine, an artifact folder in CI), Astro's cache beside it.
 */
export function shardProcess(
  shard: ShardName,
  outDir: string,
  cacheDir: string,
  workRoot: string,
  reportIssues: boolean,
  pid = process.pid,
): RenderProcess {
  return {
    shard,
    outDir,
    cacheDir: join(shardHome(cacheDir, shard), 'astro'),
    workDir: join(workRoot, `${pid}-${shard}`),
    reportIssues,
    reuseFrom: lastOutput(outDir),
  };
}

/**
 * Removes the working folders (<workRoot>/<pid>-<shard>) that builds no
 * longer running left behind (killed, or the machine stopped); returns
 * their names.
 */
export function removeStaleWorkDirs(workRoot: string): string[] {
  if (!existsSync(workRoot)) return [];
  const stale = readdirSync(workRoot).filter((name) => {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
  });
  for (const name of stale) rmSync(join(workRoot, name), { recursive: true, force: true });
  return stale;
}
