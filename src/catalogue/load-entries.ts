/**
 * Loads folders of multilingual entries (practices, cities): one folder per
 * entry, one `<lang>.mdx` per language, exactly one of them the original.
 * Every file is read and checked; every problem is collected.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CONTENT_LANGUAGES, isLang, type Lang } from '../i18n/languages.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { parseBody } from './body/parse-body.ts';
import { renderBody } from './body/render-body.ts';
import { IMAGE_EXTENSIONS } from './body/components.ts';
import type { ContentIssue } from './issues.ts';
import type { Locations } from './locations.ts';
import { say, type EntryKindName } from './messages/index.ts';
import { validateAgainst } from './schema-issues.ts';
import { normalizeText, splitFrontmatter } from './source-text.ts';
import { toSlug } from './suggest.ts';
import { parseYamlSource } from './yaml-source.ts';

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
}

export interface LoadedFile<D> {
  lang: Lang;
  file: string;
  data: D;
  html: string;
  images: string[];
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
}

const isImage = (name: string) => IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export function loadEntries<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  options: LoadEntriesOptions,
  issues: ContentIssue[],
  locations: Locations,
): LoadedEntries<z.infer<O>, z.infer<T>> {
  const originals: WrittenOriginal[] = [];
  const root = join(options.contentDir, kind.dir);
  const rootLabel = `${options.contentLabel}/${kind.dir}`;
  let names: string[];
  try {
    names = readdirSync(root).sort();
  } catch {
    issues.push({
      file: rootLabel,
      line: 1,
      message: say.entriesFolderMissing({ folder: rootLabel }),
      suggestion: say.entriesFolderMissingFix({ kind: kind.noun }),
    });
    return { entries: [], originals };
  }
  const entries: LoadedEntry<z.infer<O>, z.infer<T>>[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const folder = join(root, name);
    const label = `${rootLabel}/${name}`;
    if (!statSync(folder).isDirectory()) {
      issues.push({
        file: label,
        line: 1,
        message: say.entryIsFile({ kind: kind.noun, name }),
        suggestion: say.entryIsFileFix({ target: `${rootLabel}/${toSlug(name.replace(/\.[^.]+$/, '')) || 'its-id'}/fr.mdx` }),
      });
      continue;
    }
    if (!SLUG_PATTERN.test(name)) {
      issues.push({
        file: label,
        line: 1,
        message: say.entryFolderName({ kind: kind.noun, name }),
        suggestion: say.entryFolderNameFix({ name: toSlug(name) }),
      });
      continue;
    }
    const entry = loadEntry(kind, name, folder, label, options, issues, locations, originals);
    if (entry) entries.push(entry);
  }
  return { entries, originals };
}

function loadEntry<O extends z.ZodType, T extends z.ZodType>(
  kind: EntryKind<O, T>,
  id: string,
  folder: string,
  label: string,
  options: LoadEntriesOptions,
  issues: ContentIssue[],
  locations: Locations,
  written: WrittenOriginal[],
): LoadedEntry<z.infer<O>, z.infer<T>> | undefined {
  const files = readdirSync(folder).filter((n) => !n.startsWith('.')).sort();
  const fileSet = new Set(files);
  const languageFiles: { lang: Lang; name: string }[] = [];
  for (const name of files) {
    const lang = name.replace(/\.mdx$/, '');
    if (name.endsWith('.mdx') && isLang(lang)) {
      languageFiles.push({ lang, name });
    } else if (!isImage(name)) {
      const guess = CONTENT_LANGUAGES.find((l) => name.toLowerCase().startsWith(l) && /\.(mdx?|markdown|txt)$/i.test(name));
      issues.push({
        file: `${label}/${name}`,
        line: 1,
        message: say.strayEntryFile({
          kind: kind.noun,
          name,
          files: CONTENT_LANGUAGES.map((l) => `${l}.mdx`).join(', '),
          images: IMAGE_EXTENSIONS.join(', '),
        }),
        suggestion: guess ? say.renameTo({ name: `${guess}.mdx` }) : say.renameOrRemove(),
      });
    }
  }
  if (languageFiles.length === 0) {
    issues.push({
      file: label,
      line: 1,
      message: say.noLanguageFile({ kind: kind.noun, id }),
      suggestion: say.noLanguageFileFix({ kind: kind.noun, files: CONTENT_LANGUAGES.map((l) => `${l}.mdx`).join(', ') }),
    });
    return undefined;
  }

  const mediaBase = `${options.mediaBase}${kind.dir}/${id}/`;
  const parsed = languageFiles.map(({ lang, name }) => {
    const file = `${label}/${name}`;
    return { lang, file, ...readSource(join(folder, name), file, fileSet, mediaBase, issues, locations) };
  });

  const originals = parsed.filter((p) => p.data && !('translationOf' in (p.data as object)));
  const unreadable = parsed.some((p) => !p.data);
  if (originals.length === 0) {
    if (!unreadable) {
      issues.push({
        file: parsed[0]!.file,
        line: 1,
        message: say.noOriginal({ id }),
        suggestion: say.noOriginalFix(),
      });
    }
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
  written.push({ id, file: originalSource.file, fields: originalSource.data as Record<string, unknown> });
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
            message: say.parallelListLength({ list, mine: mine.length, theirs: theirs.length, lang: originalSource.lang }),
            suggestion: say.parallelListLengthFix({ list, theirs: theirs.length }),
          });
        }
      }
    }
    if (source.body) translations.push({ lang: source.lang, file: source.file, data: translation, ...source.body });
  }

  if (!originalData || !originalSource.body) return undefined;
  return {
    id,
    original: { lang: originalSource.lang, file: originalSource.file, data: originalData, ...originalSource.body },
    translations,
  };
}

function readSource(
  path: string,
  file: string,
  folderFiles: ReadonlySet<string>,
  mediaBase: string,
  issues: ContentIssue[],
  locations: Locations,
) {
  const text = normalizeText(readFileSync(path, 'utf8'));
  const split = splitFrontmatter(text);
  if (!split.ok) {
    issues.push({ file, line: split.line, message: split.message, suggestion: split.suggestion });
    return {};
  }
  const { frontmatter = '', frontmatterLine, body, bodyLine } = split.value;
  const yaml = parseYamlSource(frontmatter, file, frontmatterLine, issues);
  const tree = parseBody(body, { file, firstLine: bodyLine, folderFiles }, issues);
  if (!yaml) return {};
  locations.set(file, yaml.lineOf);
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    issues.push({
      file,
      line: frontmatterLine,
      message: say.frontmatterNotFields(),
      suggestion: say.frontmatterNotFieldsFix(),
    });
    return {};
  }
  return {
    yaml,
    data: yaml.data,
    body: tree ? renderBody(tree, { mediaBase }) : undefined,
  };
}
