/**
 * How many Astro processes render the pages. Astro renders one page at a
 * time on one core; on a large catalogue, and a machine with a core to
 * spare, the build runs two at once (src/site/render-group.ts): one renders
 * the practice pages, the other everything else, each into its own folder
 * with its own incremental cache, and the first folder is then merged into
 * the second (merge-output.ts). Below SPLIT_FROM_PRACTICES the second
 * process's start (bundling, reading the content again) costs about what
 * it saves. The build asks for this choice with `renderProcesses: 'auto'`;
 * by default it renders in one process.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { RenderGroup } from '../site/render-group.ts';
import { isRunning } from './site-swap.ts';

export const SPLIT_FROM_PRACTICES = 500;

export interface RenderProcess {
  /** Undefined: this process renders every page. */
  group?: RenderGroup;
  /** Folder this process's Astro writes into. */
  outDir: string;
  /** Astro's cache folder for this process (its incremental build's last pages). */
  cacheDir: string;
  /** Its working folder (render-pages.ts), <work root>/<build's pid>-<group or "all">. */
  workDir: string;
  /** Whether it prints the content's problems (both find the same ones). */
  reportIssues: boolean;
}

/**
 * Where the render processes of a project's builds work: inside the
 * project, so that Astro's page bundle, which Astro puts in the working
 * folder, finds its packages in node_modules.
 */
export const renderWorkRoot = (projectRoot: string) => join(projectRoot, '.astro', 'render');

export function renderProcessCount(practiceFolders: number, cores = availableParallelism()): 1 | 2 {
  return cores >= 2 && practiceFolders >= SPLIT_FROM_PRACTICES ? 2 : 1;
}

/** Practice folders in the content folder: a count taken before anything is read. */
export function countPracticeFolders(contentDir: string): number {
  const dir = join(contentDir, 'practices');
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length : 0;
}

/**
 * The processes of a build into `staging`. With two, the "other pages"
 * process writes into the staging folder itself, and prints the report.
 */
export function renderPlan(
  count: 1 | 2,
  staging: string,
  cacheDir: string,
  workRoot: string,
  pid = process.pid,
): RenderProcess[] {
  const workDir = (name: string) => join(workRoot, `${pid}-${name}`);
  if (count === 1) return [{ outDir: staging, cacheDir, workDir: workDir('all'), reportIssues: true }];
  return [
    {
      group: 'other-pages',
      outDir: staging,
      cacheDir: join(cacheDir, 'render-other-pages'),
      workDir: workDir('other-pages'),
      reportIssues: true,
    },
    {
      group: 'practice-pages',
      outDir: `${staging}-practice-pages`,
      cacheDir: join(cacheDir, 'render-practice-pages'),
      workDir: workDir('practice-pages'),
      reportIssues: false,
    },
  ];
}

/**
 * Removes the working folders (<workRoot>/<pid>-<group>) that builds no
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
