/**
 * Loads folders of multilingual entries (practices, cities): one folder per
 * entry, one `<lang>.mdx` per language, exactly one of them the original.
 * Every file is read and checked; every problem is collected.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CONTENT_LANGUAGES, isLang, type Lang } from '../i18n/languages.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { parseBody } from './body/parse-body.ts';
import { renderBody, type RenderedBody } from './body/render-body.ts';
import { IMAGE_EXTENSIONS } from './body/components.ts';
import { formatFieldPath, type ContentIssue } from './issues.ts';
import type { Locations } from './locations.ts';
import { say, type EntryKindName } from './messages/index.ts';
import { guardFileReading, inspectPath, listFolderInside, readTextInside } from './safe-file.ts';
import { validateAgainst } from './schema-issues.ts';
import { normalizeText, splitFrontmatter } from './source-text.ts';
import { nearest, toSlug } from './suggest.ts';
import { unfilledPaths } from './unfilled.ts';
import { sourceWarnings } from './warnings.ts';
import { parseYamlSource, yamlLineOf, type YamlSource } from './yaml-source.ts';

export interface EntryKind<O extends z.ZodType, T extends z.ZodType> {
  /** Folder under content/, also the URL segment of its media. */
  dir: 'practices' | 'cities';
  /** Which kind of entry, as messages name it in each language. */
  noun: EntryKindName;
  originalSchema: O;
  translationSchema: T;
  /** Fields of the original that a translation gives again in its language. */
  translatedFields: readonly string[];
  /** Lists a translation must give item for item, when it gives them. */
  parallelLists: readonly string[];
  /** The other kind of entry, to recognise a folder moved into the wrong place. */
  otherKind?: { noun: EntryKindName; dir: string; fields: readonly string[] };
}

export interface LoadedFile<D> {
  lang: Lang;
  file: string;
  data: D;
  /** The body as HTML, with the images it shows; absent when the run did not ask for HTML (the check). */
  body?: RenderedBody;
}

export interface LoadedEntry<O, T> {
  id: string;
  original: LoadedFile<O>;
  translations: LoadedFile<T>[];
}

/**
 * An original file's fields as written, kept even when they fail the schema,
 * so that references in it are checked in the same run.
 */
export interface WrittenOriginal {
  id: string;
  file: string;
  fields: Record<string, unknown>;
}

export interface LoadedEntries<O, T> {
  entries: LoadedEntry<O, T>[];
  originals: WrittenOriginal[];
}

export interface LoadEntriesOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Path of the content folder as written in messages ("content"). */
  contentLabel: string;
  /** Public URL prefix under which entry media are published, ending in "/". */
  mediaBase: string;
  /**
   * Whether bodies are rendered to HTML (the build). The check leaves it
   * out: every body is still parsed and checked the same way.
   */
  renderBodies: boolean;
  /**
   * Kinds (folder names) whose bodies are checked but not rendered even
   * when renderBodies is set: a render process that shows none of them
   * (src/site/render-group.ts).
   */
  bodiesLeftOut?: readonly string[];
}

/**
 * What one entry folder gave: plain data only, so that a worker thread can
 * hand it to the main thread (`entry-workers.ts`), which puts the results
 * together in folder order (`collectEntries`).
 */
export interface FolderResult<O, T> {
  issues: ContentIssue[];
  entry?: LoadedEntry<O, T>;
  written?: WrittenOriginal;
  /** The frontmatter of each file read, to find a field's line for a later message (integrity.ts). */
  frontmatters: { file: string; text: string; firstLine: number }[];
  /** The folder's images (all are published), to be opened and verified (image-check.ts). */
  images: { path: string; file: string }[];
  /** What the check points out without refusing the file (warnings.ts). */
  warnings?: ContentIssue[];
}

const isImage = (name: string) => IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const languageFileNames = () => CONTENT_LANGUAGES.map((l) => `${l}.mdx`).join(', ');

/** Characters that show as nothing: soft hyphens, zero-width spaces and joiners, word joiners, BOMs. */
const INVISIBLE = /\p{Cf}/u;

