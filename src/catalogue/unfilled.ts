/**
 * The mark `npm run new` writes in its optional, commented lines, and how
 * the check finds it when an editor uncomments a line without filling it.
 * The scaffold and the check share the mark, so a half-filled line is
 * reported at its line instead of being published with "…" in it.
 */

/** What the scaffold writes where an optional value may come (in commented lines an editor may uncomment). */
export const UNFILLED = '…';

/**
 * A value still holding the mark: "…" (or "..." as some keyboards type it)
 * alone, or standing for the address in "https://…".
 */
export function isUnfilled(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === UNFILLED || text === '...' || /^https?:\/\/(…|\.\.\.)$/.test(text);
}

/** Paths of every value in `data` that still holds the mark. */
export function unfilledPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isUnfilled(data)) return [path];
  if (Array.isArray(data)) return data.flatMap((item, index) => unfilledPaths(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => unfilledPaths(value, [...path, key]));
  }
  return [];
}
