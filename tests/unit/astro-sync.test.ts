/**
 * When a build's render process runs Astro's sync (src/build/astro-sync.ts):
 * after a recorded sync, only when one of its inputs changed or something it
 * writes is missing. The builds that skip it are compared with builds from
 * scratch in tests/integration/incremental-build.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { recordSync, syncInputsDigest, syncNeeded } from '../../src/build/astro-sync.ts';

let project: string;
let cacheDir: string;
const settings = { base: '/', site: 'https://example.org', siteFile: 'content/site.yaml' };
const write = (file: string, text: string) => {
  mkdirSync(join(project, file, '..'), { recursive: true });
  writeFileSync(join(project, file), text);
};

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
  cacheDir = join(project, 'cache');
  write('src/content.config.ts', 'export const collections = {};\n');
  write('astro.config.mjs', 'export default {};\n');
  write('package-lock.json', '{}\n');
  write('content/site.yaml', 'name: Atlas\n');
  for (const file of ['types.d.ts', 'content.d.ts', 'content-modules.mjs', 'content-assets.mjs'])
    write(`.astro/${file}`, '');
  write('cache/data-store.json', '[]');
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const needed = () => syncNeeded(project, cacheDir, syncInputsDigest(project, settings));

test('a first build syncs; the next one, with the same inputs, does not', () => {
  expect(needed()).toBe(true);
  recordSync(cacheDir, syncInputsDigest(project, settings));
  expect(needed()).toBe(false);
});

test.each([
  ['the content configuration', () => write('src/content.config.ts', 'export const collections = { a: 1 };\n')],
  ['the packages', () => write('package-lock.json', '{"lockfileVersion": 3}\n')],
  ["Astro's configuration", () => write('astro.config.mjs', 'export default { base: "/x/" };\n')],
  ['the site file', () => write('content/site.yaml', 'name: Another atlas\n')],
  ['a file the sync writes, removed', () => rmSync(join(project, '.astro/content-modules.mjs'))],
  ["Astro's data store, removed", () => rmSync(join(cacheDir, 'data-store.json'))],
])('%s: the next build syncs again', (_, change) => {
  recordSync(cacheDir, syncInputsDigest(project, settings));
  change();
  expect(needed()).toBe(true);
});

test('another base path or address syncs again', () => {
  recordSync(cacheDir, syncInputsDigest(project, settings));
  expect(syncNeeded(project, cacheDir, syncInputsDigest(project, { ...settings, base: '/atlas/' }))).toBe(true);
  expect(syncNeeded(project, cacheDir, syncInputsDigest(project, { ...settings, site: 'https://other.org' }))).toBe(
    true,
  );
});