/** "U+200B, U+00AD": how a message can name characters the editor cannot see. */
function invisibleCodes(text: string): string {
  const found = new Set(text.match(/\p{Cf}/gu) ?? []);
  return [...found].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

export function loadEntries<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  options: LoadEntriesOptions,
  issues: ContentIssue[],
  locations: Locations,
): LoadedEntries<z.infer<O>, z.infer<T>> {
  const names = listEntryFolders(kind, options, issues);
  const results = names.map((name) => loadEntryFolder(kind, name, names, options));
  return collectEntries(results, issues, locations);
}

/** The folder names of a kind, sorted; none (and an issue) when its folder is missing. */
export function listEntryFolders<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  options: LoadEntriesOptions,
  issues: ContentIssue[],
): string[] {
  const rootLabel = `${options.contentLabel}/${kind.dir}`;
  const listed = listFolderInside(join(options.contentDir, kind.dir), options.contentDir, rootLabel);
  if (listed.ok) return listed.value;
  issues.push(
    listed.missing
      ? {
          file: rootLabel,
          line: 1,
          message: say.entriesFolderMissing({ folder: rootLabel }),
          suggestion: say.entriesFolderMissingFix({ kind: kind.noun }),
        }
      : { file: rootLabel, ...listed.problem },
  );
  return [];
}

/** The results of every folder, in the order of `listEntryFolders`, as one list of entries and issues. */
export function collectEntries<O, T>(
  results: readonly FolderResult<O, T>[],
  issues: ContentIssue[],
  locations: Locations,
): LoadedEntries<O, T> {
  const entries: LoadedEntry<O, T>[] = [];
  const originals: WrittenOriginal[] = [];
  for (const result of results) {
    for (const issue of result.issues) issues.push(issue);
    for (const { file, text, firstLine } of result.frontmatters) locations.set(file, yamlLineOf(text, firstLine));
    if (result.written) originals.push(result.written);
    if (result.entry) entries.push(result.entry);
  }
  return { entries, originals };
}

/**
 * Reads and checks one folder of `names` (all the folders of its kind, to
 * name a neighbour in a message). Depends on nothing read elsewhere, so
 * folders can be read in any order and on any thread.
 */
export function loadEntryFolder<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  name: string,
  names: readonly string[],
  options: LoadEntriesOptions,
): FolderResult<z.infer<O>, z.infer<T>> {
  const report = new FolderReport();
  const issues = report.issues;
  if (name.startsWith('.')) return report.result();
  const root = join(options.contentDir, kind.dir);
  const rootLabel = `${options.contentLabel}/${kind.dir}`;
  const folder = join(root, name);
  const label = `${rootLabel}/${name}`;
  // A link out of the content folder, to nothing or in a loop is reported, never followed.
  const found = inspectPath(folder, options.contentDir, label);
  if (!found.ok) {
    if (!found.missing) issues.push({ file: label, ...found.problem });
    return report.result();
  }
  if (found.kind !== 'directory') {
    issues.push({
      file: label,
      line: 1,
      message: say.entryIsFile({ kind: kind.noun, name }),
      suggestion: say.entryIsFileFix({
        target: `${rootLabel}/${toSlug(name.replace(/\.[^.]+$/, '')) || 'its-id'}/fr.mdx`,
      }),
    });
    return report.result();
  }
  if (!SLUG_PATTERN.test(name)) {
    // "Her-Voice" beside "her-voice": renaming it would make two folders one, so say so.
    const id = toSlug(name);
    issues.push({
      file: label,
      line: 1,
      message: INVISIBLE.test(name)
        ? say.entryFolderInvisible({ name, chars: invisibleCodes(name) })
        : say.entryFolderName({ kind: kind.noun, name }),
      suggestion: names.includes(id)
        ? say.entryFolderTaken({ kind: kind.noun, name: id })
        : say.entryFolderNameFix({ name: id }),
    });
    return report.result();
  }
  const entry = { id: name, folder, label, place: { root, rootLabel, siblings: names } };
  return report.result(loadEntry(kind, entry, options, report));
}

