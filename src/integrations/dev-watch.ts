/**
 * What the dev server's file watcher leaves alone. It watches the project
 * (the source) and the content folder; generated catalogues, benchmark
 * caches and built sites hold tens of thousands of files that no page
 * imports, and watching them ran out of the system's watchers (ENOSPC).
 * A content folder inside one of them (`npm run dev -- --content
 * bench-out/catalogue-1000`) is still watched.
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

/** A predicate for Vite's `server.watch.ignored`: true for a path the watcher must not follow. */
export function unwatchedPaths(projectRoot: string, keep: readonly string[]): (path: string) => boolean {
  const root = resolve(projectRoot);
  const kept = keep.map((path) => resolve(path));
  return (path: string) => {
    const absolute = resolve(root, path);
    if (kept.some((folder) => isInside(absolute, folder))) return false;
    if (!isInside(absolute, root) || absolute === root) return false;
    const top = relative(root, absolute).split(sep, 1)[0]!;
    return (
      UNWATCHED_FOLDERS.some((folder) => isInside(absolute, resolve(root, folder))) ||
      UNWATCHED_PREFIXES.some((prefix) => top.startsWith(prefix))
    );
  };
}
