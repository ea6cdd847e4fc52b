/**
 * When each content file last changed, from git history: one `git log` over
 * the content folder, read once, whatever the number of files. Outside a
 * git checkout (a downloaded archive) the answer is empty, and callers say
 * "unknown" rather than guess.
 */
import { spawnSync } from 'node:child_process';

export interface FileHistory {
  /** Last commit time of each file, by path relative to the repository root. */
  lastCommit: Map<string, Date>;
  /** Files with changes not yet committed: changed "now" as far as a reader can tell. */
  uncommitted: Set<string>;
  /** Whether git answered at all. */
  available: boolean;
}

export function readFileHistory(repoRoot: string, folder: string): FileHistory {
  const empty: FileHistory = { lastCommit: new Map(), uncommitted: new Set(), available: false };
  const log = spawnSync('git', ['log', '--format=\u0001%ct', '--name-only', '--no-renames', '--', folder], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (log.status !== 0) return empty;
  const lastCommit = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\u0001')) current = new Date(Number(line.slice(1)) * 1000);
    else if (line && current && !lastCommit.has(line)) lastCommit.set(line, current);
  }
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', folder], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const uncommitted = new Set(
    status.status === 0
      ? status.stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => line.slice(3).replace(/^"|"$/g, ''))
      : [],
  );
  return { lastCommit, uncommitted, available: true };
}

/** When a file last changed: uncommitted edits count as now; undefined when git does not know it. */
export function changedAt(history: FileHistory, file: string): Date | undefined {
  return history.uncommitted.has(file) ? new Date() : history.lastCommit.get(file);
}
