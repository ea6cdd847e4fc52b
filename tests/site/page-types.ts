/**
 * Every page type of the site in every language, read from the content
 * folder. Free of Vitest, so the screenshot and Lighthouse scripts list the
 * same pages as the browser tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { contentDir, entryIds, LANGUAGES, readEntry, siteConfig, type Lang } from './content.ts';

export type PageKind =
  | 'root'
  | 'root-404'
  | 'home'
  | 'practices'
  | 'practice'
  | 'cities'
  | 'city'
  | 'browse'
  | 'browse-value'
  | 'indicators'
  | 'indicator'
  | 'editors'
  | 'vocabularies'
  | 'not-found';

export interface PageType {
  kind: PageKind;
  /** Language the page must declare in <html lang>. */
  lang: Lang;
  /** Path on the site. */
  path: string;
  /** The expected HTTP status. */
  status: 200 | 404;
  /**
   * Route inside a language ("practices/her-voice/") whose versions in the
   * other languages are this page's alternates; undefined for pages that
   * have none (404 pages are not indexed).
   */
  route: string | undefined;
  /** True for pages built on the localized layout (header, skip link, language switch). */
  localized: boolean;
  /** Entry id of a practice or city page. */
  id?: string;
  /**
   * Context options the page needs. The root sends a visitor whose browser
   * asks for a language of the site to that language; a German-speaking
   * visitor stays on the chooser, which is what these tests look at.
   */
  contextOptions: BrowserContextOptions;
  /** "practice fr /fr/practices/x/", for test names. */
  label: string;
}

/** A locale the site does not offer: the root's script leaves such a visitor on the chooser. */
export const UNOFFERED_LOCALE: BrowserContextOptions = { locale: 'de-DE' };

/**
 * Every page type in every language, from the content folder: home, list of
 * practices, a practice, list of cities, a city, the list of themes and one
 * theme's practices (the browse pages), the localized 404 (an
 * unknown address under the language), plus the root and the root 404.
 */
export function pageTypes(): PageType[] {
  const { defaultLanguage } = siteConfig();
  const practice = entryIds('practices')[0];
  const city = entryIds('cities')[0];
  if (!practice || !city) throw new Error('The content folder should hold at least one practice and one city');
  const theme = (
    readEntry('practices', practice).files[readEntry('practices', practice).original]!.themes as string[]
  )[0]!;
  const indicator = (
    parseYaml(readFileSync(join(contentDir, 'kpis', 'indicators.yaml'), 'utf8')) as { id: string }[] | null
  )?.[0]?.id;
  const pages: PageType[] = [];
  const add = (page: Omit<PageType, 'label' | 'contextOptions'> & { contextOptions?: BrowserContextOptions }) =>
    pages.push({ contextOptions: {}, ...page, label: `${page.kind} ${page.lang} ${page.path}` });

  add({
    kind: 'root',
    lang: defaultLanguage,
    path: '/',
    status: 200,
    route: '',
    localized: false,
    contextOptions: UNOFFERED_LOCALE,
  });
  add({
    kind: 'root-404',
    lang: defaultLanguage,
    path: '/no-such-page/',
    status: 404,
    route: undefined,
    localized: false,
    contextOptions: UNOFFERED_LOCALE,
  });
  for (const lang of LANGUAGES) {
    const localized = (kind: PageKind, route: string, id?: string) =>
      add({ kind, lang, path: `/${lang}/${route}`, status: 200, route, localized: true, ...(id ? { id } : {}) });
    localized('home', '');
    localized('practices', 'practices/');
    localized('practice', `practices/${practice}/`, practice);
    localized('cities', 'cities/');
    localized('city', `cities/${city}/`, city);
    localized('browse', 'browse/theme/');
    localized('browse-value', `browse/theme/${theme}/`);
    localized('indicators', 'indicators/');
    if (indicator) localized('indicator', `indicators/${indicator}/`);
    localized('editors', 'editors/translations/');
    localized('vocabularies', 'editors/vocabularies/');
    add({ kind: 'not-found', lang, path: `/${lang}/no-such-page/`, status: 404, route: undefined, localized: true });
  }
  return pages;
}
