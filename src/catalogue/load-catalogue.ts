/**
 * The one entry point from content files to the validated catalogue. Both
 * `npm run check` and the Astro content loader call it, so an editor sees
 * the same verdict everywhere.
 *
 * Three ways in, one verdict: `loadCatalogue` reads on the calling thread
 * (the content loader, tests, small scripts); `loadCatalogueInParallel`
 * (the build) and `checkCatalogue` (the check, without HTML) read the entry
 * folders on worker threads while this thread reads the KPI tables, and
 * give the same records and the same issues in the same order.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { cityOriginalSchema, cityTranslationSchema, type CityFacts } from '../schemas/city.ts';
import {
  practiceOriginalSchema,
  practiceTranslationSchema,
  TRANSLATABLE_PRACTICE_FIELDS,
  type PracticeFacts,
} from '../schemas/practice.ts';
import type { RenderedBody } from './body/render-body.ts';
import { loadFoldersInWorkers } from './entry-workers.ts';
import { FolderCache, folderStamp, readingKey, type FolderStamp } from './folder-cache.ts';
import { checkImages } from './image-check.ts';
import { checkIntegrity } from './integrity.ts';
import type { ContentIssue } from './issues.ts';
import {
  collectEntries,
  listEntryFolders,
  loadEntryFolder,
  type EntryKind,
  type FolderResult,
  type LoadedEntries,
  type LoadedEntry,
  type LoadEntriesOptions,
} from './load-entries.ts';
import { loadKpis } from './load-kpis.ts';
import { loadSiteConfig } from './load-site-config.ts';
import { loadTaxonomies } from './load-taxonomies.ts';
import { Locations } from './locations.ts';
import { messageLanguage } from './messages/index.ts';
import type {
  Catalogue,
  CityRecord,
  PracticeFactFields,
  PracticeFactTexts,
  PracticeRecord,
  PracticeText,
} from './model.ts';

export interface LoadCatalogueOptions {
  /** Folder holding site.yaml, practices/, cities/, taxonomies/ and kpis/. */
  contentDir: string;
  /** Folder that paths in messages are relative to; the current directory by default. */
  projectRoot?: string;
  /** Public URL prefix of the site (Astro's base), ending with "/". */
  base?: string;
  /** The network's configuration file; `<contentDir>/site.yaml` by default (`npm run build -- --config`). */
  siteFile?: string;
}

export interface ParallelOptions {
  /** Worker threads reading entry folders; the machine's cores by default. */
  workers?: number;
  /** Called as entry folders are read, with how many were read since the last call and how many there are. */
  onFolders?: (read: number, total: number) => void;
  /**
   * A file where the checked folders are kept between readings
   * (folder-cache.ts): folders whose files did not change since are taken
   * from it, the others read, and the file rewritten.
   */
  folderCache?: string;
}

export interface LoadCatalogueResult {
  /** Undefined when any issue was found: invalid content never reaches a page. */
  catalogue?: Catalogue;
  issues: ContentIssue[];
  /** Pointed out to the editor, never a reason to refuse the content (warnings.ts). */
  warnings: ContentIssue[];
  /** With a folder cache (ParallelOptions): the entry folders taken from it, of all there are. */
  foldersKept?: { kept: number; of: number };
}

export interface CheckResult {
  issues: ContentIssue[];
  warnings: ContentIssue[];
  /** What a valid catalogue holds; undefined when any issue was found. */
  counts?: { practices: number; cities: number; indicators: number; observations: number };
}

export type EntryKindDir = 'practices' | 'cities';
type AnyEntryKind = EntryKind<z.ZodType, z.ZodType>;

