/**
 * Addresses this module adds to the site, inside the base path.
 */
import type { Lang } from '../i18n/languages.ts';

/** The open-data page, inside a language: /<lang>/data/. */
export const DATA_ROUTE = 'data/';

/** The feed of new and updated practices of one language. */
export const feedPath = (lang: Lang) => `${lang}/feed.xml`;

export const SITEMAP_INDEX = 'sitemap-index.xml';
