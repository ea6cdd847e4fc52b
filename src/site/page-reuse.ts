/**
 * Pages kept out of Astro when nothing they show changed. Every keyed page
 * (a `cacheKey` in its getStaticPaths entry: page-keys.ts, cache-key.ts)
 * is recorded after a good build in a manifest of the render process's
 * cache folder: its key and the file it wrote, with that file's size,
 * and modification time as the site holds it once swapped in. The
 * next build of the same code (`code`: src/, public/, the configuration,
 * the locked packages, the settings) leaves a page out of Astro when its
 * key is the same and the last site still holds its file untouched, and
 * hard-links that file into the new output instead (a copy across file
 * systems). Anything else, a missing or modified file, another key, other
 * code, no manifest, renders the page: never a stale page, at worst one
 * rendered for nothing.
 *
 * The render process sets this up before Astro starts (`prepareReuse`),
 * staticPaths (static-paths.ts) asks `leaveOutReused` for each route, and
 * `finishReuse` links the files once Astro is done; the build records the
 * manifest (`recordReusablePages`) only after the new site is in place, so
 * a failed build leaves the last one's untouched. State lives on
 * globalThis, as Astro's integrations and the bundled pages are two module
 * graphs in one process.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { GetStaticPathsItem } from 'astro';
import { NO_KEY, stableSerialize } from './cache-key.ts';

/** What a route needs to name its files: its kind and its URL from parameters (Astro's resolved route). */
export interface RouteFiles {
  type: string;
  generate(params: Record<string, string | number | undefined>): string;
}

export interface ReuseSetup {
  /** The last output of this render process: the live site, or a shard's last folder. */
  from: string;
  /** This process's cache folder: the manifest lives in <cacheDir>/practice-atlas/. */
  cacheDir: string;
  /** The digest of everything besides the keys that shapes a page (reuseCodeDigest, src/build/render-processes.ts). */
  code: string;
}

interface Keyed {
  key: string;
  /** The output file, relative to the site's folder, with forward slashes. */
  file: string;
}

interface Recorded extends Keyed {
  size: number;
  /**
   * Size and time, as make and rsync compare files: an edit changes the
   * time; a copy that keeps it (a CI cache restored, `cp -p`) is the same
   * file, so the inode is not compared.
   */
  mtimeMs: number;
}

interface Manifest<Entry> {
  code: string;
  /** By page: route pattern, NUL, its parameters (stableSerialize). */
  pages: Record<string, Entry>;
  /** The files this build took from the last output rather than render (logs, tests). */
  reused: string[];
}

interface State {
  setup: ReuseSetup;
  previous: Map<string, Recorded>;
  routes: Map<string, RouteFiles>;
  keyed: Map<string, Keyed>;
  reused: Map<string, string>;
}

const STATE = Symbol.for('practice-atlas.page-reuse');
const ROUTES = Symbol.for('practice-atlas.route-files');
const global = globalThis as Record<symbol, unknown>;

const manifestFile = (cacheDir: string) => join(cacheDir, 'practice-atlas', 'reused-pages.json');
const pendingFile = (cacheDir: string) => join(cacheDir, 'practice-atlas', 'reused-pages.pending.json');

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Astro's resolved routes, by pattern (src/integrations/route-files.ts hands them over before any getStaticPaths). */
export function setRouteFiles(routes: Map<string, RouteFiles>): void {
  global[ROUTES] = routes;
}

/** In the render process, before Astro: the last build's manifest, if it was made by the same code. */
export function prepareReuse(setup: ReuseSetup): void {
  const last = readJson<Manifest<Recorded>>(manifestFile(setup.cacheDir));
  const previous = new Map(last?.code === setup.code && existsSync(setup.from) ? Object.entries(last.pages) : []);
  global[STATE] = { setup, previous, routes: new Map(), keyed: new Map(), reused: new Map() } satisfies State;
}