/** The two kinds of entry folders, by their folder name; worker threads look them up here too. */
export const ENTRY_KINDS: Record<EntryKindDir, AnyEntryKind> = {
  practices: {
    dir: 'practices',
    noun: 'practice',
    originalSchema: practiceOriginalSchema,
    translationSchema: practiceTranslationSchema,
    translatedFields: TRANSLATABLE_PRACTICE_FIELDS,
    parallelLists: ['results', 'partners', 'funders', 'links'],
    otherKind: { noun: 'city', dir: 'cities', fields: Object.keys(cityOriginalSchema.shape) },
  },
  cities: {
    dir: 'cities',
    noun: 'city',
    originalSchema: cityOriginalSchema,
    translationSchema: cityTranslationSchema,
    translatedFields: ['name'],
    parallelLists: [],
    otherKind: { noun: 'practice', dir: 'practices', fields: Object.keys(practiceOriginalSchema.shape) },
  },
};

type AnyFolderResult = FolderResult<unknown, unknown>;
type Entries = LoadedEntries<Record<string, unknown>, Record<string, unknown>>;
export type FolderResults = Record<EntryKindDir, FolderResult<unknown, unknown>[]>;

/** Reads and checks everything on the calling thread, and renders bodies to HTML. */
export function loadCatalogue(options: LoadCatalogueOptions): LoadCatalogueResult {
  const reading = startReading(options, true);
  reading.readKpis();
  return toResult(reading.finish(readFoldersHere(reading.folders, reading.entryOptions)));
}

/** The results of `toRead`'s folders (every folder by default), in its order; a message may name any of `folders`. */
export function readFoldersHere(
  folders: Record<EntryKindDir, string[]>,
  options: LoadEntriesOptions,
  toRead: Record<EntryKindDir, string[]> = folders,
): FolderResults {
  const read = (dir: EntryKindDir) =>
    toRead[dir].map((name) => loadEntryFolder(ENTRY_KINDS[dir], name, folders[dir], options));
  return { practices: read('practices'), cities: read('cities') };
}

/**
 * Below this many folders, starting threads (each loads the schemas and
 * parsers again, about half a second) costs more than it saves.
 */
const FOLDERS_WORTH_WORKERS = 400;

/** Folders read in a build beyond which (or beyond a tenth of all) the folder cache is written again. */
const FOLDERS_WORTH_SAVING = 50;

/** The same catalogue as `loadCatalogue`, with the entry folders read on worker threads. */
export async function loadCatalogueInParallel(
  options: LoadCatalogueOptions & ParallelOptions,
): Promise<LoadCatalogueResult> {
  const read = await readInParallel(options, true);
  return { ...toResult(read), ...(read.foldersKept ? { foldersKept: read.foldersKept } : {}) };
}

/**
 * The check: the same reading and the same issues as `loadCatalogue`, on
 * worker threads, without turning bodies into HTML (no one reads it).
 */
export async function checkCatalogue(options: LoadCatalogueOptions & ParallelOptions): Promise<CheckResult> {
  const read = await readInParallel(options, false);
  if (read.issues.length > 0 || !read.site) return { issues: read.issues, warnings: read.warnings };
  return {
    issues: read.issues,
    warnings: read.warnings,
    counts: {
      practices: read.practices.entries.length,
      cities: read.cities.entries.length,
      indicators: read.kpis.indicators.length,
      observations: read.kpis.datasets.reduce((sum, d) => sum + d.observations.length, 0),
    },
  };
}

async function readInParallel(
  options: LoadCatalogueOptions & ParallelOptions,
  renderBodies: boolean,
): Promise<ReadCatalogue & Pick<LoadCatalogueResult, 'foldersKept'>> {
  const reading = startReading(options, renderBodies);
  const { folders, entryOptions } = reading;
  const kept = keptFolders(options.folderCache, folders, entryOptions);
  const toRead = kept?.missing ?? folders;
  const total = toRead.practices.length + toRead.cities.length;
  let read: FolderResults;
  if (options.workers === undefined && total < FOLDERS_WORTH_WORKERS) {
    options.onFolders?.(0, total);
    reading.readKpis();
    read = readFoldersHere(folders, entryOptions, toRead);
    options.onFolders?.(total, total);
  } else {
    // The workers start on their own threads at once; this thread reads the KPI tables meanwhile.
    const pending = loadFoldersInWorkers(folders, entryOptions, options, toRead);
    reading.readKpis();
    read = await pending;
  }
  const results = kept ? kept.complete(read) : read;
  const checked = await withImagesChecked(reading.finish(results), results, reading);
  if (!kept) return checked;
  // Content refused leaves nothing behind, the cache included; its clean folders are read again next time.
  if (checked.issues.length === 0) kept.save();
  const of = folders.practices.length + folders.cities.length;
  return { ...checked, foldersKept: { kept: of - total, of } };
}

