/**
 * Putting a new build in place (src/build/site-swap.ts): never a
 * half-written site where the last good one stood, and the last good one
 * put back after a build killed between its two renames.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  pendingRemovals,
  recoverInterruptedBuilds,
  removeInBackground,
  REQUIRED_FILES,
  stagingFolder,
  swapIntoPlace,
} from '../../src/build/site-swap.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function site(dir: string, marker: string, files = REQUIRED_FILES): string {
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), marker);
  }
  return dir;
}

/** A pid that is certainly not running (beyond Linux's pid_max). */
const DEAD_PID = 4_194_305;

describe('swapping a build in', () => {
  test('the complete new site replaces the old one, which is then removed in the background', async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = site(join(root, 'dist'), 'old');
    const staging = site(stagingFolder(outDir), 'new');
    const replaced = swapIntoPlace(staging, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(replaced).toBeDefined();
    expect(readFileSync(join(replaced!, 'index.html'), 'utf8')).toBe('old');
    expect(pendingRemovals(outDir)).toEqual([replaced]);
    removeInBackground(replaced!);
    const deadline = Date.now() + 10_000;
    while (existsSync(replaced!) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(pendingRemovals(outDir)).toEqual([]);
  });

  test('the first build has no site to replace', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = join(root, 'dist');
    expect(swapIntoPlace(site(stagingFolder(outDir), 'new'), outDir)).toBeUndefined();
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('a replaced site whose removal was cut short is removed by the next build', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = site(join(root, 'dist'), 'new');
    site(`${stagingFolder(outDir, DEAD_PID)}-discarded`, 'old');
    expect(recoverInterruptedBuilds(outDir)).toHaveLength(1);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('an incomplete build (a full disk, a step that wrote nothing) is refused, the old site kept', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = site(join(root, 'dist'), 'old');
    const staging = site(stagingFolder(outDir), 'new', ['index.html', '404.html']);
    expect(() => swapIntoPlace(staging, outDir)).toThrow(/incomplete \(missing pagefind\/pagefind-entry\.json\)/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  test('a build killed between its two renames: the next one puts the last good site back', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = join(root, 'dist');
    // What the killed build left: the old site set aside, its half-moved staging folder, no dist.
    site(`${stagingFolder(outDir, DEAD_PID)}-previous`, 'old');
    mkdirSync(stagingFolder(outDir, DEAD_PID));
    const notes = recoverInterruptedBuilds(outDir);
    expect(notes).toHaveLength(2);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('staging folders of running builds are left alone', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-swap-'));
    const outDir = site(join(root, 'dist'), 'old');
    const running = stagingFolder(outDir, process.ppid);
    mkdirSync(running);
    expect(recoverInterruptedBuilds(outDir)).toEqual([]);
    expect(existsSync(running)).toBe(true);
  });
});
