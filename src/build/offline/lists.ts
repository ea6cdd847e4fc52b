/**
 * The pure part of the offline build: from the files of the built site,
 * the build version, the worker's shell, the hashes it verifies, and the
 * list of files to save per language. src/build/offline/files.ts reads
 * the disk and writes the results.
 */
import { contentHash } from '../../offline/content-hash.ts';
import type { SaveListFile } from '../../offline/save-list.ts';
import { fileKind, notFoundPagePath, unavailablePagePath, urlPathOfFile } from '../../offline/site-files.ts';
import { APP_ICONS, manifestPath } from '../../offline/web-app.ts';

export interface BuiltFile {
  /** Path of the file in the output folder, with "/" ("fr/index.html"). */
  file: string;
  bytes: number;
  hash: string;
  /**
   * For pages: the paths inside the site their attributes refer to. Only
   * the files a page uses are followed (usedFiles), not the pages it links.
   */
  refs?: readonly string[];
}

/** Characters of a build version. */
export const VERSION_LENGTH = 12;

/** The version of a build: a hash of every file's path and content hash, so an unchanged build keeps it. */
export function buildVersion(files: readonly BuiltFile[]): Promise<string> {
  const lines = files.map((f) => `${f.file} ${f.hash}`).sort();
  return contentHash(lines.join('\n')).then((hash) => hash.slice(0, VERSION_LENGTH));
}

// HTML's whitespace is ASCII only, unlike \s and trim(), which also take Unicode spaces.
const ATTRIBUTE = /[ \t\n\f\r](?:src|href)="([^"]*)"/g;
const SRCSET = /[ \t\n\f\r]srcset="([^"]*)"/g;
const SPACES = /[ \t\n\f\r]+/;
const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

function trimWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isWhitespace(value.charCodeAt(start))) start += 1;
  while (end > start && isWhitespace(value.charCodeAt(end - 1))) end -= 1;
  return value.slice(start, end);
}

/**
 * Paths inside the site that a page's src, href and srcset attributes
 * point to (absolute paths under the base; other hosts and anchors left out).
 *
 * Every character the expressions look for is ASCII, so they find the same
 * paths in the page's bytes read as Latin-1 (one character per byte, no
 * decoding) as in its text: offline-files.ts relies on it.
 */
export function referencedPaths(html: string, base: string): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    const url = trimWhitespace(value).split(/[?#]/, 1)[0]!;
    if (url.startsWith(base) && !url.startsWith('//')) found.add(url.slice(base.length));
  };
  for (const match of html.matchAll(ATTRIBUTE)) add(match[1]!);
  for (const match of html.matchAll(SRCSET))
    for (const candidate of match[1]!.split(',')) add(trimWhitespace(candidate).split(SPACES, 1)[0]!);
  // Modules inlined in the page import their chunks by quoted path.
  const escaped = base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  for (const match of html.matchAll(new RegExp(`[\`"'](${escaped}_astro/[^\`"' \\t\\n\\f\\r]+)[\`"']`, 'g')))
    add(match[1]!);
  return [...found];
}

/** Kinds of path that a save list never follows from a page: other pages, and downloads. */
function isFollowed(path: string): boolean {
  const kind = fileKind(path);
  return kind !== 'network' && kind !== 'page';
}

/**
 * Of a page's references, the files it uses (styles, scripts, images,
 * data), the only ones the lists follow. A page of KPI periods links to
 * hundreds of other pages and uses a handful of files: keeping only these
 * keeps the lists of 40,000 pages small.
 */
export function usedFiles(refs: readonly string[]): string[] {
  return refs.filter(isFollowed);
}

/**
 * One copy of each distinct path. A path cut out of a page's text by a
 * regular expression can keep the whole text alive in V8 (a substring may
 * point into its parent string), so the first occurrence is stored as a
 * string of its own, and later occurrences are given that copy.
 */
export class PathInterner {
  readonly #paths = new Map<string, string>();

  intern(path: string): string {
    let kept = this.#paths.get(path);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(path)) as string;
      this.#paths.set(kept, kept);
    }
    return kept;
  }

  internAll(paths: readonly string[]): string[] {
    return paths.map((p) => this.intern(p));
  }
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Pagefind's files a search in one language loads: its script, worker, entry, wasm, metadata and chunks. */
function searchFiles(paths: readonly string[], lang: string, entry: PagefindEntry): Set<string> {
  const info = entry.languages[lang];
  if (!info) return new Set();
  const own = new Set([
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/wasm.${info.wasm ?? 'unknown'}.pagefind`,
    `pagefind/pagefind.${info.hash}.pf_meta`,
  ]);
  const chunk = new RegExp(`^pagefind/(index|fragment|filter)/${lang}_`);
  return new Set(paths.filter((p) => own.has(p) || chunk.test(p)));
}

/**
 * Everything the catalogue of one language needs offline: its pages and
 * the language chooser, the bundled scripts and styles, the files its
 * pages show (images), its search index, the map data and the app icons.
 * KPI downloads (CSV) are left out: they are files to take away, not pages.
 */
export function saveListFiles(files: readonly BuiltFile[], lang: string, entry: PagefindEntry): SaveListFile[] {
  const byPath = new Map(files.map((f) => [urlPathOfFile(f.file), f]));
  const paths = [...byPath.keys()];
  const chosen = new Set<string>(searchFiles(paths, lang, entry));
  for (const f of files) {
    const path = urlPathOfFile(f.file);
    const isPage = path === '' || path.startsWith(`${lang}/`);
    if (isPage && fileKind(path) === 'page') {
      chosen.add(path);
      // Pages link to their versions in the other languages: only the files they load are followed.
      for (const ref of f.refs ?? []) if (byPath.has(ref) && isFollowed(ref)) chosen.add(ref);
    }
  }
  for (const path of paths) if (path.startsWith('_astro/')) chosen.add(path);
  for (const path of [
    `data/map/${lang}.json`,
    'data/map/filters.json',
    'data/map/countries.json',
    `data/map/labels-${lang}.json`,
    manifestPath(lang),
    ...APP_ICONS.map((i) => i.path),
  ]) {
    if (byPath.has(path)) chosen.add(path);
  }
  return [...chosen].sort().map((path) => {
    const f = byPath.get(path)!;
    return [path, f.bytes, f.hash];
  });
}

/**
 * What the worker caches when it installs: the page shown for what is not
 * saved (per language) and the "page not found" pages (per language, and
 * the root one), with the styles and scripts they load, which are those of
 * every page, and Pagefind's entry file, tiny but deciding which index a
 * search reads. Nothing large: the rest is cached as it is used, or saved
 * on demand.
 */
export function shellPaths(files: readonly BuiltFile[], languages: readonly string[]): string[] {
  const byPath = new Map(files.map((f) => [urlPathOfFile(f.file), f]));
  const wanted = new Set(['pagefind/pagefind-entry.json', 'favicon.svg']);
  const pages = [
    ...languages.map(unavailablePagePath),
    ...languages.map(notFoundPagePath),
    notFoundPagePath(undefined),
  ];
  for (const page of pages) {
    wanted.add(page);
    for (const ref of byPath.get(page)?.refs ?? []) if (ref.startsWith('_astro/')) wanted.add(ref);
  }
  return [...wanted].filter((p) => byPath.has(p)).sort();
}

/** Content hashes of the files whose name does not change with their content. */
export function verifiedHashes(files: readonly BuiltFile[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const f of files) {
    const path = urlPathOfFile(f.file);
    if (fileKind(path) === 'verified') hashes[path] = f.hash;
  }
  return hashes;
}
