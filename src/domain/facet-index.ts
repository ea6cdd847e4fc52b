/**
 * Every value of a facet with the practices that carry it, in one pass over
 * the practices (a filter per value costs practices × values: at 10,000
 * practices and 1,250 cities, 12 million tests). Each list keeps the order
 * of the practices given, so a list sorted by title gives sorted lists.
 * Built once per facet and list: the catalogue's arrays are not mutated
 * during a build.
 */
import type { PracticeRecord } from '../catalogue/model.ts';
import type { Facet } from './facets.ts';

const indexes = new WeakMap<readonly PracticeRecord[], Map<Facet, Map<string, PracticeRecord[]>>>();

export function facetValueIndex(facet: Facet, practices: readonly PracticeRecord[]): Map<string, PracticeRecord[]> {
  let byFacet = indexes.get(practices);
  if (!byFacet) indexes.set(practices, (byFacet = new Map()));
  let index = byFacet.get(facet);
  if (!index) {
    index = new Map();
    for (const practice of practices) {
      // A value listed twice in one practice still lists the practice once.
      for (const value of new Set(facet.values(practice))) {
        let list = index.get(value);
        if (!list) index.set(value, (list = []));
        list.push(practice);
      }
    }
    byFacet.set(facet, index);
  }
  return index;
}

export interface ListingPage<T> {
  value: string;
  page: number;
  pages: number;
  /** Practices carrying the value, on all pages. */
  total: number;
  items: T[];
}

/**
 * The static listing pages of one facet: for each value, its practices in
 * the order given, cut into pages of `size`. Every practice carrying a
 * value is on exactly one page of that value.
 */
export function facetListingPages(
  facet: Facet,
  practices: readonly PracticeRecord[],
  size: number,
): ListingPage<PracticeRecord>[] {
  const pages: ListingPage<PracticeRecord>[] = [];
  for (const [value, carrying] of facetValueIndex(facet, practices)) {
    const count = Math.max(1, Math.ceil(carrying.length / size));
    for (let page = 1; page <= count; page++) {
      pages.push({
        value,
        page,
        pages: count,
        total: carrying.length,
        items: carrying.slice((page - 1) * size, page * size),
      });
    }
  }
  return pages;
}
