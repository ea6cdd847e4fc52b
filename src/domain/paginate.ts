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
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    pages,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * The route of page `n` of a list whose first page is at `first`
 * ("browse/theme/mobility/" → "browse/theme/mobility/page/2/"), the same
 * scheme as the catalogue's `practices/page/<n>/`.
 */
export function pageRoute(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** The rest parameter of a paged route (`[...page]`): none for the first page, "page/<n>" after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}
