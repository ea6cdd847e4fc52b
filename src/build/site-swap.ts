/**
 * Putting a finished build where the last good site stood. The new site is
 * built in a staging folder beside the output (same file system, so a
 * rename is atomic); at no point does the output folder hold a half-written
 * site. The only window is between two renames, where the output folder is
 * briefly absent and the last good site waits under a "-previous" name:
 * the next build puts it back if a crash happened there.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const STAGING_PREFIX = '.atlas-build-';

/** The start of the names of every build's folders beside the output folder: "<prefix><output>-<pid>…". */
const buildFolderPrefix = (outDir: string) => `${STAGING_PREFIX}${basename(outDir)}-`;

/** The staging folder of this process, beside the output folder. */
export function stagingFolder(outDir: string, pid = process.pid): string {
  return join(dirname(outDir), `${buildFolderPrefix(outDir)}${pid}`);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Before a build: puts back a last good site left under "-previous" by a
 * build killed between its two renames, and removes staging folders of
 * builds that are no longer running (killed, or the machine stopped).
 * Returns what it did, for the log.
 */
export function recoverInterruptedBuilds(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const mine = buildFolderPrefix(outDir);
  for (const name of readdirSync(parent)) {
    // <pid>, <pid>-previous, <pid>-discarded, or <pid>-<group> (the folder of a second render process).
    const match = name.startsWith(mine) ? /^(\d+)(-previous|-[a-z-]+)?$/.exec(name.slice(mine.length)) : null;
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    const path = join(parent, name);
    if (match[2] === '-previous' && !existsSync(outDir)) {
      renameSync(path, outDir);
      done.push(`restored the last good site from ${name}, left by an interrupted build`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name}, left by an interrupted build`);
    }
  }
  return done;
}

/** Files without which a build is not a site, checked before the swap. */
export const REQUIRED_FILES = ['index.html', '404.html', 'pagefind/pagefind-entry.json'];

export function missingFiles(siteDir: string): string[] {
  return REQUIRED_FILES.filter((file) => !existsSync(join(siteDir, file)));
}

/**
 * Swaps the complete staging folder in. If the second rename fails, the
 * last good site is put back before the error is rethrown. Returns the
 * folder that now holds the replaced site (renamed "-discarded"), or
 * undefined if there was none: removing a large site takes a while, so
 * the caller removes it once the new site is reported ready
 * (`removeInBackground`).
 */
export function swapIntoPlace(staging: string, outDir: string): string | undefined {
  const missing = missingFiles(staging);
  if (missing.length > 0)
    throw new Error(`The build is incomplete (missing ${missing.join(', ')}); the previous site was kept.`);
  const previous = `${staging}-previous`;
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (!hadPrevious) return undefined;
  const discarded = `${staging}-discarded`;
  renameSync(previous, discarded);
  return discarded;
}

/**
 * Removes a folder in a detached process that outlives this one, so the
 * build ends when the site is ready. A removal cut short (machine
 * stopped) leaves a "-discarded" folder that the next build removes
 * (`recoverInterruptedBuilds`).
 */
export function removeInBackground(path: string): void {
  const remover = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', path],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  remover.unref();
}

/** Folders beside the output that builds left to remove in the background and are not yet gone. */
export function pendingRemovals(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const mine = buildFolderPrefix(outDir);
  return readdirSync(parent)
    .filter((name) => name.startsWith(mine) && name.endsWith('-discarded'))
    .map((name) => join(parent, name));
}