/** Where an entry folder sits: its parent and the other folders beside it. */
interface EntryPlace {
  root: string;
  rootLabel: string;
  siblings: readonly string[];
}

/** One entry folder: its id (the folder's name), path, label in messages and place. */
interface EntryFolder {
  id: string;
  folder: string;
  label: string;
  place: EntryPlace;
}

/**
 * What reading one entry folder found, in one place: its problems, the
 * places left unfilled (kept apart, then reported last), the frontmatter of
 * each file read, and the original's fields as written.
 */
class FolderReport {
  readonly issues: ContentIssue[] = [];
  readonly frontmatters: FolderResult<unknown, unknown>['frontmatters'] = [];
  readonly images: FolderResult<unknown, unknown>['images'] = [];
  readonly warnings: ContentIssue[] = [];
  written?: WrittenOriginal;
  readonly #unfilled: ContentIssue[] = [];

  problem(issue: ContentIssue): void {
    this.issues.push(issue);
  }

  unfilled(issue: ContentIssue): void {
    this.#unfilled.push(issue);
  }

  /**
   * Reports the unfilled places, each taking over the schema's complaint
   * about the same field (among the problems from `start` on): the editor
   * reads one message saying what to write there, not two.
   */
  settleUnfilled(start: number): void {
    const { issues } = this;
    for (const mark of this.#unfilled.splice(0)) {
      const index = issues.findIndex(
        (issue, i) => i >= start && issue.file === mark.file && issue.field === mark.field && !issue.unfilled,
      );
      if (index >= 0) {
        const [schemaIssue] = issues.splice(index, 1);
        mark.suggestion = say.unfilledValueFixWith({
          hint: schemaIssue!.suggestion ? `${schemaIssue!.message} (${schemaIssue!.suggestion})` : schemaIssue!.message,
        });
      }
      issues.push(mark);
    }
  }

  /** The folder's result as plain data (a worker thread sends it to the main thread). */
  result<O, T>(entry?: LoadedEntry<O, T>): FolderResult<O, T> {
    return {
      issues: this.issues,
      entry,
      written: this.written,
      frontmatters: this.frontmatters,
      images: this.images,
      ...(this.warnings.length > 0 ? { warnings: this.warnings } : {}),
    };
  }
}

/** Loads one entry; the places left unfilled are reported last (FolderReport.settleUnfilled). */
function loadEntry<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  entry: EntryFolder,
  options: LoadEntriesOptions,
  report: FolderReport,
): LoadedEntry<z.infer<O>, z.infer<T>> | undefined {
  const start = report.issues.length;
  try {
    return loadEntryFiles(kind, entry, options, report);
  } finally {
    report.settleUnfilled(start);
  }
}

