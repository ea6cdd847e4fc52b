/**
 * The content loader of every collection. In a build it hands the
 * validated catalogue to the pages (pages-catalogue.ts) and leaves the
 * collections empty: the build's render process has handed it already;
 * `astro build` run on its own reads the content folder once here. Any
 * content problem stops the build with the full report.
 *
 * In `astro dev` (the loader is given a file watcher) the catalogue is a
 * LiveCatalogue instead, handed to pages directly (live-preview.ts) and
 * updated as files change; the collections then hold only its revision, so
 * that a change rewrites a few bytes of Astro's data store and Astro reloads
 * the open pages.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatIssueReport } from './issues.ts';
import { ContentWatcher } from './content-watcher.ts';
import { LiveCatalogue } from './live-catalogue.ts';
import { publishLivePreview, requestsQuietFor } from './live-preview.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { chooseMessageLanguage } from './messages/choose-language.ts';
import { messageLanguage, say, setMessageLanguage } from './messages/index.ts';
import { handedToPages, handToPages } from './pages-catalogue.ts';

export class ContentProblemsError extends Error {
  constructor(report: string) {
    super(`The content has problems; nothing was built.\n\n${report}`);
    this.name = 'ContentProblemsError';
  }
}

function contentDirOf(rootUrl: URL): string {
  return process.env.ATLAS_CONTENT_DIR ?? `${fileURLToPath(rootUrl)}/content`;
}

/** `astro build` run on its own: the content folder read, checked and handed to the pages once for every collection. */
function handOnce(rootUrl: URL, base: string): void {
  if (handedToPages()) return;
  const { catalogue, issues } = loadCatalogue({
    contentDir: contentDirOf(rootUrl),
    projectRoot: fileURLToPath(rootUrl),
    base,
    siteFile: process.env.ATLAS_SITE_CONFIG,
  });
  if (!catalogue) throw new ContentProblemsError(formatIssueReport(issues));
  handToPages({ catalogue, sizesFilledByBuild: false });
}

type Part = 'practices' | 'cities' | 'taxonomies' | 'indicators' | 'datasets' | 'site';

export function catalogueLoader(part: Part): Loader {
  return {
    name: `practice-atlas:${part}`,
    load: async (context) => {
      const { store, config, watcher } = context;
      if (watcher && !handedToPages()) return loadLive(part, context);
      handOnce(config.root, config.base);
      store.clear();
    },
  };
}

let live: { key: string; catalogue: Promise<LiveCatalogue> } | undefined;

/**
 * One LiveCatalogue per content folder and base, read once when the dev
 * server starts; the checked folders are kept in .cache/preview/ (never
 * watched: src/integrations/dev-watch.ts) for the next start.
 */
function liveCatalogueFor(rootUrl: URL, base: string, logger: LoaderContext['logger']): Promise<LiveCatalogue> {
  const contentDir = contentDirOf(rootUrl);
  const key = `${contentDir}\u0000${base}`;
  if (live?.key !== key) {
    // Messages are written as problems are found, so in the editor's language from the start (npm run dev sets ATLAS_LANG).
    setMessageLanguage(chooseMessageLanguage([], process.env).lang);
    const projectRoot = fileURLToPath(rootUrl);
    const catalogue = new LiveCatalogue({
      contentDir,
      projectRoot,
      base,
      siteFile: process.env.ATLAS_SITE_CONFIG,
      cacheDir: resolve(projectRoot, '.cache', 'preview'),
    });
    live = {
      key,
      catalogue: catalogue.loadAll({ deferKpis: true }).then((start) => {
        const seconds = secondsText(start.milliseconds);
        logger.info(
          say.devStarted({ folders: start.cached + start.read, read: start.read, cached: start.cached, seconds }),
        );
        return catalogue;
      }),
    };
  }
  return live.catalogue;
}

