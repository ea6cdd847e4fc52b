/**
 * What the open-data builders need from the build besides the catalogue:
 * where the site lives (absolute URLs) and when an entry last changed.
 * Pages make one with `publishContext()` (src/publish/site-context.ts); tests
 * make their own, so every builder stays a pure function.
 */
import { CONTENT_LANGUAGES, type Lang } from '../i18n/languages.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { localizedPath, routes, withBase } from '../i18n/paths.ts';

export interface PublishContext {
  /** The site's origin, e.g. "https://example.org" (Astro's `site`). */
  site: string;
  /** The base path the site is served under, "/" or "/atlas/". */
  base: string;
  /** The languages the site publishes: pages and data exist in these only. */
  languages: readonly Lang[];
  /** When any of these content files last changed (git); undefined when unknown. */
  changedAt: (files: readonly string[]) => Date | undefined;
}

/** An absolute URL of a path inside the site (already prefixed with the base, or not). */
export function absoluteUrl(context: PublishContext, path: string): string {
  const inside = path.startsWith(context.base) ? path : withBase(context.base, path);
  return new URL(inside, context.site).href;
}

export function practiceUrl(context: PublishContext, lang: Lang, id: string): string {
  return absoluteUrl(context, localizedPath(context.base, lang, routes.practice(id)));
}

export function cityUrl(context: PublishContext, lang: Lang, id: string): string {
  return absoluteUrl(context, localizedPath(context.base, lang, routes.city(id)));
}

/** "2025-03-12T10:00:00.000Z", or null when git does not know the files. */
export function isoOrNull(date: Date | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** The languages the site publishes (site.yaml's `languages`), every content language when it does not say. */
export function publishedLanguagesOf(site: SiteSettings): Lang[] {
  const languages = (site as SiteSettings & { languages?: Lang[] }).languages;
  return languages && languages.length > 0 ? [...languages] : [...CONTENT_LANGUAGES];
}
