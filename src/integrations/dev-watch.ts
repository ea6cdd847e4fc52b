/**
 * What the dev server's file watcher (Vite's) leaves alone. It watches the
 * project's source and the site file; generated catalogues, benchmark
 * caches and built sites hold tens of thousands of files that no page
 * imports, and watching them ran out of the system's watchers (ENOSPC).
 * The content folder, wherever it is, is left to the content loader's own
 * watcher (src/catalogue/content-watcher.ts: one watch per folder, where
 * Vite's takes one per file).
 */
import { relative, resolve, sep } from 'node:path';

/** Folders of the project that are never watched (the build's render processes work in .astro/render). */
const UNWATCHED_FOLDERS = ['bench-out', '.cache', 'dist', 'tmp', 'test-results', '.astro/render'];
/** Build folders named with a prefix (scripts/lib/site-swap.ts, scripts/build.ts): staging, discarded and per-test sites. */
const UNWATCHED_PREFIXES = ['.dist-', '.atlas-build-'];

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/**
 * A predicate for Vite's `server.watch.ignored`: true for a path the
 * watcher must not follow. `keep`: watched wherever they are (the site
 * file); `watchedElsewhere`: never watched by Vite (the content folder).
 */
export function unwatchedPaths(
  projectRoot: string,
  keep: readonly string[],
  watchedElsewhere: readonly string[] = [],
): (path: string) => boolean {
  const root = resolve(projectRoot);
  const kept = keep.map((path) => resolve(path));
  const elsewhere = watchedElsewhere.map((path) => resolve(path));
  return (path: string) => {
    const absolute = resolve(root, path);
    if (kept.some((folder) => isInside(absolute, folder))) return false;
    if (elsewhere.some((folder) => isInside(absolute, folder))) return true;
    if (!isInside(absolute, root) || absolute === root) return false;
    const top = relative(root, absolute).split(sep, 1)[0]!;
    return (
      UNWATCHED_FOLDERS.some((folder) => isInside(absolute, resolve(root, folder))) ||
      UNWATCHED_PREFIXES.some((prefix) => top.startsWith(prefix))
    );
  };
}
