/**
 * The content folder's git history, read once per build for the pages that
 * show when an entry last changed.
 */
import { relative, resolve } from 'node:path';
import { changedAt, readFileHistory, type FileHistory } from '../editorial/git-history.ts';

let cached: FileHistory | undefined;

export function contentHistory(): FileHistory {
  if (!cached) {
    // The build's render processes work in a folder of their own (src/build/render-pages.ts) and name the project here.
    const root = process.env.ATLAS_PROJECT_ROOT ?? process.cwd();
    const contentDir = resolve(root, process.env.ATLAS_CONTENT_DIR ?? 'content');
    cached = readFileHistory(root, relative(root, contentDir) || '.');
  }
  return cached;
}

/** Last change of any of the files: uncommitted edits count as now. */
export function lastChanged(history: FileHistory, files: readonly string[]): Date | undefined {
  const dates = files.map((file) => changedAt(history, file)).filter((d): d is Date => d !== undefined);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
