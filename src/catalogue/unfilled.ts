/**
 * The places `npm run new` leaves for an editor to fill, and how the check
 * finds them when they were left as written. The scaffold and the check
 * share these marks, so a half-filled scaffold is reported line by line
 * instead of being published with "…" or an example sentence in it.
 */
import type { Lang } from '../i18n/languages.ts';
import type { EntryKindName } from './messages/index.ts';

/** What the scaffold writes where a value is still to come (in commented lines an editor may uncomment). */
export const UNFILLED = '…';

/** The example sentence the scaffold puts where the text goes, per kind and language. */
export const SCAFFOLD_BODY_HINTS: Record<EntryKindName, Record<Lang, string>> = {
  practice: {
    fr: 'Décrivez ici la pratique : contexte, démarche, résultats. Commencez les sections par « ## ».',
    en: 'Describe the practice here: context, approach, results. Start sections with "##".',
    es: 'Describa aquí la práctica: contexto, enfoque, resultados. Empiece las secciones con «##».',
  },
  city: {
    fr: 'Présentez ici l’action de la collectivité pour l’égalité femmes-hommes.',
    en: 'Describe here what this local government does for gender equality.',
    es: 'Presente aquí la acción de este gobierno local por la igualdad de género.',
  },
};

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

/** 0-based index of the body line that is still the scaffold's example sentence, if any. */
export function bodyHintLine(body: string, kind: EntryKindName): number | undefined {
  const hints = new Set(Object.values(SCAFFOLD_BODY_HINTS[kind]));
  const index = body.split('\n').findIndex((line) => hints.has(line.trim()));
  return index === -1 ? undefined : index;
}