/**
 * The folders a cache file holds unchanged, the ones left to read, how to
 * put the two together in folder order, and the saving of what was read;
 * undefined without a cache file.
 */
function keptFolders(file: string | undefined, folders: Record<EntryKindDir, string[]>, options: LoadEntriesOptions) {
  if (!file) return undefined;
  const cache = new FolderCache(file, readingKey({ ...options, language: messageLanguage() }));
  cache.load();
  const kept = { practices: new Map<string, AnyFolderResult>(), cities: new Map<string, AnyFolderResult>() };
  const missing: Record<EntryKindDir, string[]> = { practices: [], cities: [] };
  const stamps = new Map<string, FolderStamp | undefined>();
  for (const dir of ['practices', 'cities'] as const) {
    for (const name of folders[dir]) {
      const path = join(options.contentDir, dir, name);
      const result = cache.get(`${dir}/${name}`, path);
      if (result) kept[dir].set(name, result);
      else {
        missing[dir].push(name);
        // Taken before the folder is read: a file saved meanwhile differs from it, and is read again next time.
        stamps.set(`${dir}/${name}`, folderStamp(path));
      }
    }
  }
  return {
    missing,
    complete(read: FolderResults): FolderResults {
      const results: FolderResults = { practices: [], cities: [] };
      for (const dir of ['practices', 'cities'] as const) {
        const fresh = new Map(missing[dir].map((name, i) => [name, read[dir][i]!]));
        for (const name of folders[dir]) {
          const result = kept[dir].get(name) ?? fresh.get(name)!;
          results[dir].push(result);
          if (fresh.has(name)) cache.set(`${dir}/${name}`, stamps.get(`${dir}/${name}`), result);
        }
      }
      return results;
    },
    save(): void {
      // Saved when many folders were read (a first build, a large change): a few read again each time cost less
      // than writing the whole file, HTML included (10 MB at 1,000 practices).
      const all = (['practices', 'cities'] as const).flatMap((dir) => folders[dir].map((name) => `${dir}/${name}`));
      if (stamps.size >= Math.min(FOLDERS_WORTH_SAVING, all.length / 10)) {
        cache.retain(new Set(all));
        cache.save();
      }
    },
  };
}

/**
 * Every image of the entry folders (the build publishes them all) opened
 * and verified, so that the build never meets one it cannot process. Only
 * the asynchronous readings (check, build) do it: sharp cannot answer
 * synchronously, and `loadCatalogue` (the dev server) publishes no image.
 */
async function withImagesChecked(
  read: ReadCatalogue,
  results: FolderResults,
  reading: ReturnType<typeof startReading>,
): Promise<ReadCatalogue> {
  const images = [...results.practices, ...results.cities].flatMap((result) => result.images);
  read.issues.push(...(await checkImages(images, reading.entryOptions.contentDir)));
  if (reading.logoImage) read.issues.push(...(await checkImages([reading.logoImage], reading.logoImage.root)));
  return read;
}

/**
 * Reads the site, the vocabularies and the folder lists, then leaves the
 * KPI tables and the entry folders to the caller, who may read them on
 * different threads; `finish` puts it all together and checks references.
 */