/** The file a page of a route writes: a page's index.html in its folder (build.format 'directory'), an endpoint's own name. */
export function fileOf(route: RouteFiles, params: Record<string, string | number | undefined>): string {
  const path = route.generate(params).replace(/^\/+/, '');
  if (route.type !== 'page') return path.replace(/\/+$/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
}

const sameFile = (path: string, recorded: Recorded) => {
  const now = statSync(path, { throwIfNoEntry: false });
  return now !== undefined && now.isFile() && now.size === recorded.size && now.mtimeMs === recorded.mtimeMs;
};

/**
 * The paths of a route that Astro must render: those without a key, and
 * those whose page changed or whose last file is not there as recorded.
 * The others are noted for finishReuse and returned apart (the sitemap
 * still lists them). Everything is rendered when reuse was not prepared.
 */
export function leaveOutReused<Path extends GetStaticPathsItem>(
  routePattern: string,
  paths: Path[],
): { render: Path[]; reused: Path[] } {
  const state = global[STATE] as State | undefined;
  const route = (global[ROUTES] as Map<string, RouteFiles> | undefined)?.get(routePattern);
  if (!state || !route) return { render: paths, reused: [] };
  const render: Path[] = [];
  const reused: Path[] = [];
  for (const path of paths) {
    const key = path.cacheKey;
    if (key === undefined || key === NO_KEY) {
      render.push(path);
      continue;
    }
    const id = `${routePattern}\u0000${stableSerialize(path.params)}`;
    const file = fileOf(route, path.params);
    state.keyed.set(id, { key: String(key), file });
    const last = state.previous.get(id);
    if (
      last !== undefined &&
      last.key === String(key) &&
      last.file === file &&
      sameFile(join(state.setup.from, file), last)
    ) {
      if (!state.reused.has(id)) reused.push(path);
      state.reused.set(id, file);
    } else render.push(path);
  }
  return { render, reused };
}

/**
 * Once Astro has written its pages into `outDir`: the pages left out are
 * linked from the last output, and this build's keys noted for
 * recordReusablePages. Returns how many pages were keyed and reused.
 */
export function finishReuse(outDir: string): { keyed: number; reused: number } | undefined {
  const state = global[STATE] as State | undefined;
  if (!state) return undefined;
  const folders = new FolderMaker();
  for (const file of state.reused.values()) {
    const target = join(outDir, file);
    folders.make(dirname(target));
    linkOrCopy(join(state.setup.from, file), target);
  }
  const pending: Manifest<Keyed> = {
    code: state.setup.code,
    pages: Object.fromEntries(state.keyed),
    reused: [...state.reused.values()].sort(),
  };
  mkdirSync(dirname(pendingFile(state.setup.cacheDir)), { recursive: true });
  writeFileSync(pendingFile(state.setup.cacheDir), JSON.stringify(pending));
  return { keyed: state.keyed.size, reused: state.reused.size };
}

/**
 * Folders made once each, parents first, with a plain mkdir: a recursive
 * one per folder took 1.1 s of the render process for the 3,500 folders of
 * 1,000 practices (it checks every parent), a plain one about two thirds.
 */
class FolderMaker {
  readonly #made = new Set<string>();
  make(folder: string): void {
    if (this.#made.has(folder)) return;
    const parent = dirname(folder);
    if (parent !== folder) this.make(parent);
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    this.#made.add(folder);
  }
}

/** A file of the last site into the new one (its folder made): a hard link, else a copy, which nothing shares. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another file system, one without hard links, or a file at its file system's most links.
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') copyFileSync(from, to);
    else throw error;
  }
}

/**
 * After the site is in place (the live site, or a shard's folder): the keys
 * of the build that made it, with each file as the site now holds it, are
 * what the next build compares with. A page whose file is not there is left
 * out (rendered next time).
 */
export function recordReusablePages(cacheDir: string, siteDir: string): number {
  const pending = readJson<Manifest<Keyed>>(pendingFile(cacheDir));
  rmSync(pendingFile(cacheDir), { force: true });
  const target = manifestFile(cacheDir);
  if (!pending) {
    rmSync(target, { force: true });
    return 0;
  }
  const pages: Record<string, Recorded> = {};
  for (const [id, { key, file }] of Object.entries(pending.pages)) {
    const stat = statSync(join(siteDir, file), { throwIfNoEntry: false });
    if (stat?.isFile()) pages[id] = { key, file, size: stat.size, mtimeMs: stat.mtimeMs };
  }
  const manifest: Manifest<Recorded> = { code: pending.code, pages, reused: pending.reused };
  writeFileSync(`${target}.new`, JSON.stringify(manifest));
  renameSync(`${target}.new`, target);
  return Object.keys(pages).length;
}

/** What the last recorded manifest holds: the files the next build may take, and those its build took (tests). */
export function recordedReuse(cacheDir: string): { reusable: string[]; reused: string[] } | undefined {
  const manifest = readJson<Manifest<Recorded>>(manifestFile(cacheDir));
  return manifest && { reusable: Object.values(manifest.pages).map((p) => p.file), reused: manifest.reused };
}
