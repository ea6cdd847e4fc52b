/**
 * What the offline worker and the build agree on about the site's files:
 * which names carry a content hash (safe to keep forever), which are
 * verified against the build's hashes, which are never cached, and how a
 * file on disk maps to the URL that serves it. Pure: used by the build
 * (Node), the service worker and the tests.
 */

/** How the worker treats a path inside the site (relative to the base, no leading slash). */
export type FileKind =
  /** An HTML page (a folder URL or an .html file): carries the build marker. */
  | 'page'
  /** A name that changes when the content changes (bundled assets, Pagefind chunks). */
  | 'immutable'
  /** A fixed name whose content may change between builds (Pagefind's entry, map data, icons). */
  | 'verified'
  /** Never cached: the worker itself, and downloads the visitor asks for (KPI CSV files). */
  | 'network';

const IMMUTABLE = [/^_astro\//, /^pagefind\/(index|fragment|filter)\//, /^pagefind\/pagefind\.[\w-]+\.pf_meta$/];
const NETWORK_ONLY = [/^sw\.js$/, /^data\/kpi\//];

export function fileKind(path: string): FileKind {
  if (NETWORK_ONLY.some((re) => re.test(path))) return 'network';
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return 'page';
  if (IMMUTABLE.some((re) => re.test(path))) return 'immutable';
  return 'verified';
}

/** The URL path (inside the site) that serves a file of the output folder: "fr/index.html" → "fr/". */
export function urlPathOfFile(file: string): string {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The path inside the site of a URL pathname, or undefined when it lies outside the base. */
export function pathInSite(pathname: string, base: string): string | undefined {
  if (pathname === base.replace(/\/$/, '')) return '';
  if (!pathname.startsWith(base)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(base.length));
  } catch {
    return pathname.slice(base.length);
  }
}

/** The language a path belongs to ("fr/practices/x/" → "fr"), if any. */
export function languageOfPath(path: string, languages: readonly string[]): string | undefined {
  const first = path.split('/', 1)[0]!;
  return languages.includes(first) ? first : undefined;
}

/** The page shown for a page that is neither online nor saved, per language. */
export function unavailablePagePath(lang: string): string {
  return `${lang}/offline/unavailable/`;
}

/** The page where the visitor saves the catalogue of a language. */
export function savePagePath(lang: string): string {
  return `${lang}/offline/`;
}

/** The list of files to save for a language, written by the build. */
export function saveListPath(lang: string): string {
  return `offline/files-${lang}.json`;
}

/** Whether a path is a language's save list: kept in the cache only when that language is saved. */
export function isSaveList(path: string): boolean {
  return /^offline\/files-[\w-]+\.json$/.test(path);
}

/** The "page not found" of a language, or the root one (every language) for a path outside them. */
export function notFoundPagePath(lang: string | undefined): string {
  return lang ? `${lang}/404/` : '404.html';
}

/** Whether a save list holds the page at a path, written with or without its final "/" or "index.html". */
export function listHolds(list: { files: readonly (readonly [string, ...unknown[]])[] }, path: string): boolean {
  const folder = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  const candidates = new Set([path, folder, folder.endsWith('/') || folder === '' ? folder : `${folder}/`]);
  return list.files.some(([file]) => candidates.has(file));
}
