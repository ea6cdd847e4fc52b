/**
 * The "save the catalogue for offline use" page in the browser. It shows
 * how many files and megabytes the catalogue of the page's language takes,
 * and of every published language together (shared files counted once),
 * before anything is downloaded, then asks the worker to keep each file
 * (a request with the x-atlas-save header: the worker answers with what it
 * did, not with the file), with a progress bar, a count, a cancel button,
 * and the storage used at the end.
 */
import { readBuildMarker } from './build-marker.ts';
import { formatBytes, missingFiles, totalOf, unionOfLists, type SaveList, type SaveListFile } from './save-list.ts';
import { pathInSite } from './site-files.ts';

export interface SavePageConfig {
  lang: string;
  locale: string;
  base: string;
  /** Path inside the site of the language's save list. */
  listPath: string;
  /** Save lists of every published language, the page's own first. */
  allListPaths: string[];
  /** The published languages' names, as a list in the page's language ("français, anglais et espagnol"). */
  allLanguages: string;
  strings: Record<
    | 'preparing'
    | 'summary'
    | 'toDownload'
    | 'save'
    | 'updateSaved'
    | 'progress'
    | 'saving'
    | 'cancelled'
    | 'failed'
    | 'otherBuild'
    | 'saved'
    | 'storage'
    | 'persisted'
    | 'notPersisted'
    | 'listError'
    | 'newVersion'
    | 'allSummary'
    | 'allToDownload'
    | 'saveAll'
    | 'allSaved',
    string
  >;
}

type Outcome = 'cached' | 'saved' | 'failed' | 'other-build';

const PARALLEL_DOWNLOADS = 4;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

async function workerVersion(worker: ServiceWorker): Promise<{ version: string; cache: string }> {
  const channel = new MessageChannel();
  const reply = new Promise<{ version: string; cache: string }>((done) => {
    channel.port1.onmessage = (event) => done(event.data as { version: string; cache: string });
  });
  worker.postMessage({ type: 'version' }, [channel.port2]);
  return reply;
}

async function controllingWorker(): Promise<ServiceWorker> {
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return navigator.serviceWorker.controller;
  // The first worker has just activated: it takes this page over (clients.claim).
  return new Promise((done) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => done(navigator.serviceWorker.controller!), {
      once: true,
    });
  });
}

