/**
 * "Did you mean …?" for ids and field names an editor mistyped. Compares
 * without case or accents, and also against labels, so "Mobilité" finds
 * the id "mobility".
 */
import { distance } from 'fastest-levenshtein';

export function foldForComparison(value: string): string {
  return (
    value
      .normalize('NFD')
      // Invisible format characters (soft hyphens, zero-width spaces) pasted from word processors.
      .replace(/\p{Cf}/gu, '')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .trim()
  );
}

/** An id for web addresses from any name: "Égalité dans les communes !" → "egalite-dans-les-communes". */
export function toSlug(text: string): string {
  return foldForComparison(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Candidate {
  id: string;
  /** Other spellings that should lead to this id (labels in each language). */
  aliases?: readonly string[];
}

/** The nearest candidate id, or undefined when none is close enough to help. */
export function nearest(value: string, candidates: readonly (string | Candidate)[]): string | undefined {
  const folded = foldForComparison(value);
  let best: { id: string; score: number } | undefined;
  for (const candidate of candidates) {
    const { id, aliases = [] } = typeof candidate === 'string' ? { id: candidate } : candidate;
    for (const spelling of [id, ...aliases]) {
      const other = foldForComparison(spelling);
      if (other === folded) return id;
      const score = distance(folded, other);
      const tolerance = Math.max(2, Math.floor(Math.min(folded.length, other.length) / 3));
      if (score <= tolerance && (!best || score < best.score)) best = { id, score };
    }
  }
  return best?.id;
}
