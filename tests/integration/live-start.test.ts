/**
 * The live preview's start on a catalogue large enough to be read on worker
 * threads: the first start keeps each checked folder (folder-cache.ts), the
 * next reads only the folders whose files changed, and the catalogue and
 * its issues are still exactly a fresh load's, bodies rendered when read.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCatalogue } from '../../bench/generate-catalogue.ts';
import { LiveCatalogue } from '../../src/catalogue/live-catalogue.ts';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.ts';

let root: string;
let content: string;
let cacheDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-live-start-'));
  content = join(root, 'content');
  cacheDir = join(root, 'cache');
  generateCatalogue({ practices: 420, cities: 50, observations: 2000, out: content });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const start = async (options: { deferKpis?: boolean } = {}) => {
  const live = new LiveCatalogue({ contentDir: content, projectRoot: root, cacheDir });
  return { live, figures: await live.loadAll(options) };
};
const fresh = () => loadCatalogue({ contentDir: content, projectRoot: root });

describe('the live preview started again', () => {
  test('reads only what changed since the last start, and holds what a fresh load holds', async () => {
    const first = await start();
    expect(first.figures).toMatchObject({ cached: 0, read: 470 });
    expect(readdirSync(cacheDir)).toHaveLength(1);

    const second = await start();
    expect(second.figures).toMatchObject({ cached: 470, read: 0 });
    expect(second.live.issues).toEqual([]);
    expect(second.live.catalogue).toEqual(fresh().catalogue);

    // A file saved in place, a file added to another folder: those two folders read, the rest kept.
    const [edited, added] = readdirSync(join(content, 'practices')).sort();
    const editedFile = join(content, 'practices', edited!, readdirSync(join(content, 'practices', edited!))[0]!);
    writeFileSync(
      editedFile,
      readFileSync(editedFile, 'utf8').replace(/^title: .*$/m, 'title: "Edited between starts"'),
    );
    const addedFolder = join(content, 'practices', added!);
    appendFileSync(join(addedFolder, 'picture.png'), 'a new file: the preview does not open images');
    const third = await start();
    expect(third.figures).toMatchObject({ cached: 468, read: 2 });
    const practice = third.live.catalogue!.practices.find((p) => p.id === edited);
    expect(Object.values(practice!.texts).map((text) => text!.title)).toContain('Edited between starts');
    expect(third.live.catalogue).toEqual(fresh().catalogue);
    rmSync(join(addedFolder, 'picture.png'));
  }, 240_000);

  test('with the KPI tables left for later: practices at once, the check’s issues once the rest is read', async () => {
    const dataset = readdirSync(join(content, 'kpis', 'datasets'))[0]!;
    const rows = join(content, 'kpis', 'datasets', dataset, 'observations.csv');
    const original = readFileSync(rows, 'utf8');
    // A row naming a city that does not exist: an issue only the KPI tables and the cities together reveal.
    const [header, first, ...rest] = original.split('\n');
    expect(header).toBe('city,indicator,period,value,source');
    writeFileSync(rows, [header, first!.replace(/^[^,]*/, 'atlantis'), ...rest].join('\n'));
    try {
      const { live } = await start({ deferKpis: true });
      expect(live.complete).toBe(false);
      expect(live.catalogue!.practices).toHaveLength(420);
      const expected = fresh();
      expect(expected.issues.length).toBeGreaterThan(0);
      expect(live.issues.length).toBeLessThan(expected.issues.length);
      expect(live.readRest()).toBe(true);
      expect(live.issues).toEqual(expected.issues);
    } finally {
      writeFileSync(rows, original);
    }
  }, 240_000);
});