function loadEntryFiles<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  { id, folder, label, place }: EntryFolder,
  options: LoadEntriesOptions,
  report: FolderReport,
): LoadedEntry<z.infer<O>, z.infer<T>> | undefined {
  const { issues } = report;
  // The kinds of the files come with the listing: no stat per file, except for links, which are inspected, never simply followed.
  const listing = readdirSync(folder, { withFileTypes: true }).filter((d) => !d.name.startsWith('.'));
  const refusedLinks = new Map<string, ContentIssue>();
  const subfolders = new Set<string>();
  for (const d of listing) {
    if (d.isDirectory()) subfolders.add(d.name);
    if (!d.isSymbolicLink()) continue;
    const linked = inspectPath(join(folder, d.name), options.contentDir, `${label}/${d.name}`);
    if (linked.ok && linked.kind === 'directory') subfolders.add(d.name);
    if (!linked.ok && !linked.missing) refusedLinks.set(d.name, { file: `${label}/${d.name}`, ...linked.problem });
  }
  const files = listing.map((d) => d.name).sort();
  const fileSet = new Set(files);
  const languageFiles: { lang: Lang; name: string }[] = [];
  let nested = false;
  for (const name of files) {
    const lang = name.replace(/\.mdx$/, '');
    if (name.endsWith('.mdx') && isLang(lang)) {
      // A refused link among them is reported when read: the folder is then unreadable, not missing a file.
      languageFiles.push({ lang, name });
    } else if (refusedLinks.has(name)) {
      issues.push(refusedLinks.get(name)!);
    } else if (subfolders.has(name)) {
      // A practice moved one level down (practices/archive/her-voice/) is not read: say where it should be.
      const holdsEntry = CONTENT_LANGUAGES.some((l) => existsSync(join(folder, name, `${l}.mdx`)));
      nested ||= holdsEntry;
      issues.push({
        file: `${label}/${name}`,
        line: 1,
        message: holdsEntry
          ? say.entryNested({ kind: kind.noun, folder: `${label}/${name}`, root: place.rootLabel })
          : say.entrySubfolder({ kind: kind.noun, name }),
        suggestion: holdsEntry
          ? say.entryNestedFix({ target: `${place.rootLabel}/${name}/` })
          : say.entrySubfolderFix(),
      });
    } else if (isImage(name)) {
      report.images.push({ path: join(folder, name), file: `${label}/${name}` });
    } else {
      const guess = CONTENT_LANGUAGES.find(
        (l) => name.toLowerCase().startsWith(l) && /\.(mdx?|markdown|txt)$/i.test(name),
      );
      issues.push({
        file: `${label}/${name}`,
        line: 1,
        message: say.strayEntryFile({
          kind: kind.noun,
          name,
          files: languageFileNames(),
          images: IMAGE_EXTENSIONS.join(', '),
        }),
        suggestion: guess ? say.renameTo({ name: `${guess}.mdx` }) : say.renameOrRemove(),
      });
    }
  }
  if (languageFiles.length === 0) {
    if (nested) return undefined;
    issues.push({
      file: label,
      line: 1,
      message: say.noLanguageFile({ kind: kind.noun, id }),
      suggestion: say.noLanguageFileFix({ kind: kind.noun, files: languageFileNames() }),
    });
    return undefined;
  }

  const mediaBase = `${options.mediaBase}${kind.dir}/${id}/`;
  const renderBodies = options.renderBodies && !options.bodiesLeftOut?.includes(kind.dir);
  const parsed = languageFiles.map(({ lang, name }) => {
    const file = `${label}/${name}`;
    const read = () =>
      readSource(
        join(folder, name),
        file,
        { contentDir: options.contentDir, folderFiles: fileSet, mediaBase, renderBodies, lang },
        report,
      );
    return { lang, file, ...guardFileReading(file, issues, read, {}) };
  });

  const originals = parsed.filter((p) => p.data && !('translationOf' in (p.data as object)));
  const unreadable = parsed.some((p) => !p.data);
  if (originals.length === 0) {
    if (!unreadable) reportTranslationsAlone(kind, id, parsed, place, issues);
    return undefined;
  }
  if (originals.length > 1) {
    for (const extra of originals.slice(1)) {
      issues.push({
        file: extra.file,
        line: 2,
        message: say.twoOriginals({ id, languages: originals.map((o) => `${o.lang}.mdx`).join(', ') }),
        suggestion: say.twoOriginalsFix({ lang: originals[0]!.lang }),
      });
    }
    return undefined;
  }

  const originalSource = originals[0]!;
  if (kind.otherKind && isOtherKind(kind, originalSource, issues, options)) return undefined;
  report.written = { id, file: originalSource.file, fields: originalSource.data as Record<string, unknown> };
  const originalData = validateAgainst(kind.originalSchema, originalSource.yaml!, originalSource.file, issues);

  const translations: LoadedFile<z.infer<T>>[] = [];
  for (const source of parsed) {
    if (source === originalSource || !source.data) continue;
    const data = source.data as Record<string, unknown>;
    const stray = Object.keys(data).filter(
      (key) => key !== 'translationOf' && key !== 'machineTranslated' && !kind.translatedFields.includes(key),
    );
    const factKeys = Object.keys((kind.originalSchema as unknown as { shape: Record<string, unknown> }).shape);
    for (const key of stray.filter((k) => factKeys.includes(k))) {
      issues.push({
        file: source.file,
        line: source.yaml!.lineOf([key]),
        field: key,
        message: say.factInTranslation({ key, lang: originalSource.lang }),
        suggestion: say.factInTranslationFix({ fields: kind.translatedFields.join(', ') }),
      });
      delete data[key];
    }
    if (data.translationOf !== undefined && data.translationOf !== originalSource.lang) {
      issues.push({
        file: source.file,
        line: source.yaml!.lineOf(['translationOf']),
        field: 'translationOf',
        message: say.wrongTranslationOf({ written: String(data.translationOf), id, lang: originalSource.lang }),
        suggestion: say.wrongTranslationOfFix({ lang: originalSource.lang }),
      });
      continue;
    }
    if (source.text && originalSource.text && sameText(source.text.body, originalSource.text.body)) {
      report.unfilled({
        file: source.file,
        line: firstTextLine(source.text.body, source.text.bodyLine),
        message: say.untranslatedBody({ lang: originalSource.lang }),
        suggestion: say.untranslatedBodyFix(),
        unfilled: true,
      });
    }
    const translation = validateAgainst(kind.translationSchema, source.yaml!, source.file, issues);
    if (!translation) continue;
    if (originalData) {
      for (const list of kind.parallelLists) {
        const mine = (translation as Record<string, unknown>)[list];
        const theirs = (originalData as Record<string, unknown>)[list];
        if (Array.isArray(mine) && Array.isArray(theirs) && mine.length !== theirs.length) {
          issues.push({
            file: source.file,
            line: source.yaml!.lineOf([list]),
            field: list,
            message: say.parallelListLength({
              list,
              mine: mine.length,
              theirs: theirs.length,
              lang: originalSource.lang,
            }),
            suggestion: say.parallelListLengthFix({ list, theirs: theirs.length }),
          });
        }
      }
    }
    if (source.bodyChecked)
      translations.push({ lang: source.lang, file: source.file, data: translation, body: source.body });
  }

  if (!originalData || !originalSource.bodyChecked) return undefined;
  return {
    id,
    original: { lang: originalSource.lang, file: originalSource.file, data: originalData, body: originalSource.body },
    translations,
  };
}

