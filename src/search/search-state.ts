/**
 * The catalogue search's state and its URL form. Pure functions, shared by
 * the browser script and the unit tests: what a shared link or the back
 * button restores is exactly what these parse.
 */
export const SORTS = ['relevance', 'title', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  /** Selected values per facet key; values within a facet are alternatives (OR). */
  filters: Record<string, string[]>;
  sort: Sort;
  allLanguages: boolean;
  /** How many pages of results are shown ("Show more" adds one): in the URL, so a link or a language switch keeps it. */
  page: number;
}

/** The facet values that exist, per facet key; anything else in a URL is ignored. */
export type KnownValues = Record<string, ReadonlySet<string>>;

/** Longer queries add nothing a person means and only cost time. */
export const MAX_QUERY_LENGTH = 200;
/** A page number beyond any catalogue's: larger ones in a URL are ignored. */
export const MAX_PAGE = 1000;

export function emptyState(): SearchState {
  return { query: '', filters: {}, sort: 'relevance', allLanguages: false, page: 1 };
}

export function parseState(search: string, known: KnownValues): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
  state.allLanguages = params.get('all') === '1';
  const page = params.get('page') ?? '';
  if (/^[1-9]\d{0,3}$/.test(page) && Number(page) <= MAX_PAGE) state.page = Number(page);
  for (const [key, values] of Object.entries(known)) {
    const chosen = [...new Set(params.getAll(key))].filter((value) => values.has(value));
    if (chosen.length > 0) state.filters[key] = chosen;
  }
  return state;
}

export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.allLanguages) params.set('all', '1');
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleValue(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[key] = [...current];
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

export type PagefindFilters = Record<string, { any: string[] }>;

/** Pagefind filters for a state: AND across facets, OR within a facet; `except` leaves one facet out. */
export function toPagefindFilters(state: SearchState, except?: string): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [key, values] of Object.entries(state.filters)) {
    if (key !== except && values.length > 0) filters[key] = { any: values };
  }
  return filters;
}

export function toPagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  switch (state.sort) {
    case 'title':
      return { title: 'asc' };
    case 'newest':
      return { date: 'desc' };
    case 'oldest':
      return { date: 'asc' };
    default:
      // Without a query there is no relevance to rank by: titles give a stable order.
      return state.query.trim() ? undefined : { title: 'asc' };
  }
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.keys(state.filters).length > 0;
}
