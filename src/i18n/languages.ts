/**
 * The languages the catalogue can be written and published in; site.yaml's
 * `languages` chooses which of them a site publishes (src/site/languages.ts).
 * Adding one means
 * adding a UI strings file and labels in every taxonomy; the schemas and the
 * router read this list, so nothing else needs to know the count.
 */
export const CONTENT_LANGUAGES = ['fr', 'en', 'es'] as const;

export type Lang = (typeof CONTENT_LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The published languages with the default first, then the others in
 * site.yaml's order: how the root chooser and the root 404 list them.
 */
export function defaultFirst(languages: readonly Lang[], defaultLanguage: Lang): Lang[] {
  return [defaultLanguage, ...languages.filter((l) => l !== defaultLanguage)];
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
