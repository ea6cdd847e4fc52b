import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import {
  FACETS,
  facetByKey,
  facetCounts,
  facetValueLabel,
  practicesWith,
  relatedPractices,
} from '../../../src/domain/facets.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const catalogue = loadCatalogue({ contentDir: MINIMAL_FIXTURE }).catalogue!;
const facet = (key: string) => facetByKey(key)!;

describe('facets', () => {
  test('cover every filterable field of a practice', () => {
    expect(FACETS.map((f) => f.key)).toEqual([
      'theme',
      'method',
      'power',
      'source',
      'country',
      'city',
      'scale',
      'sdg',
      'network',
      'status',
      'year',
      'language',
    ]);
  });
  test('read stable ids from a practice', () => {
    const audit = catalogue.practices.find((p) => p.id === 'street-lighting-audit')!;
    expect(facet('theme').values(audit)).toEqual(['public-space']);
    expect(facet('year').values(audit)).toEqual(['2021']);
    expect(facet('sdg').values(audit)).toEqual(['5', '11']);
    const routes = catalogue.practices.find((p) => p.id === 'safe-routes')!;
    expect(facet('year').values(routes)).toEqual([]);
  });
  test('label values in each language', () => {
    expect(facetValueLabel(facet('theme'), 'public-space', 'es', catalogue)).toBe('Espacio público');
    expect(facetValueLabel(facet('country'), 'ES', 'fr', catalogue)).toBe('Espagne');
    expect(facetValueLabel(facet('language'), 'es', 'en', catalogue)).toBe('Spanish');
    expect(facetValueLabel(facet('city'), 'villeneuve', 'en', catalogue)).toBe('Villeneuve');
  });
  test('count practices per value, most frequent first', () => {
    expect(facetCounts(facet('theme'), catalogue.practices)).toEqual([
      { value: 'public-space', count: 2 },
      { value: 'mobility', count: 1 },
    ]);
    expect(practicesWith(facet('theme'), 'mobility', catalogue.practices).map((p) => p.id)).toEqual(['safe-routes']);
  });
  test('related practices share a city, network, theme or country', () => {
    const [audit, routes] = ['street-lighting-audit', 'safe-routes'].map((id) =>
      catalogue.practices.find((p) => p.id === id)!,
    );
    expect(relatedPractices(audit!, catalogue.practices).map((p) => p.id)).toEqual(['safe-routes']);
    const unrelated = {
      ...routes!,
      id: 'other',
      facts: { ...routes!.facts, themes: ['x'], cities: [], networks: [], country: 'TG' },
    };
    expect(relatedPractices(unrelated, [audit!, unrelated])).toEqual([]);
  });
  test('equal scores: the more recently reviewed first, then catalogue order, at most four', () => {
    const base = catalogue.practices[0]!;
    const make = (id: string, lastReviewed: string) =>
      ({
        ...base,
        id,
        facts: { ...base.facts, themes: ['x'], cities: [], networks: [], country: 'TG', lastReviewed },
      }) as typeof base;
    const practices = [
      make('self', '2024-01-01'),
      make('old', '2020-01-01'),
      make('new', '2025-06-01'),
      make('mid-a', '2023-01-01'),
      make('mid-b', '2023-01-01'),
      make('older', '2019-01-01'),
    ];
    expect(relatedPractices(practices[0]!, practices).map((p) => p.id)).toEqual(['new', 'mid-a', 'mid-b', 'old']);
  });
});

describe('related practices at scale', () => {
  test('match a direct pairwise scoring on a generated catalogue', { timeout: 60_000 }, async () => {
    const { generateCatalogue } = await import('../../../bench/generate-catalogue.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'atlas-related-')), 'content');
    try {
      generateCatalogue({ practices: 120, cities: 30, observations: 10, out: dir });
      const practices = loadCatalogue({ contentDir: dir }).catalogue!.practices;
      const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
      const score = (p: (typeof practices)[number], q: (typeof practices)[number]) =>
        3 * shared(p.facts.cities, q.facts.cities) +
        2 * shared(p.facts.networks, q.facts.networks) +
        2 * shared(p.facts.themes, q.facts.themes) +
        (p.facts.country === q.facts.country ? 1 : 0);
      for (const practice of practices) {
        const got = relatedPractices(practice, practices).map((q) => score(practice, q));
        const best = practices
          .filter((q) => q !== practice)
          .map((q) => score(practice, q))
          .filter((s) => s > 0)
          .sort((a, b) => b - a)
          .slice(0, 4);
        expect(got, practice.id).toEqual(best);
      }
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});
