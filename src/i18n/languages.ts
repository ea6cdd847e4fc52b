/**
 * The languages the catalogue is written and published in. Adding one means
 * adding a UI strings file and labels in every taxonomy; the schemas and the
 * router read this list, so nothing else needs to know the count.
 */
export const CONTENT_LANGUAGES = ['fr', 'en', 'es'] as const;

export type Lang = (typeof CONTENT_LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name written in that language, for the language switch. */
export const LANGUAGE_AUTONYMS: Record<Lang, string> = {
  fr: 'Français',
  en: 'English',
  es: 'Español',
};

/** BCP 47 tags for Intl formatting and the Open Graph locale. */
export const LOCALE_TAGS: Record<Lang, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  es: 'es-ES',
};
