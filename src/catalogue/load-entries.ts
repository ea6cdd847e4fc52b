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
import { validateAgainst } from './schema-issues.ts';
import { normalizeText, splitFrontmatter } from './source-text.ts';
import { toSlug } from './suggest.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface EntryKind<O extends z.ZodType, T extends z.ZodType> {
  /** Folder under content/, also the URL segment of its media. */
  dir: 'practices' | 'cities';
  /** "practice" or "city", as editors read it in messages. */
  noun: string;
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
      message: `The folder ${rootLabel} is missing.`,
      suggestion: `create it, with one folder per ${kind.noun}`,
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
        message: `Each ${kind.noun} is a folder holding one file per language; "${name}" is a file.`,
        suggestion: `move it to ${rootLabel}/${toSlug(name.replace(/\.[^.]+$/, '')) || 'its-id'}/fr.mdx (or en.mdx, es.mdx for its language)`,
      });
      continue;
    }
    if (!SLUG_PATTERN.test(name)) {
      issues.push({
        file: label,
        line: 1,
        message: `The folder name "${name}" is the ${kind.noun}'s id in web addresses: lowercase letters, digits and single hyphens only.`,
        suggestion: `rename the folder "${toSlug(name)}"`,
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
        message: `"${name}" is not a file the catalogue reads: a ${kind.noun} folder holds ${CONTENT_LANGUAGES.map((l) => `${l}.mdx`).join(', ')} and images (${IMAGE_EXTENSIONS.join(', ')}).`,
        suggestion: guess ? `rename it "${guess}.mdx"` : 'rename or remove it',
      });
    }
  }
  if (languageFiles.length === 0) {
    issues.push({
      file: label,
      line: 1,
      message: `The ${kind.noun} folder "${id}" has no language file.`,
      suggestion: `add ${CONTENT_LANGUAGES.map((l) => `${l}.mdx`).join(' or ')} with the ${kind.noun}'s facts`,
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
        message: `No file of "${id}" carries the facts: every file has "translationOf".`,
        suggestion: 'remove "translationOf" from the file in the original language and give it all the fields',
      });
    }
    return undefined;
  }
  if (originals.length > 1) {
    for (const extra of originals.slice(1)) {
      issues.push({
        file: extra.file,
        line: 2,
        message: `Two files of "${id}" carry the facts (${originals.map((o) => o.lang).join(' and ')}), so they could contradict each other.`,
        suggestion: `keep the facts in ${originals[0]!.lang}.mdx; in this file keep title, summary and text, and add "translationOf: ${originals[0]!.lang}"`,
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
        message: `"${key}" is a fact, and facts are kept only in the original (${originalSource.lang}.mdx) so that languages cannot disagree.`,
        suggestion: `remove it here; a translation carries only translationOf, ${kind.translatedFields.join(', ')}, machineTranslated and the text`,
      });
      delete data[key];
    }
    if (data.translationOf !== undefined && data.translationOf !== originalSource.lang) {
      issues.push({
        file: source.file,
        line: source.yaml!.lineOf(['translationOf']),
        field: 'translationOf',
        message: `This file says it translates "${String(data.translationOf)}", but the original of "${id}" is ${originalSource.lang}.mdx.`,
        suggestion: `write translationOf: ${originalSource.lang}`,
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
            message: `"${list}" has ${mine.length} items here and ${theirs.length} in the original ${originalSource.lang}.mdx; each item translates the one at the same place.`,
            suggestion: `translate the ${theirs.length} items in the same order, or remove "${list}" to show the original's`,
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
      message: 'The lines between "---" must be fields written "name: value".',
      suggestion: 'start with "title: …" on the line after the first "---"',
    });
    return {};
  }
  return {
    yaml,
    data: yaml.data,
    body: tree ? renderBody(tree, { mediaBase }) : undefined,
  };
}
