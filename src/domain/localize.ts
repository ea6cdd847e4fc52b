/**
 * Picks the text of an entry for a page language. A language without its
 * own file falls back to the original, and says so: the page then knows to
 * show a notice and to mark the text with the original's `lang`.
 */
import { CONTENT_LANGUAGES, type Lang } from '../i18n/languages.ts';
import type { TextInLanguages } from '../schemas/common.ts';
import type { CityRecord, CityText, PracticeRecord, PracticeText } from '../catalogue/model.ts';
import { compareText, countryName } from './names.ts';

export interface Localized<T> {
  text: T;
  /** Language the text is written in (the page's, or the original's on fallback). */
  textLang: Lang;
  isFallback: boolean;
}

export interface LocalizedPractice extends Localized<PracticeText> {
  keywords: { values: string[]; lang: Lang };
  results: { values: string[]; lang: Lang };
}

export function localizePractice(practice: PracticeRecord, lang: Lang): LocalizedPractice {
  const original = practice.texts[practice.originalLanguage]!;
  const own = practice.texts[lang];
  const text = own ?? original;
  const fromOwnOrOriginal = (field: 'keywords' | 'results') =>
    own?.[field] !== undefined
      ? { values: own[field]!, lang: own.lang }
      : { values: original[field] ?? [], lang: original.lang };
  return {
    text,
    textLang: text.lang,
    isFallback: own === undefined,
    keywords: fromOwnOrOriginal('keywords'),
    results: fromOwnOrOriginal('results'),
  };
}

export function localizeCity(city: CityRecord, lang: Lang): Localized<CityText> {
  const own = city.texts[lang];
  const text = own ?? city.texts[city.originalLanguage]!;
  return { text, textLang: text.lang, isFallback: own === undefined };
}

/** Languages an entry has its own text in, the original first. */
export function availableLanguages(entry: { originalLanguage: Lang; texts: Partial<Record<Lang, unknown>> }): Lang[] {
  const others = (Object.keys(entry.texts) as Lang[]).filter((l) => l !== entry.originalLanguage).sort();
  return [entry.originalLanguage, ...others];
}

const sortedByTitle = new WeakMap<readonly PracticeRecord[], Map<Lang, PracticeRecord[]>>();

/**
 * Practices in the order of their titles as a reader of `lang` sees them.
 * Lists are sorted once per language: the catalogue's pages and its list
 * pages share the same sorted copy.
 */
export function sortByTitle(practices: readonly PracticeRecord[], lang: Lang): PracticeRecord[] {
  let byLang = sortedByTitle.get(practices);
  if (!byLang) sortedByTitle.set(practices, (byLang = new Map()));
  let sorted = byLang.get(lang);
  if (!sorted) {
    const compare = compareText(lang);
    sorted = practices
      .map((practice) => ({ practice, title: localizePractice(practice, lang).text.title }))
      .sort((a, b) => compare(a.title, b.title))
      .map(({ practice }) => practice);
    byLang.set(lang, sorted);
  }
  return sorted;
}

/** Where a practice takes place, for a reader of `lang`: its cities' names, then its country. */
export function placeNames(practice: PracticeRecord, cities: readonly CityRecord[], lang: Lang): string[] {
  const names = practice.facts.cities
    .map((id) => cities.find((c) => c.id === id))
    .filter((c): c is CityRecord => c !== undefined)
    .map((c) => localizeCity(c, lang).text.name);
  return [...names, countryName(practice.facts.country, lang)];
}

// Texts written once or per language: a dataset's texts (h15-texts).

export interface TextIn {
  text: string;
  /** Language the text is written in. */
  lang: Lang;
  /** The page's language has no text of its own: the page says so. */
  isFallback: boolean;
}

/**
 * The text a page in `lang` shows: its own language's, else the
 * `original` language's, else the first language given (fr, en, es). A text
 * written once is in `original`.
 */
export function textFor(value: TextInLanguages, original: Lang | undefined, lang: Lang): TextIn {
  if (typeof value === 'string') {
    // The schema refuses a text written once without its language; a missing one reads as the page's.
    const written = original ?? lang;
    return { text: value, lang: written, isFallback: written !== lang };
  }
  const own = value[lang];
  if (own !== undefined) return { text: own, lang, isFallback: false };
  const fallback =
    original !== undefined && value[original] !== undefined
      ? original
      : CONTENT_LANGUAGES.find((l) => value[l] !== undefined)!;
  return { text: value[fallback]!, lang: fallback, isFallback: true };
}

/** The text in `original`, else in the first language given: for files written in no language (CSV downloads, open data). */
export function originalText(value: TextInLanguages, original: Lang | undefined): string {
  if (typeof value === 'string') return value;
  return (original !== undefined ? value[original] : undefined) ?? value[CONTENT_LANGUAGES.find((l) => value[l])!]!;
}

/** The texts within a practice's facts for a page in `lang` (h15-texts). */
export interface PracticeFactTextsIn {
  promoter: TextIn;
  budgetNote?: TextIn;
  budgetPeriod?: TextIn;
  /** Parallel to the facts' lists. */
  partners: TextIn[];
  funders: TextIn[];
  /** A link's label, when it has one. */
  links: (TextIn | undefined)[];
}

/**
 * A translation's own budget note, names and labels, else the original's.
 * A text taken from the original is a fallback (with its notice) only on a
 * translated page: an untranslated page already says so once, at its top.
 */
export function localizePracticeFacts(practice: PracticeRecord, lang: Lang): PracticeFactTextsIn {
  const own = practice.texts[lang];
  const given = own?.factTexts;
  const original = practice.originalLanguage;
  const pick = (translated: string | undefined, written: string): TextIn =>
    translated !== undefined
      ? { text: translated, lang, isFallback: false }
      : { text: written, lang: original, isFallback: own !== undefined && original !== lang };
  const maybe = (translated: string | undefined, written: string | undefined) =>
    written === undefined ? undefined : pick(translated, written);
  const { promoter, budget, partners, funders, links } = practice.facts;
  return {
    promoter: pick(given?.promoter?.name, promoter.name),
    budgetNote: maybe(given?.budget?.note, budget?.note),
    budgetPeriod: maybe(given?.budget?.period, budget?.period),
    partners: partners.map((p, i) => pick(given?.partners?.[i]?.name, p.name)),
    funders: funders.map((f, i) => pick(given?.funders?.[i]?.name, f.name)),
    links: links.map((l, i) => maybe(given?.links?.[i]?.label, l.label)),
  };
}