export async function startSavePage(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as SavePageConfig;
  const { strings } = config;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const unsupported = $('[data-offline-unsupported]');
  const panel = $('[data-offline-panel]');
  const status = $('[data-offline-status]');
  const summary = $('[data-offline-summary]');
  const remaining = $('[data-offline-remaining]');
  const start = $<HTMLButtonElement>('[data-offline-start]');
  const cancel = $<HTMLButtonElement>('[data-offline-cancel]');
  const progressBox = $('[data-offline-progress]');
  const progress = $<HTMLProgressElement>('progress');
  const count = $('[data-offline-count]');
  const storage = $('[data-offline-storage]');
  const allBox = $('[data-offline-all]');
  const allSummary = $('[data-offline-all-summary]');
  const allRemaining = $('[data-offline-all-remaining]');
  const startAll = $<HTMLButtonElement>('[data-offline-start-all]');
  const size = (bytes: number) => formatBytes(bytes, config.locale);
  const number = (value: number) => new Intl.NumberFormat(config.locale).format(value);

  if (!('serviceWorker' in navigator) || !('caches' in window)) return; // The message saying so stays.
  unsupported.hidden = true;
  panel.hidden = false;
  status.textContent = strings.preparing;

  const worker = await controllingWorker();
  const { version, cache: cacheName } = await workerVersion(worker);
  const pageVersion = readBuildMarker(document.head.innerHTML);
  if (pageVersion && pageVersion !== version) {
    status.textContent = strings.newVersion;
    return;
  }
  const fetchList = async (path: string): Promise<SaveList> => {
    const response = await fetch(config.base + path);
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as SaveList;
  };
  let list: SaveList;
  try {
    list = await fetchList(config.listPath);
  } catch {
    status.textContent = strings.listError;
    return;
  }
  // The other languages' lists are needed only to save every language: offline, unsaved ones are missing.
  const others = await Promise.all(config.allListPaths.slice(1).map((path) => fetchList(path).catch(() => undefined)));
  const lists = others.every((l) => l !== undefined) ? [list, ...others] : [list];
  if (lists.some((l) => l.version !== version)) {
    status.textContent = strings.newVersion;
    return;
  }
  const everyLanguage = { files: unionOfLists(lists), listPaths: config.allListPaths.slice(0, lists.length) };
  const thisLanguage = { files: list.files, listPaths: [config.listPath] };

  const cache = await caches.open(cacheName);
  const cachedPaths = async () =>
    new Set((await cache.keys()).map((r) => pathInSite(new URL(r.url).pathname, config.base) ?? ''));
  const whole = totalOf(list.files);
  const language = root.dataset.language ?? config.lang;
  summary.textContent = fill(strings.summary, { language, files: number(whole.count), size: size(whole.bytes) });
  const all = totalOf(everyLanguage.files);
  allSummary.textContent = fill(strings.allSummary, {
    languages: config.allLanguages,
    files: number(all.count),
    size: size(all.bytes),
  });

  const showStorage = async () => {
    const estimate = await navigator.storage?.estimate?.();
    const persisted = await navigator.storage?.persisted?.();
    storage.textContent = [
      estimate?.usage !== undefined ? fill(strings.storage, { size: size(estimate.usage) }) : '',
      persisted === undefined ? '' : persisted ? strings.persisted : strings.notPersisted,
    ]
      .join(' ')
      .trim();
  };

  /** Shows what is saved and what is left, for this language and for all; the status only when asked to. */
  const refresh = async (): Promise<void> => {
    const cached = await cachedPaths();
    const missing = missingFiles(thisLanguage.files, cached);
    const left = totalOf(missing);
    const saved = cached.has(config.listPath);
    const allMissing = missingFiles(everyLanguage.files, cached);
    const allSaved = allMissing.length === 0 && everyLanguage.listPaths.every((path) => cached.has(path));
    const allLeft = totalOf(allMissing);
    const several = everyLanguage.listPaths.length > 1;
    allBox.hidden = !several;
    startAll.hidden = !several || allSaved;
    startAll.textContent = fill(strings.saveAll, { size: size(allLeft.bytes) });
    allRemaining.textContent =
      several && !allSaved && allLeft.count < all.count
        ? fill(strings.allToDownload, { files: number(allLeft.count), size: size(allLeft.bytes) })
        : '';
    if (saved && missing.length === 0) {
      await showStorage();
      remaining.textContent = '';
      start.hidden = true;
      status.textContent =
        allSaved && several
          ? fill(strings.allSaved, { languages: config.allLanguages })
          : fill(strings.saved, { language });
    } else {
      remaining.textContent = fill(strings.toDownload, { files: number(left.count), size: size(left.bytes) });
      start.textContent = fill(saved ? strings.updateSaved : strings.save, { size: size(left.bytes) });
      start.hidden = false;
      if (status.textContent === strings.preparing) status.textContent = '';
    }
  };

  await refresh();
  let controller: AbortController | undefined;

  const saveOne = async (path: string, signal: AbortSignal): Promise<Outcome> => {
    try {
      const response = await fetch(config.base + path, { headers: { 'x-atlas-save': '1' }, signal });
      return (response.headers.get('x-atlas-save') as Outcome | null) ?? 'failed';
    } catch (error) {
      if (signal.aborted) throw error;
      return 'failed';
    }
  };

  const download = async (what: { files: readonly SaveListFile[]; listPaths: readonly string[] }) => {
    controller = new AbortController();
    const { signal } = controller;
    // Asked on the visitor's gesture: browsers grant it more readily then.
    await navigator.storage?.persist?.().catch(() => false);
    const missing = missingFiles(what.files, await cachedPaths());
    start.hidden = true;
    startAll.hidden = true;
    cancel.hidden = false;
    progressBox.hidden = false;
    const total = totalOf(missing);
    progress.max = Math.max(total.bytes, 1);
    progress.value = 0;
    let done = 0;
    let bytes = 0;
    let announced = -1;
    const failed: string[] = [];
    let otherBuild = false;
    const report = () => {
      count.textContent = fill(strings.progress, { done: number(done), total: number(total.count) });
      progress.value = bytes;
      // Announce each quarter, not each file: a screen reader would read nothing else.
      const quarter = Math.floor((4 * bytes) / Math.max(total.bytes, 1));
      if (quarter !== announced && quarter < 4) {
        announced = quarter;
        status.textContent = fill(strings.saving, {
          percent: new Intl.NumberFormat(config.locale, { style: 'percent' }).format(quarter / 4),
        });
      }
    };
    report();
    const queue = [...missing];
    const lane = async () => {
      for (let next = queue.shift(); next && !otherBuild; next = queue.shift()) {
        const outcome = await saveOne(next[0], signal);
        if (outcome === 'failed') failed.push(next[0]);
        if (outcome === 'other-build') otherBuild = true;
        done += 1;
        bytes += next[1];
        report();
      }
    };
    let cancelled = false;
    try {
      await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, lane));
      // The lists, kept last, mark their languages as saved.
      if (!otherBuild && failed.length === 0) for (const path of what.listPaths) await saveOne(path, signal);
    } catch {
      cancelled = signal.aborted;
    }
    cancel.hidden = true;
    progressBox.hidden = true;
    await refresh();
    if (cancelled) status.textContent = strings.cancelled;
    else if (otherBuild) status.textContent = strings.otherBuild;
    else if (failed.length > 0) status.textContent = fill(strings.failed, { files: number(failed.length) });
    if (otherBuild) {
      start.hidden = true;
      startAll.hidden = true;
    }
  };

  start.addEventListener('click', () => void download(thisLanguage));
  startAll.addEventListener('click', () => void download(everyLanguage));
  cancel.addEventListener('click', () => controller?.abort());
}
