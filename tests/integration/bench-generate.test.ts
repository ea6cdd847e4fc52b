import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.ts';
import { generateCatalogue, isGeneratedWith } from '../../bench/generate-catalogue.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

// The benchmark's N = 200: cities N / 8 (at least 50), 100 KPI rows per practice.
const options = { practices: 200, cities: 50, observations: 20_000 };

describe('the generated benchmark catalogue', () => {
  test(
    'is the same byte for byte when generated twice with the same parameters, and valid',
    { timeout: 120_000 },
    () => {
      const [a, b] = [join(dir, 'a'), join(dir, 'b')];
      generateCatalogue({ ...options, out: a });
      generateCatalogue({ ...options, out: b });
      const listed = files(a);
      expect(listed).toEqual(files(b));
      expect(listed.filter((f) => f.startsWith('practices/') && f.endsWith('.mdx')).length).toBeGreaterThan(400);
      const different = listed.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
      expect(different).toEqual([]);
      expect(isGeneratedWith({ ...options, out: a })).toBe(true);
      expect(isGeneratedWith({ ...options, observations: 30_000, out: a })).toBe(false);

      const { catalogue, issues } = loadCatalogue({ contentDir: a });
      expect(issues).toEqual([]);
      expect(catalogue?.practices).toHaveLength(200);
      expect(catalogue?.cities).toHaveLength(50);
      expect(catalogue?.datasets.reduce((sum, d) => sum + d.observations.length, 0)).toBe(20_000);
    },
  );
  test('changes with the seed', { timeout: 60_000 }, () => {
    const [a, b] = [join(dir, 'seed-7'), join(dir, 'seed-8')];
    generateCatalogue({ practices: 20, cities: 5, observations: 10, out: a });
    generateCatalogue({ practices: 20, cities: 5, observations: 10, out: b, seed: 8 });
    expect(files(b)).not.toEqual(files(a));
  });
});
