/**
 * The live preview's own watcher (src/catalogue/content-watcher.ts): one
 * watch per folder, never per file; a saved file, a folder made or moved
 * in, and a folder removed are all told, and new folders are followed.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentWatcher } from '../../../src/catalogue/content-watcher.ts';

let root: string | undefined;
let watcher: ContentWatcher | undefined;
afterEach(() => {
  watcher?.close();
  if (root) rmSync(root, { recursive: true, force: true });
  root = watcher = undefined;
});

function tree(): string {
  root = mkdtempSync(join(tmpdir(), 'atlas-watch-'));
  for (const id of ['her-voice', 'safe-routes']) {
    mkdirSync(join(root, 'practices', id), { recursive: true });
    for (const lang of ['fr', 'en', 'es']) writeFileSync(join(root, 'practices', id, `${lang}.mdx`), '---\n---\n');
  }
  mkdirSync(join(root, 'taxonomies'));
  writeFileSync(join(root, 'taxonomies', 'themes.yaml'), '[]\n');
  mkdirSync(join(root, '.git', 'objects'), { recursive: true });
  return root;
}

async function watch(folder: string): Promise<{ seen: Set<string>; watcher: ContentWatcher }> {
  const seen = new Set<string>();
  watcher = new ContentWatcher(folder, (path) => seen.add(path)).start();
  await watcher.ready;
  return { seen, watcher };
}

describe('ContentWatcher', () => {
  test('watches every folder once and no file; folders starting with a dot are left alone', async () => {
    const { watcher } = await watch(tree());
    expect(watcher.folders().sort()).toEqual([
      '',
      'practices',
      'practices/her-voice',
      'practices/safe-routes',
      'taxonomies',
    ]);
    expect(watcher.size).toBe(5);
  });

  test('tells a saved file, a new folder (then follows it) and a removed folder', async () => {
    const dir = tree();
    const { seen, watcher } = await watch(dir);
    const saved = join(dir, 'practices', 'her-voice', 'en.mdx');
    writeFileSync(saved, '---\ntitle: Edited\n---\n');
    await expect.poll(() => seen.has(saved)).toBe(true);

    // A folder written elsewhere and moved in, as a new practice folder copied in would be.
    const made = join(dir, 'lit-paths');
    mkdirSync(made);
    writeFileSync(join(made, 'fr.mdx'), '---\n---\n');
    const moved = join(dir, 'practices', 'lit-paths');
    renameSync(made, moved);
    await expect.poll(() => seen.has(moved)).toBe(true);
    expect(watcher.folders()).toContain('practices/lit-paths');
    const inside = join(moved, 'en.mdx');
    writeFileSync(inside, '---\n---\n');
    await expect.poll(() => seen.has(inside)).toBe(true);

    rmSync(moved, { recursive: true });
    seen.clear();
    await expect.poll(() => seen.has(moved)).toBe(true);
    expect(watcher.folders()).not.toContain('practices/lit-paths');

    // Made again under the same name, it is watched anew.
    mkdirSync(moved);
    await expect.poll(() => watcher.folders().includes('practices/lit-paths')).toBe(true);
    const again = join(moved, 'es.mdx');
    writeFileSync(again, '---\n---\n');
    await expect.poll(() => seen.has(again)).toBe(true);
  });
});
