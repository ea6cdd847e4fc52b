/**
 * `npm run dev` never watches generated catalogues, benchmark caches or
 * built sites, however many files they hold (issue 20: 75,000 files in
 * .cache/bench/ ran the system out of file watchers, ENOSPC), and watches
 * the content folder one folder at a time. Read from the kernel itself: the
 * inotify watches the dev server's process holds (/proc/<pid>/fdinfo), by
 * inode, against the files of an ignored folder filled for the test.
 * And what its start leaves for later (the KPI tables) waits for a first
 * page served, so that it never holds that page back.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copySampleContent, startPreview, type Preview } from '../site/preview-server.ts';

/** Folders × files written into an ignored folder of the project, as a benchmark run leaves them. */
const FOLDERS = 200;
const FILES = 100;

let bench: string;
let preview: Preview | undefined;
let outputBeforeFirstPage = '';

/** The inodes the process watches, from each inotify descriptor's "inotify wd:… ino:<hex>" lines. */
function watchedInodes(pid: number): bigint[] {
  const inodes: bigint[] = [];
  for (const fd of readdirSync(`/proc/${pid}/fdinfo`)) {
    let info: string;
    try {
      info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
    } catch {
      continue;
    }
    for (const match of info.matchAll(/^inotify wd:\S+ ino:([0-9a-f]+)/gm)) inodes.push(BigInt(`0x${match[1]}`));
  }
  return inodes;
}

/** Every folder and file under `folder`, with their inodes. */
function inodesUnder(folder: string): Map<bigint, string> {
  const found = new Map<bigint, string>([[statSync(folder, { bigint: true }).ino, folder]]);
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found.set(statSync(path, { bigint: true }).ino, path);
  }
  return found;
}

beforeAll(async () => {
  bench = resolve('.cache', 'bench', `watch-test-${process.pid}`);
  for (let f = 0; f < FOLDERS; f++) {
    mkdirSync(join(bench, `folder-${f}`), { recursive: true });
    for (let i = 0; i < FILES; i++) writeFileSync(join(bench, `folder-${f}`, `page-${i}.html`), '');
  }
  preview = await startPreview(copySampleContent(), 'en', true);
  // Longer than the preview waits for idle pages: the KPI tables must still wait for a first page.
  await new Promise((done) => setTimeout(done, 4000));
  outputBeforeFirstPage = preview.output();
  // A page served: the pages' modules loaded and watched, as when an editor looks.
  await fetch(`${preview.origin}en/practices/her-voice/`).then((response) => response.text());
}, 240_000);

afterAll(async () => {
  await preview?.stop();
  rmSync(bench, { recursive: true, force: true });
});

describe('npm run dev and its file watchers', () => {
  test(`watches none of ${FOLDERS * FILES} files of a benchmark cache inside the project`, () => {
    const watched = new Set(watchedInodes(preview!.pid));
    expect(watched.size).toBeGreaterThan(0);
    const ignored = inodesUnder(bench);
    const watchedThere = [...ignored].filter(([inode]) => watched.has(inode)).map(([, path]) => path);
    expect(watchedThere).toEqual([]);
    // The whole process holds far fewer watches than the cache has files: nothing grows with it.
    expect(watched.size).toBeLessThan((FOLDERS * FILES) / 4);
    expect(preview!.output()).not.toContain('ENOSPC');
  });

  test('watches each folder of the content, and of its files only the site file and its logo', () => {
    const watched = new Set(watchedInodes(preview!.pid));
    const content = preview!.content;
    const folders: string[] = [];
    const files: string[] = [];
    for (const [inode, path] of inodesUnder(content)) {
      const isFolder = statSync(path).isDirectory();
      if (isFolder && !watched.has(inode)) folders.push(path);
      // The theme module follows these two through Vite's watcher (src/integrations/site-config.ts).
      const followedByVite = [join(content, 'site.yaml'), join(content, 'logo.svg')];
      if (!isFolder && watched.has(inode) && !followedByVite.includes(path)) files.push(path);
    }
    expect(folders, 'folders not watched').toEqual([]);
    expect(files, 'files watched one by one').toEqual([]);
  });
});

describe('npm run dev and what its start leaves for later', () => {
  test('reads the KPI tables only once a first page has been served, and says so', async () => {
    expect(outputBeforeFirstPage).toContain('Preview of the catalogue:');
    expect(outputBeforeFirstPage).not.toContain('KPI tables read in');
    await expect.poll(() => preview!.output(), { timeout: 30_000 }).toContain('KPI tables read in');
  });
});