function startReading(options: LoadCatalogueOptions, renderBodies: boolean) {
  const contentDir = resolve(options.contentDir);
  const contentLabel =
    relative(resolve(options.projectRoot ?? '.'), contentDir)
      .split(sep)
      .join('/') || '.';
  const locations = new Locations();
  const entryOptions: LoadEntriesOptions = {
    contentDir,
    contentLabel,
    mediaBase: `${options.base ?? '/'}media/`,
    renderBodies,
  };

  // Issues are kept per part and joined in the order of reading on one thread: site, vocabularies, practices, cities, KPIs.
  const firstIssues: ContentIssue[] = [];
  const siteFile = resolve(options.siteFile ?? join(contentDir, 'site.yaml'));
  const siteLabel = relative(resolve(options.projectRoot ?? '.'), siteFile)
    .split(sep)
    .join('/');
  const site = loadSiteConfig({ path: siteFile, label: siteLabel }, firstIssues, locations);
  // A PNG logo is resized by the build (app icons): opened by the check like the entries' images.
  const logoImage =
    site?.logo && site.logo.source.toLowerCase().endsWith('.png')
      ? {
          path: site.logo.source,
          file: relative(resolve(options.projectRoot ?? '.'), site.logo.source)
            .split(sep)
            .join('/'),
          root: dirname(siteFile),
        }
      : undefined;
  const taxonomies = loadTaxonomies(contentDir, contentLabel, firstIssues, locations);
  const practiceIssues: ContentIssue[] = [];
  const cityIssues: ContentIssue[] = [];
  const folders: Record<EntryKindDir, string[]> = {
    practices: listEntryFolders(ENTRY_KINDS.practices, entryOptions, practiceIssues),
    cities: listEntryFolders(ENTRY_KINDS.cities, entryOptions, cityIssues),
  };
  const kpiIssues: ContentIssue[] = [];
  let kpis: ReturnType<typeof loadKpis> | undefined;
  return {
    folders,
    entryOptions,
    logoImage,
    readKpis(): void {
      kpis = loadKpis(contentDir, contentLabel, kpiIssues, locations);
    },
    finish(results: FolderResults): ReadCatalogue {
      if (!kpis) throw new Error('readKpis() comes before finish()');
      const practices = collectEntries(results.practices, practiceIssues, locations) as Entries;
      const cities = collectEntries(results.cities, cityIssues, locations) as Entries;
      const issues = [...firstIssues, ...practiceIssues, ...cityIssues, ...kpiIssues];
      checkIntegrity(
        {
          taxonomies,
          practices: practices.originals,
          cities: cities.originals,
          indicators: kpis.indicators,
          datasets: kpis.datasets,
          observationLines: kpis.observationLines,
          groupObservationLines: kpis.groupObservationLines,
          contentLabel,
        },
        issues,
        locations,
      );
      const warnings = [
        ...[...results.practices, ...results.cities].flatMap((result) => result.warnings ?? []),
        ...kpis.warnings,
      ];
      return { issues, warnings, site, taxonomies, practices, cities, kpis };
    },
  };
}

/** Everything read, before it becomes a catalogue; the live preview (live-catalogue.ts) composes one from parts. */
export interface ReadCatalogue {
  issues: ContentIssue[];
  warnings: ContentIssue[];
  site: Catalogue['site'] | undefined;
  taxonomies: Catalogue['taxonomies'];
  practices: Entries;
  cities: Entries;
  kpis: ReturnType<typeof loadKpis>;
}

export function toResult(read: ReadCatalogue): LoadCatalogueResult {
  if (read.issues.length > 0 || !read.site) return { issues: read.issues, warnings: read.warnings };
  return {
    issues: read.issues,
    warnings: read.warnings,
    catalogue: {
      site: read.site,
      taxonomies: read.taxonomies,
      practices: read.practices.entries.map((e) =>
        toPracticeRecord(e as unknown as LoadedEntry<PracticeFacts, Record<string, unknown>>),
      ),
      cities: read.cities.entries.map((e) =>
        toCityRecord(e as unknown as LoadedEntry<CityFacts, Record<string, unknown>>),
      ),
      indicators: read.kpis.indicators,
      datasets: read.kpis.datasets,
    },
  };
}

