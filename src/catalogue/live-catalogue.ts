/**
 * The catalogue of the live preview (`npm run dev`): read once like the
 * build's, then kept up to date file by file. A changed file re-reads only
 * its part (its entry folder, the vocabularies, the KPI tables or the site
 * file); the references between parts are checked again over the whole, as
 * `npm run check` does, so the issues are always the check's.
 *
 * Pages keep working while the content has problems: a part with an issue
 * is served as it last was without one (an entry never read without one is
 * shown as it is when it could be read at all, else left out until fixed),
 * and the issues are shown on every page instead.
 *
 * To start fast on a large catalogue, every body is parsed and checked but
 * none is turned into HTML until a page reads it (`html` and `images` of
 * the records are getters, the build's HTML made by the build's code), and
 * each clean folder's checked result is kept on disk for the next start
 * (folder-cache.ts): a warm start reads only the folders whose files changed.
 */
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import type { RenderedBody } from './body/render-body.ts';
import type { CityRecord, PracticeRecord, Taxonomies } from './model.ts';
import type { ContentIssue } from './issues.ts';
import { loadFoldersInWorkers } from './entry-workers.ts';
import { FolderCache, folderStamp, readingKey, type FolderStamp } from './folder-cache.ts';
import { LiveIntegrity } from './live-integrity.ts';
import {
  ENTRY_KINDS,
  toResult,
  type EntryKindDir,
  type LoadCatalogueOptions,
  type ReadCatalogue,
} from './load-catalogue.ts';
import {
  collectEntries,
  listEntryFolders,
  loadEntryFolder,
  type FolderResult,
  type LoadEntriesOptions,
} from './load-entries.ts';
import { loadKpis, type LoadedKpis } from './load-kpis.ts';
import { messageLanguage } from './messages/index.ts';
import { loadSiteConfig, siteConfigSource, type SiteConfigSource } from './load-site-config.ts';
import { loadTaxonomies } from './load-taxonomies.ts';
import { Locations } from './locations.ts';
import type { Catalogue } from './model.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** A part read with its own issues, and its last version that had none. */
interface Part<T> {
  value: T;
  issues: ContentIssue[];
  good?: T;
}

type AnyFolder = FolderResult<unknown, unknown>;

/** What a batch of changed files asks to read again. */
export interface Changes {
  site: boolean;
  taxonomies: boolean;
  kpis: boolean;
  folders: Record<EntryKindDir, Set<string>>;
}

/** From a startup this many entry folders to read are read on worker threads, as the build does. */
const FOLDERS_WORTH_WORKERS = 400;

/** Stands for a body not turned into HTML yet: the records' getters replace what it gives (LiveCatalogue.#lazyBodies). */
const NOT_RENDERED: RenderedBody = Object.freeze({ html: '', images: [] }) as RenderedBody;

/**
 * Lets the event loop run between long steps of a start: the dev server
 * waits on its own messages meanwhile, and gave up creating its app (a
 * 60 s timeout, every request then unanswered) when a first start at
 * 10,000 practices held the thread longer under a heavy load.
 */
const breathe = () => new Promise((done) => setImmediate(done));

/** KPI tables not read yet. */
const NO_KPIS: LoadedKpis = {
  indicators: [],
  datasets: [],
  observationLines: new Map(),
  groupObservationLines: new Map(),
  warnings: [],
};

/** How a start went: folders taken from the cache and read, for the log and the benchmark. */
export interface StartFigures {
  cached: number;
  read: number;
  milliseconds: number;
}

