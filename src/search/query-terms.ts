/**
 * What a visitor's words must match, for the catalogue search. Pagefind
 * matches a word as a prefix and, when no indexed word starts with it,
 * shortens it until one does ("Lomé" becomes "lo" and finds an unrelated
 * practice). These pure rules say when such a match is not what the visitor
 * meant; src/search/find-practices.ts applies them in the browser.
 */

/** Words of at most this many letters match whole words first ("lo", "ma", "onu"). */
export const SHORT_TERM_LENGTH = 3;

/** Lower case without diacritics, as Pagefind compares words. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The query's words, normalized (punctuation and quotes dropped). */
export function queryTerms(query: string): string[] {
  return normalizeWord(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '');
}

export function isShortTerm(term: string): boolean {
  return term.length <= SHORT_TERM_LENGTH;
}

/**
 * How many first letters of a term a text's word must share for the match
 * to be the term (its plural, its stem, a typo near its end) rather than a
 * shortened remnant of it: the whole of a short term, else 60 % and at least 3.
 */
export function requiredPrefix(term: string): number {
  return isShortTerm(term) ? term.length : Math.max(SHORT_TERM_LENGTH, Math.ceil(term.length * 0.6));
}

/** Whether a text holds a word that is this term (as requiredPrefix says), not a remnant of it. */
export function termFoundIn(term: string, text: string): boolean {
  const prefix = term.slice(0, requiredPrefix(term));
  return queryTerms(text).some((word) => word.startsWith(prefix));
}