/** The text of a translation copied from its original, as `npm run new` writes it, is not a translation yet. */
function sameText(a: string, b: string): boolean {
  // The beginnings, spaces flattened, tell most texts apart without flattening them whole.
  const head = (text: string) => text.slice(0, 300).replace(/\s+/g, ' ').trimStart();
  const headA = head(a);
  const headB = head(b);
  const shared = Math.min(headA.length, headB.length) - 1;
  if (shared > 0 && headA.slice(0, shared) !== headB.slice(0, shared)) return false;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return flat(a) !== '' && flat(a) === flat(b);
}

function firstTextLine(body: string, bodyLine: number): number {
  const blank = /^(?:[ \t]*\n)*/.exec(body)![0];
  return bodyLine + blank.split('\n').length - 1;
}

/**
 * A practice folder moved among the cities (or the reverse) would get a
 * dozen "not a field here" messages; one message saying where it belongs
 * is what the editor needs.
 */
function isOtherKind<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  source: { file: string; data?: unknown; yaml?: YamlSource },
  issues: ContentIssue[],
  options: LoadEntriesOptions,
): boolean {
  const other = kind.otherKind!;
  const own = Object.keys((kind.originalSchema as unknown as { shape: Record<string, unknown> }).shape);
  const keys = Object.keys(source.data as object);
  // Fields both kinds have (country, sources…) say nothing about which kind a file is.
  const foreign = keys.filter((key) => !own.includes(key) && other.fields.includes(key));
  const ownOnly = keys.filter((key) => own.includes(key) && !other.fields.includes(key));
  if (foreign.length < 2 || foreign.length <= ownOnly.length) return false;
  const id = source.file.split('/').at(-2)!;
  issues.push({
    file: source.file,
    line: source.yaml!.lineOf([foreign[0]!]),
    message: say.entryOtherKind({ kind: kind.noun, other: other.noun, fields: foreign.slice(0, 4).join(', ') }),
    suggestion: say.entryOtherKindFix({ target: `${options.contentLabel}/${other.dir}/${id}/` }),
  });
  return true;
}

