/**
 * Options of @astrojs/sitemap for this site: pages only (data files, feeds
 * and licences are not pages), each with its versions in every published
 * language (`i18n`, matched on the /<lang>/ prefix) and an `x-default`
 * pointing to the default language's version, as the pages' own heads do.
 * The root language chooser has no language: it is listed, never as an
 * alternate. Pages marked noindex are left out: 404 pages (by the
 * integration itself) and the offline "not saved" page of each language.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import type { Lang } from '../i18n/languages.ts';
import { routes } from '../i18n/paths.ts';
import { unavailablePagePath } from '../offline/site-files.ts';

export interface SitemapSettings {
  languages: readonly Lang[];
  defaultLanguage: Lang;
  /** Absolute URL of the site root with its base path, e.g. "https://example.org/atlas/". */
  root: string;
}

export function withDefaultAlternate(
  item: SitemapItem,
  settings: Pick<SitemapSettings, 'defaultLanguage' | 'root'>,
): SitemapItem {
  const links = (item.links ?? []).filter((link) => link.url !== settings.root);
  const byDefault = links.find((link) => link.lang === settings.defaultLanguage);
  if (item.url === settings.root || links.length === 0 || !byDefault) return { ...item, links: [] };
  return { ...item, links: [...links, { lang: 'x-default', url: byDefault.url }] };
}

/** Pages that tell search engines not to index them (`noindex` in BaseLayout), by their path after the base path. */
export function isNoindexPage(pathAfterBase: string, languages: readonly Lang[]): boolean {
  return languages.some(
    (lang) => pathAfterBase === unavailablePagePath(lang) || pathAfterBase === `${lang}/${routes.notFound()}`,
  );
}

/** `renderedElsewhere`: the addresses of pages another shard renders (src/integrations/pages-elsewhere.ts). */
export function sitemapOptions(settings: SitemapSettings, renderedElsewhere: string[] = []): SitemapOptions {
  return {
    customPages: renderedElsewhere,
    i18n: {
      defaultLocale: settings.defaultLanguage,
      locales: Object.fromEntries(settings.languages.map((lang) => [lang, lang])),
    },
    filter: (page) =>
      page.endsWith('/') &&
      !(page.startsWith(settings.root) && isNoindexPage(page.slice(settings.root.length), settings.languages)),
    serialize: (item) => withDefaultAlternate(item, settings),
  };
}
