/**
 * Facet counts that count practices, not pages. With "all languages" the
 * merged indexes hold one page per translation, and Pagefind counts pages:
 * a facet then read "(8)" over 5 practices. Pure, for the browser script
 * and the unit tests.
 */

/** What the count needs of a search result: its practice id and its filter values. */
export interface CountedResult {
  practice: string;
  filters: Record<string, string[]>;
}

/** Per facet key and value, how many distinct practices carry it. */
export function countPractices(results: readonly CountedResult[]): Record<string, Record<string, number>> {
  const seen: Record<string, Record<string, Set<string>>> = {};
  for (const { practice, filters } of results) {
    for (const [key, values] of Object.entries(filters)) {
      const byValue = (seen[key] ??= {});
      for (const value of values) (byValue[value] ??= new Set()).add(practice);
    }
  }
  return Object.fromEntries(
    Object.entries(seen).map(([key, byValue]) => [
      key,
      Object.fromEntries(Object.entries(byValue).map(([value, ids]) => [value, ids.size])),
    ]),
  );
}
