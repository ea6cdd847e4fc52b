/**
 * The service worker (bundled by the build into `<base>sw.js`, with the
 * build's WorkerConfig in front). docs/architecture.md, "Offline", tells
 * the strategy and why; in short:
 *
 * - One cache per build. A cache only ever receives files of its build:
 *   names with a content hash, files whose hash matches the build's list,
 *   pages whose build marker is the build's version. So no page is served
 *   with assets or search chunks of another build.
 * - Navigations: network first, a saved copy after a short wait, then the
 *   "not saved" page of the language.
 * - Other files: the cache first, the network for the rest.
 * - As soon as a response shows that the server holds another build, the
 *   worker stops trusting its cache while online (network first for
 *   everything, the cache only when the network fails) and asks the
 *   browser to fetch the new worker. The new one installs completely in
 *   its own cache, keeps what did not change, and waits until the visitor
 *   accepts the update; then the old caches are removed.
 */
import { readBuildMarker, removeBuildMarker } from './build-marker.ts';
import { cacheName, outdatedCaches } from './cache-names.ts';
import { contentHash } from './content-hash.ts';
import { missingFiles, totalOf, type SaveList } from './save-list.ts';
import {
  fileKind,
  isSaveList,
  languageOfPath,
  listHolds,
  notFoundPagePath,
  pathInSite,
  saveListPath,
  unavailablePagePath,
  type FileKind,
} from './site-files.ts';
import type { WorkerConfig } from './worker-config.ts';

/** Written by the build in front of the bundle. */
declare const ATLAS_OFFLINE: WorkerConfig;