const secondsText = (milliseconds: number) =>
  new Intl.NumberFormat(messageLanguage(), { maximumFractionDigits: 1 }).format(milliseconds / 1000);

let contentWatcher: ContentWatcher | undefined;

/** Pages left alone this long: what the start left for later is read. */
const IDLE_MS = 1500;

/** Changes arriving within this many milliseconds are read together (an editor's save can be several events). */
const SETTLE_MS = 40;

async function loadLive(part: Part, { store, config, watcher, logger }: LoaderContext): Promise<void> {
  const catalogue = await liveCatalogueFor(config.root, config.base, logger);
  publishLivePreview({
    get catalogue() {
      return catalogue.catalogue;
    },
    get issues() {
      return catalogue.issues;
    },
    get revision() {
      return catalogue.revision;
    },
    language: messageLanguage(),
  });
  store.clear();
  // One collection carries the revision and listens; the others stay empty.
  if (part !== 'site' || !watcher) return;
  const setRevision = () =>
    store.set({ id: 'revision', data: { revision: catalogue.revision }, digest: String(catalogue.revision) });
  setRevision();
  if (catalogue.issues.length > 0) logger.warn(formatIssueReport(catalogue.issues));
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = () => {
    timer = undefined;
    const paths = [...changed];
    changed.clear();
    const hadIssues = catalogue.issues.length > 0;
    const started = performance.now();
    if (!catalogue.update(paths)) return;
    setRevision();
    const ms = Math.round(performance.now() - started);
    logger.info(`${paths.length === 1 ? paths[0] : `${paths.length} files`} read again in ${ms} ms`);
    if (catalogue.issues.length > 0) logger.warn(formatIssueReport(catalogue.issues));
    else if (hadIssues) logger.info(formatIssueReport([]));
  };
  const saved = (path: string) => {
    changed.add(path);
    timer ??= setTimeout(apply, SETTLE_MS);
  };
  // The content folder has its own watcher, one watch per folder; Vite's (one per file) follows the site file and the
  // logo, which may be anywhere, and which the theme module also follows (src/integrations/site-config.ts).
  contentWatcher?.close();
  // The KPI tables, left for later at the start (the first pages, a practice's, need none), are read once a page has
  // been served and the server and the catalogue have been left alone for a moment; a page needing them before reads
  // them then (live-catalogue.ts).
  const rest = setInterval(() => {
    const quiet = requestsQuietFor();
    if (!catalogue.complete && (quiet === undefined || quiet < IDLE_MS || catalogue.idleMilliseconds < IDLE_MS)) return;
    clearInterval(rest);
    const hadIssues = catalogue.issues.length > 0;
    const started = performance.now();
    if (catalogue.readRest()) logger.info(say.devRestRead({ seconds: secondsText(performance.now() - started) }));
    if (store.get('revision')?.digest === String(catalogue.revision)) return;
    setRevision();
    if (catalogue.issues.length > 0) logger.warn(formatIssueReport(catalogue.issues));
    else if (hadIssues) logger.info(formatIssueReport([]));
  }, IDLE_MS / 2);
  rest.unref();
  let told = false;
  contentWatcher = new ContentWatcher(catalogue.contentDir, saved, (error) => {
    // Said once: past the system's limit, every further folder fails the same way.
    if (told) return;
    told = true;
    const code = error.code ?? 'unknown';
    logger.warn(`${say.devWatchFailed({ folder: catalogue.contentDir, code })}\n${say.devWatchFailedFix()}`);
  }).start();
  const logo = catalogue.catalogue?.site.logo?.source;
  watcher.add([catalogue.site.path, ...(logo ? [logo] : [])]);
  watcher.on('all', (_event: string, path: string) => {
    if (catalogue.classify([path]).site && !isInside(path, catalogue.contentDir)) saved(path);
  });
}

function isInside(path: string, folder: string): boolean {
  const absolute = resolve(path);
  return absolute === folder || absolute.startsWith(`${folder}/`);
}
