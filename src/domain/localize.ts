/**
 * Picks the text of an entry for a page language. A language without its
 * own file falls back to the original, and says so: the page then knows to
 * show a notice and to mark the text with the original's `lang`.
 */
import type { Lang } from '../i18n/languages.ts';
import type { CityRecord, CityText, PracticeRecord, PracticeText } from '../catalogue/model.ts';

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