/* The few service-worker types used here (the project compiles against the DOM library only). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  /** The page that made the request ("" for a navigation), and the page a navigation makes. */
  clientId: string;
  resultingClientId: string;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  registration: { update(): Promise<unknown>; waiting: unknown; installing: unknown };
  clients: {
    claim(): Promise<void>;
    matchAll(options?: { type?: string; includeUncontrolled?: boolean }): Promise<{ id: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const config = ATLAS_OFFLINE;
const scope = self as unknown as WorkerScope;
const CACHE = cacheName(config.base, config.version);
/** Header of the save page's requests: answer with what was done instead of the file. */
const SAVE_HEADER = 'x-atlas-save';

/** Set when a response shows the server holds another build than this worker's. */
let serverMovedOn = false;

/**
 * The build of the page each open page was served as, by client id: a page
 * of another build (fetched while the server moved on) must get its files
 * from the network, never this build's cache. Lost when the browser stops
 * the worker; a new worker waiting then says the same.
 */
const pageBuilds = new Map<string, string | undefined>();

function movedOn(): boolean {
  return serverMovedOn || Boolean(scope.registration.waiting || scope.registration.installing);
}

/** Whether a request may be answered from this build's cache: it comes from a page of this build. */
function servesThisBuild(clientId: string): boolean {
  const build = clientId ? pageBuilds.get(clientId) : undefined;
  if (build !== undefined) return build === config.version;
  return !movedOn();
}

/**
 * Every network request of the worker for a page or a file whose name does
 * not change with its content asks the server (a conditional request, so
 * an unchanged file costs a 304): hosts such as GitHub Pages let browsers
 * keep every file for 10 minutes, and the browser's HTTP cache would hand
 * back the previous build's copy after a deploy.
 */
function fromServer(request: Request | string, kind: FileKind): Request {
  return kind === 'immutable' ? new Request(request) : new Request(request, { cache: 'no-cache' });
}

function urlOf(path: string): string {
  return new URL(config.base + path, scope.location.origin).href;
}

/** Query strings never change a static file: one cache entry per path. */
function cacheKey(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

function noticeOtherBuild(): void {
  if (serverMovedOn) return;
  serverMovedOn = true;
  // The browser fetches sw.js again; the new build's worker installs beside this one.
  void scope.registration.update().catch(() => undefined);
}

/** Whether a response is this build's file, so that it may go into this build's cache. */
async function isOfThisBuild(path: string, kind: FileKind, response: Response): Promise<boolean> {
  if (kind === 'immutable') return true;
  if (kind === 'page') return readBuildMarker(await response.text()) === config.version;
  if (kind === 'verified')
    return (
      config.hashes[path] !== undefined && (await contentHash(await response.arrayBuffer())) === config.hashes[path]
    );
  return false;
}

const cacheable = (response: Response) => response.status === 200 && response.type === 'basic';

/** Fetches a file and keeps it when it belongs to this build. */
async function fetchAndKeep(request: Request | string, path: string, kind: FileKind): Promise<Response> {
  const response = await fetch(fromServer(request, kind));
  if (cacheable(response) && !serverMovedOn) {
    if (await isOfThisBuild(path, kind, response.clone())) {
      const cache = await caches.open(CACHE);
      await cache.put(
        cacheKey(response.url || (typeof request === 'string' ? request : request.url)),
        response.clone(),
      );
    } else if (kind !== 'page' || readBuildMarker(await response.clone().text()) !== undefined) {
      noticeOtherBuild();
    }
  }
  return response;
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((done) => setTimeout(() => done(undefined), ms));
}

/** Remembers the build of the page a navigation answered with, for the requests that page will make. */
async function remember(event: FetchEvent, response: Response): Promise<Response> {
  if (
    event.resultingClientId &&
    response.type === 'basic' &&
    (response.headers.get('content-type') ?? '').includes('text/html')
  ) {
    pageBuilds.set(event.resultingClientId, readBuildMarker(await response.clone().text()));
    if (pageBuilds.size > 64) event.waitUntil(forgetClosedPages());
  }
  return response;
}

/** Drops the builds of pages no longer open, so the map stays as small as the open tabs. */
async function forgetClosedPages(): Promise<void> {
  const open = new Set(
    (await scope.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((client) => client.id),
  );
  for (const id of pageBuilds.keys()) if (!open.has(id)) pageBuilds.delete(id);
}

async function navigate(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = cacheKey(event.request.url);
  const saved = await cache.match(key);
  const network = fetchAndKeep(event.request, path, 'page');
  // The copy must stay whole even when the saved one is shown first.
  event.waitUntil(network.catch(() => undefined));
  if (saved && !movedOn()) {
    const first = await Promise.race([network.catch(() => undefined), timeout(config.navigationTimeoutMs)]);
    // A server error is worse than the saved copy of the same build.
    return remember(event, first && first.status < 500 ? first : saved);
  }
  try {
    return await remember(event, await network);
  } catch {
    if (saved) return remember(event, saved);
    return remember(event, await offlineAnswer(cache, path));
  }
}

/**
 * Offline, for a page that is not in the cache: the localized 404 page
 * when the saved catalogue of the path's language shows that no such page
 * exists, else the page saying it is not saved on this device.
 */
async function offlineAnswer(cache: Cache, path: string): Promise<Response> {
  const lang = languageOfPath(path, config.languages);
  const lists: SaveList[] = [];
  for (const saved of lang ? [lang] : config.languages) {
    const list = await cache.match(urlOf(saveListPath(saved)));
    if (list) lists.push((await list.json()) as SaveList);
  }
  const known = lists.length > 0 && (lang !== undefined || lists.length === config.languages.length);
  if (known && !lists.some((list) => listHolds(list, path))) {
    const page = await cache.match(urlOf(notFoundPagePath(lang)));
    if (page) return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
  }
  return (await cache.match(urlOf(unavailablePagePath(lang ?? config.languages[0]!)))) ?? Response.error();
}

async function resource(request: Request, clientId: string, path: string, kind: FileKind): Promise<Response> {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(cacheKey(request.url));
  // A save list in the cache means "this language is saved": reading it must not put it there.
  if (isSaveList(path)) return fetch(fromServer(request, kind)).catch(() => saved ?? Response.error());
  if (saved && servesThisBuild(clientId)) return saved;
  try {
    return await fetchAndKeep(request, path, kind);
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

/** A request of the save page: keeps the file and answers with what happened, not with the file. */
async function saveOne(request: Request, path: string, kind: FileKind): Promise<Response> {
  const answer = (outcome: 'cached' | 'saved' | 'failed' | 'other-build', status = 204) =>
    new Response(null, { status, headers: { [SAVE_HEADER]: outcome } });
  const cache = await caches.open(CACHE);
  const key = cacheKey(request.url);
  if (await cache.match(key)) return answer('cached');
  let response: Response;
  try {
    response = await fetch(key, { cache: 'no-cache' });
  } catch {
    return answer('failed');
  }
  if (!cacheable(response)) return answer('failed');
  if (!(await isOfThisBuild(path, kind, response.clone()))) {
    noticeOtherBuild();
    return answer('other-build');
  }
  await cache.put(key, response);
  return answer('saved');
}

async function fetchList(lang: string): Promise<SaveList | undefined> {
  const path = saveListPath(lang);
  const response = await fetch(urlOf(path), { cache: 'no-cache' });
  if (!cacheable(response) || !(await isOfThisBuild(path, 'verified', response.clone()))) return undefined;
  return (await response.json()) as SaveList;
}

/**
 * Moves into the new cache what an older build's cache holds and this
 * build did not change: files with hashed names, verified files with the
 * same hash, and the pages of saved languages whose content is the same.
 * Then fetches the changed files of saved catalogues when they are few.
 */
async function keepUnchanged(cache: Cache): Promise<void> {
  for (const name of outdatedCaches(await caches.keys(), config.base, config.version)) {
    const old = await caches.open(name);
    const requests = await old.keys();
    const paths = new Map(requests.map((r) => [pathInSite(new URL(r.url).pathname, config.base) ?? '', r] as const));
    const pageHashes = new Map<string, string>();
    const savedLists: SaveList[] = [];
    for (const lang of config.languages) {
      if (!paths.has(saveListPath(lang))) continue;
      const list = await fetchList(lang).catch(() => undefined);
      if (!list) continue;
      savedLists.push(list);
      for (const [path, , hash] of list.files) pageHashes.set(path, hash);
    }
    for (const [path, request] of paths) {
      const kind = fileKind(path);
      const response = await old.match(request);
      if (!response || (await cache.match(request))) continue;
      let same = false;
      if (kind === 'immutable') same = true;
      else if (kind === 'verified')
        same = (await contentHash(await response.clone().arrayBuffer())) === config.hashes[path];
      else if (kind === 'page' && pageHashes.has(path))
        same = (await contentHash(removeBuildMarker(await response.clone().text()))) === pageHashes.get(path);
      if (same) await cache.put(request, response);
    }
    for (const list of savedLists) {
      const cached = new Set((await cache.keys()).map((r) => pathInSite(new URL(r.url).pathname, config.base) ?? ''));
      const missing = missingFiles(list.files, cached);
      if (totalOf(missing).bytes > config.autoUpdateBytes) continue;
      let complete = true;
      for (const [path] of missing) {
        const kind = fileKind(path);
        const response = await fetch(urlOf(path), { cache: 'no-cache' }).catch(() => undefined);
        if (response && cacheable(response) && (await isOfThisBuild(path, kind, response.clone())))
          await cache.put(urlOf(path), response);
        else complete = false;
      }
      // The list in the cache says "this language is saved": only when every file is there.
      if (complete)
        await cache.put(
          urlOf(saveListPath(list.lang)),
          new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }),
        );
    }
  }
}

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const path of config.shell) {
    const url = urlOf(path);
    const response = await fetch(url, { cache: 'no-cache' });
    // A server already on another build: this worker must not install; the next check brings the right one.
    if (!cacheable(response) || !(await isOfThisBuild(path, fileKind(path), response.clone()))) {
      throw new Error(`${url} is not the file of build ${config.version}`);
    }
    await cache.put(url, response);
  }
  await keepUnchanged(cache);
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(outdatedCaches(names, config.base, config.version).map((name) => caches.delete(name)));
  await scope.clients.claim();
}

scope.addEventListener('install', (event) => event.waitUntil(install()));
scope.addEventListener('activate', (event) => event.waitUntil(activate()));

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'skip-waiting') event.waitUntil(scope.skipWaiting());
  if (data?.type === 'version') event.ports[0]?.postMessage({ version: config.version, cache: CACHE, serverMovedOn });
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin) return;
  const path = pathInSite(url.pathname, config.base);
  if (path === undefined) return;
  const kind = fileKind(path);
  if (kind === 'network') return;
  if (request.headers.has(SAVE_HEADER)) event.respondWith(saveOne(request, path, kind));
  else if (request.mode === 'navigate') event.respondWith(navigate(event, path));
  else event.respondWith(resource(request, event.clientId, path, kind));
});
