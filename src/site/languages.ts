/**
 * The languages the site is published in: site.yaml's `languages`, a subset
 * of the languages the catalogue can be written in. Every route's
 * getStaticPaths, the language switch, hreflang alternates, the root
 * chooser, the search and the map data read them from here.
 */
import type { Lang } from '../i18n/languages.ts';
import { getCatalogue } from './catalogue-data.ts';
import { staticPaths } from './static-paths.ts';

export async function publishedLanguages(): Promise<Lang[]> {
  return (await getCatalogue()).site.languages;
}

/** `getStaticPaths` of a page that exists once per published language. */
export const languagePaths = staticPaths((catalogue) => catalogue.site.languages.map((lang) => ({ params: { lang } })));
