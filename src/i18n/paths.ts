/**
 * Every URL the site links to is built here, so that a network can publish
 * the catalogue under any base path (`/atlas/`) without a broken link.
 */
import type { Lang } from './languages.ts';

/** Joins the site's base path and a path inside the site, with exactly one slash between. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A practice's picture (the first image its description shows), where the build publishes it; none without one. */
export function practicePicturePath(
  base: string,
  practice: { id: string; images: readonly string[] },
): string | undefined {
  const file = practice.images[0];
  return file ? withBase(base, `media/practices/${practice.id}/${file}`) : undefined;
}

/** Routes inside one language, relative to the language root, always ending in "/". */
export const routes = {
  home: () => '',
  practices: () => 'practices/',
  /** Page n of the static practice list; page 1 is the catalogue itself. */
  practicesPage: (page: number) => (page <= 1 ? 'practices/' : `practices/page/${page}/`),
  practice: (id: string) => `practices/${id}/`,
  cities: () => 'cities/',
  map: () => 'map/',
  translationsToDo: () => 'editors/translations/',
  vocabularies: () => 'editors/vocabularies/',
  indicators: () => 'indicators/',
  indicator: (id: string) => `indicators/${id}/`,
  city: (id: string) => `cities/${id}/`,
  notFound: () => '404/',
  /** Static listing of a facet's values, for browsing without JavaScript. */
  browse: (facet: string) => `browse/${facet}/`,
  browseValue: (facet: string, value: string) => `browse/${facet}/${encodeURIComponent(value)}/`,
  /** The catalogue search with one facet value chosen. */
  searchFor: (facet: string, value: string) => `practices/?${new URLSearchParams({ [facet]: value }).toString()}`,
};

export function localizedPath(base: string, lang: Lang, route: string): string {
  return withBase(base, `${lang}/${route}`);
}

/** The same route in every published language, for hreflang links and the language switch. */
export function alternates(base: string, route: string, languages: readonly Lang[]): { lang: Lang; href: string }[] {
  return languages.map((lang) => ({ lang, href: localizedPath(base, lang, route) }));
}

/** The route of a page inside its language, from its full pathname. */
export function routeOf(base: string, pathname: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, '');
  return inside.replace(/^(fr|en|es)(\/|$)/, '');
}
