/**
 * Splits a long list into numbered pages, so that a catalogue of thousands
 * of practices still has light list pages for visitors without JavaScript.
 */
export const LIST_PAGE_SIZE = 48;

export interface ListPage<T> {
  /** 1-based. */
  page: number;
  pages: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({ page: index + 1, pages, items: items.slice(index * size, (index + 1) * size) }));
}
