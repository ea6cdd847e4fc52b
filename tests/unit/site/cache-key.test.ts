import { describe, expect, test } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/model.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { catalogueKey, pageCacheKey, stableSerialize } from '../../../src/site/cache-key.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const catalogue = loadCatalogue({ contentDir: MINIMAL_FIXTURE }).catalogue!;
/** A deep copy: a new catalogue object with the same data. */
const copy = (): Catalogue => structuredClone(catalogue);

describe('pageCacheKey', () => {
  test('is a short string, stable across calls and across equal catalogue objects', () => {
    const practice = catalogue.practices[0]!;
    const key = pageCacheKey(catalogue, 'fr', practice);
    expect(key).toMatch(/^[\w-]{16,32}$/);
    expect(pageCacheKey(catalogue, 'fr', practice)).toBe(key);
    expect(pageCacheKey(copy(), 'fr', structuredClone(practice))).toBe(key);
  });

  test('does not depend on the order of object keys', () => {
    expect(pageCacheKey(catalogue, { a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      pageCacheKey(catalogue, { b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
    expect(
      stableSerialize(
        new Map([
          ['b', 1],
          ['a', 2],
        ]),
      ),
    ).toBe(
      stableSerialize(
        new Map([
          ['a', 2],
          ['b', 1],
        ]),
      ),
    );
  });

  test('changes when any input changes, including its position and array order', () => {
    const base = pageCacheKey(catalogue, 'fr', { title: 'A', tags: ['x', 'y'] });
    expect(pageCacheKey(catalogue, 'en', { title: 'A', tags: ['x', 'y'] })).not.toBe(base);
    expect(pageCacheKey(catalogue, 'fr', { title: 'B', tags: ['x', 'y'] })).not.toBe(base);
    expect(pageCacheKey(catalogue, 'fr', { title: 'A', tags: ['y', 'x'] })).not.toBe(base);
    expect(pageCacheKey(catalogue, 'fr', { title: 'A', tags: ['x', 'y'], extra: 0 })).not.toBe(base);
    expect(pageCacheKey(catalogue, { title: 'A', tags: ['x', 'y'] }, 'fr')).not.toBe(base);
    // Values JSON would confuse: undefined and null, a number and its text, dates.
    expect(pageCacheKey(catalogue, null)).not.toBe(pageCacheKey(catalogue, undefined));
    expect(pageCacheKey(catalogue, 1)).not.toBe(pageCacheKey(catalogue, '1'));
    expect(pageCacheKey(catalogue, new Date('2024-01-01'))).not.toBe(pageCacheKey(catalogue, new Date('2024-01-02')));
  });

  test('changes with a practice body the page passes in', () => {
    const practice = catalogue.practices[0]!;
    const edited = structuredClone(practice);
    const lang = Object.keys(edited.texts)[0] as keyof typeof edited.texts;
    edited.texts[lang]!.html += '<p>One more sentence.</p>';
    expect(pageCacheKey(catalogue, practice)).not.toBe(pageCacheKey(catalogue, edited));
  });

  test.each<[string, (c: Catalogue) => void]>([
    ['the site name', (c) => void (c.site.name = { ...c.site.name, en: `${c.site.name.en ?? ''} (new)` })],
    ['the published languages', (c) => void (c.site.languages = c.site.languages.slice(0, 1))],
    ['a taxonomy label', (c) => void (c.taxonomies.themes[0]!.label.en = 'Renamed')],
    ['an indicator', (c) => void (c.indicators[0]!.unit = c.indicators[0]!.unit === 'count' ? 'percent' : 'count')],
    ['a dataset description', (c) => void (c.datasets[0]!.meta.title = { en: 'Renamed' })],
  ])('changes when a datum every page may show changes: %s', (_, edit) => {
    const changed = copy();
    edit(changed);
    expect(catalogueKey(changed)).not.toBe(catalogueKey(catalogue));
    expect(pageCacheKey(changed, 'same input')).not.toBe(pageCacheKey(catalogue, 'same input'));
  });

  test('is memoized per catalogue object: a later mutation is not seen (catalogues are immutable in a build)', () => {
    const c = copy();
    const before = catalogueKey(c);
    c.taxonomies.themes[0]!.label.en = 'Renamed';
    expect(catalogueKey(c)).toBe(before);
    expect(catalogueKey(structuredClone(c))).not.toBe(before);
  });

  test('refuses what it cannot key rather than ignoring it', () => {
    expect(() => pageCacheKey(catalogue, () => 1)).toThrow(/function/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => pageCacheKey(catalogue, loop)).toThrow(/itself/);
  });
});
