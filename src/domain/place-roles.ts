/**
 * How each city of a practice takes part in it (place-roles: where it
 * happens, lead, partner, funder, headquarters), and the words pages and
 * the map use for it.
 */
import type { PracticeRecord, Taxonomies } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import { DEFAULT_PLACE_ROLE } from '../schemas/practice.ts';

/** The roles of one city of a practice; a city without recorded roles is where it happens. */
export function placeRolesOf(practice: Pick<PracticeRecord, 'facts'>, cityId: string): string[] {
  const roles = practice.facts.cityRoles?.[cityId];
  return roles && roles.length > 0 ? roles : [DEFAULT_PLACE_ROLE];
}

/**
 * Whether a practice's places say anything beyond "it happens here": only
 * then do pages name the role of each place (of every place, so that the
 * place where it happens is named as such beside its partners).
 */
export function practiceShowsRoles(practice: Pick<PracticeRecord, 'facts'>): boolean {
  return practice.facts.cities.some((city) => {
    const roles = placeRolesOf(practice, city);
    return roles.length !== 1 || roles[0] !== DEFAULT_PLACE_ROLE;
  });
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/**
 * "Where it happens and lead": the roles' labels in `lang`, as one phrase.
 * Labels are written for the start of a line; within the phrase the later
 * ones start in lower case, and all of them `inSentence` (after a name or a colon).
 */
export function placeRolesText(
  taxonomies: Partial<Taxonomies>,
  roles: readonly string[],
  lang: Lang,
  { inSentence = false } = {},
): string {
  const entries = taxonomies['place-roles'] ?? [];
  const labels = roles.map((role, index) => {
    const label = entries.find((entry) => entry.id === role)?.label[lang] ?? role;
    return index === 0 && !inSentence ? label : label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
  });
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format.format(labels);
}

/** The role phrase of a city of a practice, when the practice names roles (`practiceShowsRoles`); else undefined. */
export function placeRoleNote(
  practice: Pick<PracticeRecord, 'facts'>,
  cityId: string,
  taxonomies: Partial<Taxonomies>,
  lang: Lang,
  options: { inSentence?: boolean } = {},
): string | undefined {
  if (!practiceShowsRoles(practice)) return undefined;
  return placeRolesText(taxonomies, placeRolesOf(practice, cityId), lang, options);
}

/** A city's name with its role, when the practice names roles: "Zio 1 — partner" (names may hold brackets). */
export function nameWithRole(
  name: string,
  practice: Pick<PracticeRecord, 'facts'>,
  cityId: string,
  taxonomies: Partial<Taxonomies> | undefined,
  lang: Lang,
): string {
  const role = taxonomies && placeRoleNote(practice, cityId, taxonomies, lang, { inSentence: true });
  return role ? `${name} — ${role}` : name;
}