/** The HTML of a body: always there when the catalogue was read for pages. */
function rendered(file: { file: string; body?: RenderedBody }): RenderedBody {
  if (!file.body) throw new Error(`${file.file}: the body was not rendered (read with renderBodies)`);
  return file.body;
}

function toPracticeRecord(entry: LoadedEntry<PracticeFacts, Record<string, unknown>>): PracticeRecord {
  const { title, summary, keywords, results, ...written } = entry.original.data;
  const facts = withCityRoles(written);
  const { lang, file } = entry.original;
  const texts: PracticeRecord['texts'] = {};
  const images: string[] = [];
  const add = (source: { file: string; body?: RenderedBody }, text: Omit<PracticeText, 'html'>) => {
    const body = rendered(source);
    // The fields in the order the records have always had (open-data JSON writes them in this order).
    texts[text.lang] = {
      lang: text.lang,
      file: text.file,
      html: body.html,
      title: text.title,
      summary: text.summary,
      keywords: text.keywords,
      results: text.results,
      machineTranslated: text.machineTranslated,
    };
    if (text.factTexts) texts[text.lang]!.factTexts = text.factTexts;
    images.push(...body.images);
  };
  add(entry.original, { lang, file, title, summary, keywords, results, machineTranslated: false });
  for (const t of entry.translations) {
    const data = t.data as unknown as {
      title: string;
      summary: string;
      keywords?: string[];
      results?: string[];
      machineTranslated: boolean;
    } & PracticeFactTexts;
    const factTexts = translatedFactTexts(data);
    add(t, {
      lang: t.lang,
      file: t.file,
      title: data.title,
      summary: data.summary,
      keywords: data.keywords,
      results: data.results,
      machineTranslated: data.machineTranslated,
      ...(factTexts && { factTexts }),
    });
  }
  return { id: entry.id, originalLanguage: lang, facts, texts, images: [...new Set(images)] };
}

/** The fact texts a translation gives, or undefined when it gives none (h15-texts). */
function translatedFactTexts(data: PracticeFactTexts): PracticeFactTexts | undefined {
  const given = Object.fromEntries(
    (['promoter', 'budget', 'partners', 'funders', 'links'] as const)
      .filter((key) => data[key] !== undefined)
      .map((key) => [key, data[key]]),
  ) as PracticeFactTexts;
  return Object.keys(given).length > 0 ? given : undefined;
}

/**
 * Cities stay a list of ids, as every page and facet reads them, with their
 * roles beside them (`cityRoles`), in the place of the written field so the
 * open-data files keep their order.
 */
function withCityRoles(written: Omit<PracticeFacts, 'title' | 'summary' | 'keywords' | 'results'>): PracticeFactFields {
  const places = written.cities;
  return Object.fromEntries(
    Object.entries(written).flatMap(([key, value]): [string, unknown][] =>
      key === 'cities'
        ? [
            ['cities', places.map((place) => place.city)],
            ['cityRoles', Object.fromEntries(places.map((place) => [place.city, place.roles]))],
          ]
        : [[key, value]],
    ),
  ) as PracticeFactFields;
}

function toCityRecord(entry: LoadedEntry<CityFacts, Record<string, unknown>>): CityRecord {
  const { name, ...facts } = entry.original.data;
  const { lang, file } = entry.original;
  const { html, images } = rendered(entry.original);
  const record: CityRecord = {
    id: entry.id,
    originalLanguage: lang,
    facts,
    texts: { [lang]: { lang, file, html, name, machineTranslated: false } },
    images: [...images],
  };
  for (const t of entry.translations) {
    const data = t.data as { name: string; machineTranslated: boolean };
    const body = rendered(t);
    record.texts[t.lang] = {
      lang: t.lang,
      file: t.file,
      html: body.html,
      name: data.name,
      machineTranslated: data.machineTranslated,
    };
    record.images.push(...body.images);
  }
  record.images = [...new Set(record.images)];
  return record;
}
