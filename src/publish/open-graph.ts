/**
 * Open Graph and Twitter card tags of a page: how a link to it looks when
 * shared (title, summary, picture). Every URL is absolute, as the protocol
 * requires.
 */
import { LOCALE_TAGS, type Lang } from '../i18n/languages.ts';
import { withBase } from '../i18n/paths.ts';
import type { SiteSettings } from '../schemas/site.ts';

export interface OpenGraphInput {
  lang: Lang;
  /** Every language the page exists in. */
  languages: readonly Lang[];
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  type: 'website' | 'article';
  siteName: string;
  /** Absolute URL of the page's picture, when it has one. */
  image?: string;
  imageAlt?: string;
  /** True when the picture is the page's own (a large card), false for the site's logo. */
  ownImage?: boolean;
  /** For articles: last change. */
  modified?: Date;
}

export interface MetaTag {
  /** "property" for Open Graph, "name" for Twitter. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

const ogLocale = (lang: Lang) => LOCALE_TAGS[lang].replace('-', '_');

export function openGraphTags(input: OpenGraphInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const tags: MetaTag[] = [
    og('og:type', input.type),
    og('og:site_name', input.siteName),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:url', input.url),
    og('og:locale', ogLocale(input.lang)),
    ...input.languages.filter((l) => l !== input.lang).map((l) => og('og:locale:alternate', ogLocale(l))),
  ];
  if (input.image) {
    tags.push(og('og:image', input.image));
    if (input.imageAlt) tags.push(og('og:image:alt', input.imageAlt));
  }
  if (input.type === 'article' && input.modified) tags.push(og('article:modified_time', input.modified.toISOString()));
  tags.push(
    tw('twitter:card', input.image && input.ownImage ? 'summary_large_image' : 'summary'),
    tw('twitter:title', input.title),
    tw('twitter:description', input.description),
  );
  if (input.image) tags.push(tw('twitter:image', input.image));
  return tags;
}

/**
 * The site's logo (`logo` in site.yaml, published at the base path) as the
 * picture of pages that have none of their own; undefined without a logo.
 */
export function siteLogo(site: SiteSettings, lang: Lang, base: string): { path: string; alt?: string } | undefined {
  const logo = (site as SiteSettings & { logo?: { published?: string; alt?: Partial<Record<Lang, string>> } }).logo;
  if (!logo?.published) return undefined;
  return { path: withBase(base, logo.published), alt: logo.alt?.[lang] };
}