export class LiveCatalogue {
  readonly contentDir: string;
  readonly site: SiteConfigSource;
  readonly #entryOptions: LoadEntriesOptions;
  readonly #cache: FolderCache | undefined;
  /** Folder results read without HTML, with the same folder rendered when a page first asked for a body. */
  readonly #rendered = new WeakMap<AnyFolder, AnyFolder>();
  /** Each served folder result's record, made once (#recordOf). */
  readonly #records = new WeakMap<AnyFolder, PracticeRecord | CityRecord>();
  readonly #integrity = new LiveIntegrity();
  readonly #locations = new Locations();
  #siteFile!: Part<SiteSettings | undefined>;
  #taxonomies!: Part<Taxonomies>;
  /** Undefined until read: a start may leave the KPI tables for later (loadAll's `deferKpis`). */
  #kpis: Part<LoadedKpis> | undefined;
  /** When pages last read the catalogue or a file was read again (performance.now()). */
  #lastUsed = 0;
  readonly #lists: Record<EntryKindDir, Part<string[]>> = {
    practices: { value: [], issues: [] },
    cities: { value: [], issues: [] },
  };
  readonly #folders: Record<EntryKindDir, Map<string, AnyFolder>> = { practices: new Map(), cities: new Map() };
  readonly #goodFolders: Record<EntryKindDir, Map<string, AnyFolder>> = { practices: new Map(), cities: new Map() };
  #issues: ContentIssue[] = [];
  #catalogue: Catalogue | undefined;
  /** Goes up by one each time the catalogue or its issues change: pages reload on it. */
  revision = 0;

  /**
   * `cacheDir`: where the checked folders are kept between starts
   * (`.cache/preview` of the project for `npm run dev`); none by default.
   */
  constructor(options: LoadCatalogueOptions & { cacheDir?: string }) {
    this.contentDir = resolve(options.contentDir);
    const projectRoot = resolve(options.projectRoot ?? '.');
    this.site = siteConfigSource(options.siteFile ?? join(this.contentDir, 'site.yaml'), projectRoot);
    this.#entryOptions = {
      contentDir: this.contentDir,
      contentLabel: relative(projectRoot, this.contentDir).split(sep).join('/') || '.',
      mediaBase: `${options.base ?? '/'}media/`,
      renderBodies: false,
    };
    if (options.cacheDir) {
      const reading = { ...this.#entryOptions, language: messageLanguage() };
      const name = createHash('sha256').update(JSON.stringify(reading)).digest('hex').slice(0, 16);
      this.#cache = new FolderCache(join(options.cacheDir, `folders-${name}.v8`), readingKey(reading));
    }
  }

  /**
   * Reads everything: each entry folder from the cache when its files did
   * not change, else from its files (on worker threads when there are
   * many), then saves the cache if anything was read.
   */
  async loadAll({ deferKpis = false }: { deferKpis?: boolean } = {}): Promise<StartFigures> {
    const started = performance.now();
    this.#readSite();
    this.#readTaxonomies();
    for (const dir of ['practices', 'cities'] as const) this.#readList(dir);
    const lists = { practices: this.#lists.practices.value, cities: this.#lists.cities.value };
    this.#cache?.load();
    let cached = 0;
    for (const dir of ['practices', 'cities'] as const) {
      this.#folders[dir] = new Map();
      for (const name of lists[dir]) {
        const result = this.#cache?.get(`${dir}/${name}`, join(this.contentDir, dir, name));
        if (result) this.#folders[dir].set(name, result);
      }
      cached += this.#folders[dir].size;
    }
    const missing = {
      practices: lists.practices.filter((name) => !this.#folders.practices.has(name)),
      cities: lists.cities.filter((name) => !this.#folders.cities.has(name)),
    };
    const toRead = missing.practices.length + missing.cities.length;
    // Many to read (a first start): every folder on worker threads, each given all its neighbours' names as on one
    // thread, and the cache saved after, with each folder's stamp taken before it was read.
    const many = toRead >= FOLDERS_WORTH_WORKERS;
    const stamps = many && this.#cache ? new Map<string, FolderStamp | undefined>() : undefined;
    if (stamps) {
      for (const dir of ['practices', 'cities'] as const) {
        for (const [i, name] of lists[dir].entries()) {
          stamps.set(`${dir}/${name}`, folderStamp(join(this.contentDir, dir, name)));
          if (i % 500 === 499) await breathe();
        }
      }
    }
    const results = many ? loadFoldersInWorkers(lists, this.#entryOptions, {}) : undefined;
    // While worker threads read, this one is free for the KPI tables; else they may wait (readRest).
    if (many || !deferKpis) this.#readKpis();
    await breathe();
    if (results) {
      const read = await results;
      for (const dir of ['practices', 'cities'] as const) {
        this.#folders[dir] = new Map(lists[dir].map((name, i) => [name, read[dir][i]!]));
      }
    } else {
      for (const dir of ['practices', 'cities'] as const) {
        for (const name of missing[dir])
          this.#folders[dir].set(name, loadEntryFolder(ENTRY_KINDS[dir], name, lists[dir], this.#entryOptions));
      }
    }
    this.#compose();
    await breathe();
    // Saved after a first start or many changes: a few folders read again cost less than writing the whole cache.
    if (this.#cache && stamps) {
      for (const dir of ['practices', 'cities'] as const) {
        for (const name of lists[dir])
          this.#cache.set(`${dir}/${name}`, stamps.get(`${dir}/${name}`), this.#folders[dir].get(name)!);
      }
      this.#cache.retain(new Set(stamps.keys()));
      this.#cache.save();
    }
    return {
      cached,
      read: results ? lists.practices.length + lists.cities.length : toRead,
      milliseconds: Math.round(performance.now() - started),
    };
  }

  /** Which parts the changed paths (absolute) belong to; paths outside the content and the site file are ignored. */
  classify(paths: Iterable<string>): Changes {
    const changes: Changes = {
      site: false,
      taxonomies: false,
      kpis: false,
      folders: { practices: new Set(), cities: new Set() },
    };
    const logo = this.#siteFile?.good?.logo?.source;
    for (const path of paths) {
      const absolute = resolve(path);
      if (absolute === this.site.path || absolute === logo) {
        changes.site = true;
        continue;
      }
      const parts = relative(this.contentDir, absolute).split(sep);
      if (parts[0] === '..' || parts[0] === '' || parts.length < 2) continue;
      if (parts[0] === 'taxonomies') changes.taxonomies = true;
      else if (parts[0] === 'kpis') changes.kpis = true;
      else if (parts[0] === 'practices' || parts[0] === 'cities') changes.folders[parts[0]].add(parts[1]!);
    }
    return changes;
  }

  /** Reads again what the changed paths touch; false when none of them is content. */
  update(paths: Iterable<string>): boolean {
    const changes = this.classify(paths);
    const folders = changes.folders.practices.size + changes.folders.cities.size;
    if (!changes.site && !changes.taxonomies && !changes.kpis && folders === 0) return false;
    if (changes.site) this.#readSite();
    if (changes.taxonomies) this.#readTaxonomies();
    if (changes.kpis) this.#readKpis();
    this.#lastUsed = performance.now();
    for (const dir of ['practices', 'cities'] as const) {
      if (changes.folders[dir].size === 0) continue;
      this.#readList(dir);
      const names = this.#lists[dir].value;
      for (const name of changes.folders[dir]) {
        // Read with its HTML: the page open on it asks for it next.
        if (names.includes(name))
          this.#folders[dir].set(
            name,
            loadEntryFolder(ENTRY_KINDS[dir], name, names, { ...this.#entryOptions, renderBodies: true }),
          );
        else {
          this.#folders[dir].delete(name);
          this.#goodFolders[dir].delete(name);
        }
      }
    }
    this.#compose();
    return true;
  }

  /**
   * Reads what loadAll left for later (the KPI tables), so that the list of
   * problems is the check's again; false when there was nothing left.
   */
  readRest(): boolean {
    if (this.#kpis) return false;
    this.#readKpis();
    this.#compose();
    return true;
  }

  /** Whether everything has been read (readRest). */
  get complete(): boolean {
    return this.#kpis !== undefined;
  }

  /** How long since pages last read the catalogue or a file was read again, in milliseconds. */
  get idleMilliseconds(): number {
    return performance.now() - this.#lastUsed;
  }

  /** Every problem of the content as it is now, as `npm run check` lists them. */
  get issues(): readonly ContentIssue[] {
    return this.#issues;
  }

  /** What pages show: the content as it is, each part with a problem as it last was without one. */
  get catalogue(): Catalogue | undefined {
    this.#lastUsed = performance.now();
    return this.#catalogue;
  }

  #readSite(): void {
    const issues: ContentIssue[] = [];
    const value = loadSiteConfig(this.site, issues, this.#locations);
    this.#siteFile = keepGood(this.#siteFile, value, issues);
  }

  #readTaxonomies(): void {
    const issues: ContentIssue[] = [];
    const value = loadTaxonomies(this.contentDir, this.#entryOptions.contentLabel, issues, this.#locations);
    this.#taxonomies = keepGood(this.#taxonomies, value, issues);
  }

  #readKpis(): void {
    const issues: ContentIssue[] = [];
    const value = loadKpis(this.contentDir, this.#entryOptions.contentLabel, issues, this.#locations);
    this.#kpis = keepGood(this.#kpis, value, issues);
  }

  #readList(dir: EntryKindDir): void {
    const issues: ContentIssue[] = [];
    this.#lists[dir] = { value: listEntryFolders(ENTRY_KINDS[dir], this.#entryOptions, issues), issues };
  }

  /** The check's issues over the current parts, then the catalogue from the parts that have none (or their last good versions). */
  #compose(): void {
    const current = (dir: EntryKindDir) =>
      this.#lists[dir].value.map((name) => this.#folders[dir].get(name)!).filter(Boolean);
    const practiceIssues = [...this.#lists.practices.issues];
    const cityIssues = [...this.#lists.cities.issues];
    const practices = collectEntries(current('practices'), practiceIssues, this.#locations);
    const cities = collectEntries(current('cities'), cityIssues, this.#locations);
    const issues = [
      ...this.#siteFile.issues,
      ...this.#taxonomies.issues,
      ...practiceIssues,
      ...cityIssues,
      ...(this.#kpis?.issues ?? []),
    ];
    const kpis = this.#kpis?.value ?? NO_KPIS;
    const contentLabel = this.#entryOptions.contentLabel;
    const references = this.#integrity.check(
      {
        taxonomies: this.#taxonomies.value,
        practices: practices.originals,
        cities: cities.originals,
        indicators: kpis.indicators,
        datasets: kpis.datasets,
        observationLines: kpis.observationLines,
        groupObservationLines: kpis.groupObservationLines,
        contentLabel,
      },
      this.#locations,
    );
    for (const issue of references) issues.push(issue);
    this.#issues = issues;

    // A folder is good when neither its reading nor the references found a problem in one of its files.
    const filesWithIssues = new Set(issues.map((issue) => issue.file));
    const served: Record<EntryKindDir, AnyFolder[]> = { practices: [], cities: [] };
    for (const dir of ['practices', 'cities'] as const) {
      const label = `${contentLabel}/${dir}/`;
      const folderOf = (file: string) => (file.startsWith(label) ? file.slice(label.length).split('/')[0] : undefined);
      const flagged = new Set([...filesWithIssues].map(folderOf).filter((name): name is string => name !== undefined));
      for (const name of this.#lists[dir].value) {
        const result = this.#folders[dir].get(name);
        if (result?.entry && result.issues.length === 0 && !flagged.has(name)) this.#goodFolders[dir].set(name, result);
        // Never read without a problem (broken when the preview started, or new): shown as it is if it could be read at all.
        const good = this.#goodFolders[dir].get(name) ?? (result?.entry ? result : undefined);
        if (good) served[dir].push(good);
      }
    }
    const site = this.#siteFile.good;
    const taxonomies = this.#taxonomies.good ?? this.#taxonomies.value;
    const catalogue = site ? this.#shell(site, taxonomies) : undefined;
    if (catalogue) {
      catalogue.practices = served.practices.map((folder) => this.#recordOf('practices', folder) as PracticeRecord);
      catalogue.cities = served.cities.map((folder) => this.#recordOf('cities', folder) as CityRecord);
    }
    this.#catalogue = catalogue;
    this.revision += 1;
  }

  /**
   * The catalogue without its entries, as `toResult` makes it; before the
   * KPI tables are read, its indicators and datasets read them when a page
   * first asks (the pages of practices do not).
   */
  #shell(site: SiteSettings, taxonomies: Taxonomies): Catalogue {
    const none = { entries: [], originals: [] };
    const kpis = () => (this.#kpis ? (this.#kpis.good ?? this.#kpis.value) : undefined);
    const shell = toResult({
      issues: [],
      warnings: [],
      site,
      taxonomies,
      practices: none,
      cities: none,
      kpis: kpis() ?? NO_KPIS,
    }).catalogue!;
    if (kpis()) return shell;
    for (const field of ['indicators', 'datasets'] as const) {
      Object.defineProperty(shell, field, {
        enumerable: true,
        configurable: true,
        get: () => {
          this.readRest();
          return kpis()![field];
        },
      });
    }
    return shell;
  }

  /**
   * The record of a folder result, made once per result by the build's
   * `toResult`; each text's `html` and the record's `images` are getters
   * that render the bodies when first read (#withHtml).
   */
  #recordOf(dir: EntryKindDir, folder: AnyFolder): PracticeRecord | CityRecord {
    let record = this.#records.get(folder);
    if (record) return record;
    const none = { entries: [], originals: [] };
    const entries = { entries: [withoutHtml(folder).entry!], originals: [] } as unknown as ReadCatalogue['practices'];
    const made = toResult({
      issues: [],
      warnings: [],
      site: this.#siteFile.good,
      taxonomies: {} as Taxonomies,
      practices: dir === 'practices' ? entries : none,
      cities: dir === 'cities' ? entries : none,
      kpis: NO_KPIS,
    }).catalogue!;
    record = dir === 'practices' ? made.practices[0]! : made.cities[0]!;
    const rendered = () => this.#withHtml(dir, folder);
    for (const text of Object.values(record.texts)) {
      Object.defineProperty(text, 'html', {
        enumerable: true,
        configurable: true,
        get: () => bodiesOf(rendered()).find((file) => file.lang === text!.lang)?.body?.html ?? '',
      });
    }
    Object.defineProperty(record, 'images', {
      enumerable: true,
      configurable: true,
      get: () => [...new Set(bodiesOf(rendered()).flatMap((file) => file.body?.images ?? []))],
    });
    this.#records.set(folder, record);
    return record;
  }

  /**
   * The folder result with its bodies in HTML: itself when read so, else
   * its folder read again with HTML (once). The files are what was checked
   * unless they changed since, in which case the watcher is about to bring
   * their new version; a body that no longer reads shows empty meanwhile.
   */
  #withHtml(dir: EntryKindDir, folder: AnyFolder): AnyFolder {
    if (folder.entry?.original.body) return folder;
    let rendered = this.#rendered.get(folder);
    if (!rendered) {
      const names = this.#lists[dir].value;
      rendered = loadEntryFolder(ENTRY_KINDS[dir], folder.entry!.id, names, {
        ...this.#entryOptions,
        renderBodies: true,
      });
      this.#rendered.set(folder, rendered);
    }
    return rendered;
  }
}

/** A folder result whose files stand with a placeholder body, for `toResult` (the getters of #lazyBodies replace it). */
function withoutHtml(folder: AnyFolder): AnyFolder {
  const entry = folder.entry!;
  const placeholder = <F extends { body?: RenderedBody }>(file: F): F => ({ ...file, body: NOT_RENDERED });
  return {
    ...folder,
    entry: { ...entry, original: placeholder(entry.original), translations: entry.translations.map(placeholder) },
  };
}

/** The files of a folder's entry, original first, as the records list their images. */
function bodiesOf(folder: AnyFolder): { lang: string; body?: RenderedBody }[] {
  return folder.entry ? [folder.entry.original, ...folder.entry.translations] : [];
}

function keepGood<T>(previous: Part<T> | undefined, value: T, issues: ContentIssue[]): Part<T> {
  return { value, issues, good: issues.length === 0 && value !== undefined ? value : previous?.good };
}
