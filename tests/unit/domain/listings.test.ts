import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import type { PracticeRecord } from '../../../src/catalogue/model.ts';
import { citiesOf, cityIndex, practicePlaces } from '../../../src/domain/catalogue-index.ts';
import { facetListingPages, facetValueIndex } from '../../../src/domain/facet-index.ts';
import { FACETS, facetByKey, facetCounts, practicesWith } from '../../../src/domain/facets.ts';
import { placeNames } from '../../../src/domain/localize.ts';
import { pageParam, pageRoute } from '../../../src/domain/paginate.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const catalogue = loadCatalogue({ contentDir: MINIMAL_FIXTURE }).catalogue!;
/** Many practices from the fixture's two, with ids of their own, so that lists run over several pages. */
const many: PracticeRecord[] = Array.from({ length: 23 }, (_, i) => {
  const source = catalogue.practices[i % catalogue.practices.length]!;
  return {
    ...source,
    id: `${source.id}-${i}`,
    facts: { ...source.facts, themes: i % 3 === 0 ? ['mobility', 'mobility'] : source.facts.themes },
  };
});

describe('facet listings', () => {
  test('the value index lists the same practices as a filter per value, in the given order, each once', () => {
    for (const facet of FACETS) {
      const index = facetValueIndex(facet, many);
      expect([...index.keys()].sort()).toEqual(
        facetCounts(facet, many)
          .map((c) => c.value)
          .sort(),
      );
      for (const [value, list] of index)
        expect(list.map((p) => p.id)).toEqual(practicesWith(facet, value, many).map((p) => p.id));
    }
  });

  test('pages of a value hold every practice carrying it exactly once, in order, numbered 1..pages', () => {
    const theme = facetByKey('theme')!;
    const pages = facetListingPages(theme, many, 5);
    for (const [value, carrying] of facetValueIndex(theme, many)) {
      const own = pages.filter((p) => p.value === value);
      expect(own.map((p) => p.page)).toEqual(own.map((_, i) => i + 1));
      expect(own.every((p) => p.pages === own.length && p.total === carrying.length && p.items.length <= 5)).toBe(true);
      expect(own.flatMap((p) => p.items)).toEqual(carrying);
    }
    expect(pages.some((p) => p.pages > 2)).toBe(true);
  });

  test('page routes: the first page is the list itself, then page/<n>/', () => {
    expect(pageRoute('browse/theme/mobility/', 1)).toBe('browse/theme/mobility/');
    expect(pageRoute('browse/theme/mobility/', 3)).toBe('browse/theme/mobility/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });
});

describe('catalogue index', () => {
  test('finds cities by id and names a practice’s places as placeNames does', () => {
    expect(cityIndex(catalogue.cities).get('villeneuve')?.id).toBe('villeneuve');
    for (const practice of catalogue.practices) {
      expect(citiesOf(practice, catalogue.cities).map((c) => c.id)).toEqual(
        practice.facts.cities.filter((id) => catalogue.cities.some((c) => c.id === id)),
      );
      for (const lang of ['fr', 'en', 'es'] as const)
        expect(practicePlaces(practice, catalogue.cities, lang)).toEqual(placeNames(practice, catalogue.cities, lang));
    }
    const unknown = { ...catalogue.practices[0]!, facts: { ...catalogue.practices[0]!.facts, cities: ['nowhere'] } };
    expect(citiesOf(unknown, catalogue.cities)).toEqual([]);
  });
});