/**
 * Every file of the folder translates an original that is not there: the
 * folder was renamed or split, and a translation stayed behind. When a
 * folder beside it holds that original without this language, the message
 * names it.
 */
function reportTranslationsAlone<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  id: string,
  parsed: readonly { lang: Lang; file: string; data?: unknown }[],
  place: EntryPlace,
  issues: ContentIssue[],
): void {
  for (const source of parsed) {
    const written = (source.data as { translationOf?: unknown }).translationOf;
    const of = isLang(written) ? written : (parsed.find((p) => p.lang !== source.lang)?.lang ?? source.lang);
    const homes = place.siblings.filter(
      (name) =>
        name !== id &&
        SLUG_PATTERN.test(name) &&
        existsSync(join(place.root, name, `${of}.mdx`)) &&
        !existsSync(join(place.root, name, `${source.lang}.mdx`)),
    );
    const home = homes.find((name) => name.startsWith(`${id}-`) || id.startsWith(`${name}-`)) ?? nearest(id, homes);
    issues.push({
      file: source.file,
      line: 1,
      message: say.translationAlone({ id, lang: of }),
      suggestion: home
        ? say.translationAloneMoveFix({ target: `${place.rootLabel}/${home}/${source.lang}.mdx` })
        : say.translationAloneFix({ lang: of }),
    });
  }
}

/** How a folder's bodies are read: the files beside them (images), where their media go, whether to render them. */
interface BodyReading {
  /** Files are read only inside it (safe-file.ts). */
  contentDir: string;
  folderFiles: ReadonlySet<string>;
  mediaBase: string;
  renderBodies: boolean;
  lang: Lang;
}

function readSource(
  path: string,
  file: string,
  { contentDir, folderFiles, mediaBase, renderBodies, lang }: BodyReading,
  report: FolderReport,
) {
  const { issues } = report;
  const read = readTextInside(path, contentDir, file, 'mdx');
  if (!read.ok) {
    // Missing only if it went between the listing and the reading.
    issues.push(
      read.missing
        ? { file, line: 1, message: say.fileLinkDangling({ file }), suggestion: say.fileLinkFix() }
        : { file, ...read.problem },
    );
    return {};
  }
  const text = normalizeText(read.value);
  const split = splitFrontmatter(text);
  if (!split.ok) {
    issues.push({ file, line: split.line, message: split.message, suggestion: split.suggestion });
    return {};
  }
  const { frontmatter = '', frontmatterLine, body, bodyLine } = split.value;
  const yaml = parseYamlSource(frontmatter, file, frontmatterLine, issues);
  const tree = parseBody(body, { file, firstLine: bodyLine, folderFiles }, issues);
  if (!yaml) return {};
  report.frontmatters.push({ file, text: frontmatter, firstLine: frontmatterLine });
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    issues.push({
      file,
      line: frontmatterLine,
      message: say.frontmatterNotFields(),
      suggestion: say.frontmatterNotFieldsFix(),
    });
    return {};
  }
  const warnings = sourceWarnings({
    file,
    data: yaml.data as Record<string, unknown>,
    lineOf: yaml.lineOf,
    tree,
    bodyLine,
    today: new Date().toISOString().slice(0, 10),
  });
  if (warnings.length > 0) report.warnings.push(...warnings);
  for (const path of unfilledPaths(yaml.data)) {
    report.unfilled({
      file,
      line: yaml.lineOf(path),
      field: formatFieldPath(path),
      message: say.unfilledValue(),
      suggestion: say.unfilledValueFix(),
      unfilled: true,
    });
  }
  return {
    yaml,
    data: yaml.data,
    text: { body, bodyLine },
    /** The body parsed and passed every check; its HTML is made only when the run renders. */
    bodyChecked: tree !== undefined,
    body: tree && renderBodies ? renderBody(tree, { mediaBase, lang }) : undefined,
  };
}
