/**
 * The catalogue's and the map's Pagefind search, with the rules of
 * src/search/query-terms.ts: a short word finds whole words when any page
 * has it as a word, and a word that no practice holds finds nothing rather
 * than what Pagefind's shortened form of it happens to match.
 */
import { isShortTerm, queryTerms, termFoundIn } from './query-terms.ts';

/** What these rules need of a Pagefind search: its results' text and its filter counts. */
export interface SearchLike {
  results: { data: () => Promise<{ content: string }> }[];
  filters: Record<string, Record<string, number>>;
}
export interface PagefindLike<S extends SearchLike> {
  search(term: string | null, options?: Record<string, unknown>): Promise<S | null>;
}

/** Per Pagefind instance, whether a term is held by some practice (asked once per page view). */
const heldTerms = new WeakMap<object, Map<string, boolean>>();

async function isHeld<S extends SearchLike>(pagefind: PagefindLike<S>, term: string): Promise<boolean> {
  let known = heldTerms.get(pagefind);
  if (!known) heldTerms.set(pagefind, (known = new Map()));
  const cached = known.get(term);
  if (cached !== undefined) return cached;
  // Searched alone, the term's best page holds it if any page does (Pagefind shortens it only when none does).
  const best = (await pagefind.search(term))?.results[0];
  const held = best !== undefined && termFoundIn(term, (await best.data()).content);
  known.set(term, held);
  return held;
}

export async function findPractices<S extends SearchLike>(
  pagefind: PagefindLike<S>,
  query: string,
  options: Record<string, unknown> = {},
): Promise<S | null> {
  const text = query.trim();
  const terms = queryTerms(text);
  if (terms.length === 0) return pagefind.search(null, options);
  if (terms.length === 1 && isShortTerm(terms[0]!)) {
    // Quoted, Pagefind matches the exact word only: "lo" finds "lo", not "los" nor "Lomé".
    const whole = await pagefind.search(`"${terms[0]}"`, options);
    if (whole && whole.results.length > 0) return whole;
    return pagefind.search(text, options);
  }
  const search = await pagefind.search(text, options);
  if (!search) return search;
  for (const term of terms.filter((t) => !isShortTerm(t))) {
    if (!(await isHeld(pagefind, term))) return { ...search, results: [], filters: {} };
  }
  return search;
}
