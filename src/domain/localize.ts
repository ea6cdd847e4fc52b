/**
 * Picks the text of an entry for a page language. A language without its
 * own file falls back to the original, and says so: the page then knows to
 * show a notice and to mark the text with the original's `lang`.
 */
import type { Lang } from '../i18n/languages.ts';
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
