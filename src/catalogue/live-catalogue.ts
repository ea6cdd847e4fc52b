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
 */
import { join, relative, resolve, sep } from 'node:path';
import type { Taxonomies } from './model.ts';
import type { ContentIssue } from './issues.ts';
import { checkIntegrity } from './integrity.ts';
import { loadFoldersInWorkers } from './entry-workers.ts';
import {
  ENTRY_KINDS,
  readFoldersHere,
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

/** From a startup this many entry folders are read on worker threads, as the build does. */
const FOLDERS_WORTH_WORKERS = 400;

export class LiveCatalogue {
  readonly contentDir: string;
  readonly site: SiteConfigSource;
  readonly #entryOptions: LoadEntriesOptions;
  readonly #locations = new Locations();
  #siteFile!: Part<SiteSettings | undefined>;
  #taxonomies!: Part<Taxonomies>;
  #kpis!: Part<LoadedKpis>;
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

  constructor(options: LoadCatalogueOptions) {
    this.contentDir = resolve(options.contentDir);
    const projectRoot = resolve(options.projectRoot ?? '.');
    this.site = siteConfigSource(options.siteFile ?? join(this.contentDir, 'site.yaml'), projectRoot);
    this.#entryOptions = {
      contentDir: this.contentDir,
      contentLabel: relative(projectRoot, this.contentDir).split(sep).join('/') || '.',
      mediaBase: `${options.base ?? '/'}media/`,
      renderBodies: true,
    };
  }

  /** Reads everything, entry folders on worker threads when there are many. */
  async loadAll(): Promise<void> {
    this.#readSite();
    this.#readTaxonomies();
    for (const dir of ['practices', 'cities'] as const) this.#readList(dir);
    const lists = { practices: this.#lists.practices.value, cities: this.#lists.cities.value };
    const total = lists.practices.length + lists.cities.length;
    const results = total >= FOLDERS_WORTH_WORKERS ? loadFoldersInWorkers(lists, this.#entryOptions, {}) : undefined;
    this.#readKpis();
    const read = results ? await results : readFoldersHere(lists, this.#entryOptions);
    for (const dir of ['practices', 'cities'] as const) {
      this.#folders[dir] = new Map(lists[dir].map((name, i) => [name, read[dir][i]!]));
    }
    this.#compose();
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
    for (const dir of ['practices', 'cities'] as const) {
      if (changes.folders[dir].size === 0) continue;
      this.#readList(dir);
      const names = this.#lists[dir].value;
      for (const name of changes.folders[dir]) {
        if (names.includes(name))
          this.#folders[dir].set(name, loadEntryFolder(ENTRY_KINDS[dir], name, names, this.#entryOptions));
        else {
          this.#folders[dir].delete(name);
          this.#goodFolders[dir].delete(name);
        }
      }
    }
    this.#compose();
    return true;
  }

  /** Every problem of the content as it is now, as `npm run check` lists them. */
  get issues(): readonly ContentIssue[] {
    return this.#issues;
  }

  /** What pages show: the content as it is, each part with a problem as it last was without one. */
  get catalogue(): Catalogue | undefined {
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
      ...this.#kpis.issues,
    ];
    const kpis = this.#kpis.value;
    const contentLabel = this.#entryOptions.contentLabel;
    checkIntegrity(
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
      issues,
      this.#locations,
    );
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
    const read: ReadCatalogue = {
      issues: [],
      warnings: [
        ...[...served.practices, ...served.cities].flatMap((folder) => folder.warnings ?? []),
        ...(this.#kpis.good ?? this.#kpis.value).warnings,
      ],
      site,
      taxonomies: this.#taxonomies.good ?? this.#taxonomies.value,
      practices: collectEntries(served.practices, [], new Locations()) as ReadCatalogue['practices'],
      cities: collectEntries(served.cities, [], new Locations()) as ReadCatalogue['cities'],
      kpis: this.#kpis.good ?? this.#kpis.value,
    };
    this.#catalogue = site ? toResult(read).catalogue : undefined;
    this.revision += 1;
  }
}

function keepGood<T>(previous: Part<T> | undefined, value: T, issues: ContentIssue[]): Part<T> {
  return { value, issues, good: issues.length === 0 && value !== undefined ? value : previous?.good };
}
