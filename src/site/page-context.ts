/**
 * What every page needs to know about where it stands: its language, its
 * route inside the language, the base path, and the translator.
 */
import { isLang, type Lang } from '../i18n/languages.ts';
import { localizedPath } from '../i18n/paths.ts';
import { usePlural, useTranslations, type Translate, type TranslatePlural } from '../i18n/t.ts';

export interface PageContext {
  lang: Lang;
  base: string;
  t: Translate;
  /** Counted strings in the language's plural form. */
  plural: TranslatePlural;
  /** URL of a route in this page's language. */
  href: (route: string) => string;
}

export function pageContext(langParam: string | undefined): PageContext {
  if (!isLang(langParam)) throw new Error(`Unknown language "${langParam}" in a route.`);
  const base = import.meta.env.BASE_URL;
  return {
    lang: langParam,
    base,
    t: useTranslations(langParam),
    plural: usePlural(langParam),
    href: (route) => localizedPath(base, langParam, route),
  };
}
