import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { mergeOutput } from '../../src/build/merge-output.ts';
import {
  countPracticeFolders,
  removeStaleWorkDirs,
  renderPlan,
  renderProcessCount,
  renderWorkRoot,
  SPLIT_FROM_PRACTICES,
} from '../../src/build/render-plan.ts';
import { currentRenderGroup, dataFileGroup, rendersGroup } from '../../src/site/render-group.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function files(base: string, contents: Record<string, string>): string {
  for (const [path, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('how many processes render the pages', () => {
  test('two on a large catalogue with a core to spare, one otherwise', () => {
    expect(renderProcessCount(SPLIT_FROM_PRACTICES, 2)).toBe(2);
    expect(renderProcessCount(SPLIT_FROM_PRACTICES - 1, 2)).toBe(1);
    expect(renderProcessCount(10_000, 1)).toBe(1);
  });

  test('practice folders are counted without reading them', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-plan-'));
    files(root, { 'practices/a/fr.mdx': '', 'practices/b/fr.mdx': '', 'practices/README.txt': '' });
    expect(countPracticeFolders(root)).toBe(2);
    expect(countPracticeFolders(join(root, 'none'))).toBe(0);
  });

  test('with two, the reporting process writes into the staging folder and each has its own cache and working folder', () => {
    const plan = renderPlan(2, '/out/.atlas-build-site-1', '/cache', '/p/.astro/render', 41);
    expect(plan.map((p) => [p.group, p.outDir, p.cacheDir, p.workDir, p.reportIssues])).toEqual([
      ['other-pages', '/out/.atlas-build-site-1', '/cache/render-other-pages', '/p/.astro/render/41-other-pages', true],
      [
        'practice-pages',
        '/out/.atlas-build-site-1-practice-pages',
        '/cache/render-practice-pages',
        '/p/.astro/render/41-practice-pages',
        false,
      ],
    ]);
    expect(renderPlan(1, '/s', '/cache', '/p/.astro/render', 41)).toEqual([
      { outDir: '/s', cacheDir: '/cache', workDir: '/p/.astro/render/41-all', reportIssues: true },
    ]);
    expect(renderWorkRoot('/p')).toBe('/p/.astro/render');
  });
});

describe('working folders of render processes', () => {
  test("those of builds no longer running are removed; a running build's are kept", () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-work-'));
    files(root, {
      '4194305-practice-pages/.astro/x.mjs': '',
      '4194305-other-pages/x': '',
      [`${process.ppid}-other-pages/x`]: '',
    });
    expect(removeStaleWorkDirs(root).sort()).toEqual(['4194305-other-pages', '4194305-practice-pages']);
    expect(existsSync(join(root, `${process.ppid}-other-pages`))).toBe(true);
    expect(removeStaleWorkDirs(join(root, 'none'))).toEqual([]);
  });
});

describe('render groups', () => {
  test('every page is rendered when no group is set; a group renders only its own', () => {
    expect(currentRenderGroup({})).toBeUndefined();
    expect(rendersGroup('practice-pages', {})).toBe(true);
    expect(rendersGroup('practice-pages', { ATLAS_RENDER_GROUP: 'other-pages' })).toBe(false);
    expect(rendersGroup('other-pages', { ATLAS_RENDER_GROUP: 'other-pages' })).toBe(true);
    expect(() => currentRenderGroup({ ATLAS_RENDER_GROUP: 'practices' })).toThrow(
      /expected one of practice-pages, other-pages/,
    );
  });

  test('the practices open-data files, which hold the bodies, go with the practice pages; every other file with the rest', () => {
    expect(
      ['practices.json', 'practices.fr.csv', 'cities.json', 'observations.csv', 'LICENSE.txt'].map(dataFileGroup),
    ).toEqual(['practice-pages', 'practice-pages', 'other-pages', 'other-pages', 'other-pages']);
  });
});

describe('merging the output of two render processes', () => {
  test('moves what only one wrote, keeps one copy of identical files, and removes the merged folder', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-merge-'));
    const into = files(join(root, 'into'), {
      'index.html': 'root',
      'fr/cities/a/index.html': 'city',
      '_astro/app.js': 'js',
    });
    const from = files(join(root, 'from'), {
      'index.html': 'root',
      'fr/practices/p/index.html': 'practice',
      'fr/cities/x.txt': 'x',
      '_astro/app.js': 'js',
    });
    expect(mergeOutput(from, into)).toEqual({ moved: 2, shared: 2 });
    expect(readFileSync(join(into, 'fr/practices/p/index.html'), 'utf8')).toBe('practice');
    expect(readFileSync(join(into, 'fr/cities/x.txt'), 'utf8')).toBe('x');
    expect(readFileSync(join(into, 'fr/cities/a/index.html'), 'utf8')).toBe('city');
    expect(existsSync(from)).toBe(false);
  });

  test('files the two processes wrote differently stop the build, named', () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-merge-'));
    const into = files(join(root, 'into'), { 'robots.txt': 'Allow: /', '404.html': 'same' });
    const from = files(join(root, 'from'), { 'robots.txt': 'Allow: /atlas/', '404.html': 'same' });
    expect(() => mergeOutput(from, into)).toThrow(
      /different versions of 1 file\(s\): robots\.txt\. Build again with one render process/,
    );
  });
});
