/**
 * What the browser tests expect to see, read straight from the content
 * files (not from the catalogue loader under test): entry ids from folder
 * names, titles and names from each file's YAML front matter.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDirFromEnv } from '../../scripts/content-dir.ts';

/** The site is published in these three languages (the product's specification, not read from src/). */
export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The folder the build reads: the same rule as scripts/build.ts (ATLAS_CONTENT_DIR, else ./content). */
export const contentDir = resolve(contentDirFromEnv([]));

export type EntryKind = 'practices' | 'cities';

export interface SiteConfig {
  name: Record<Lang, string>;
  tagline: Record<Lang, string>;
  defaultLanguage: Lang;
}

export function siteConfig(): SiteConfig {
  return parseYaml(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as SiteConfig;
}

/** Entry ids of a kind: the folder names under content/<kind>/, sorted. */
export function entryIds(kind: EntryKind): string[] {
  return readdirSync(join(contentDir, kind), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The YAML front matter of an .mdx file, parsed with the `yaml` package. */
export function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file} has no YAML front matter`);
  return (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
}

export interface Entry {
  kind: EntryKind;
  id: string;
  /** Front matter of each language file that exists. */
  files: Partial<Record<Lang, Record<string, unknown>>>;
  /** The language of the original: the file without `translationOf`. */
  original: Lang;
  /** Languages with no file, shown as a fallback to the original. */
  missing: Lang[];
}

export function readEntry(kind: EntryKind, id: string): Entry {
  const files: Partial<Record<Lang, Record<string, unknown>>> = {};
  for (const lang of LANGUAGES) {
    const file = join(contentDir, kind, id, `${lang}.mdx`);
    if (existsSync(file)) files[lang] = frontmatter(file);
  }
  const originals = LANGUAGES.filter((lang) => files[lang] && files[lang]['translationOf'] === undefined);
  if (originals.length !== 1)
    throw new Error(`content/${kind}/${id} should have exactly one original file, found ${originals.length}`);
  return { kind, id, files, original: originals[0]!, missing: LANGUAGES.filter((lang) => !files[lang]) };
}

export function entries(kind: EntryKind): Entry[] {
  return entryIds(kind).map((id) => readEntry(kind, id));
}

/** The field that names an entry: a practice's `title`, a city's `name`. */
export const NAME_FIELD: Record<EntryKind, 'title' | 'name'> = { practices: 'title', cities: 'name' };

/**
 * A text field of an entry as a page in `lang` should show it, and in which
 * language: the language's own file when it exists and gives the field, else
 * the original's.
 */
export function expectedText(entry: Entry, lang: Lang, field: string): { text: string; lang: Lang } {
  const own = entry.files[lang]?.[field];
  if (typeof own === 'string') return { text: normalizeSpace(own), lang };
  const original = entry.files[entry.original]![field];
  if (typeof original !== 'string')
    throw new Error(`content/${entry.kind}/${entry.id}/${entry.original}.mdx has no ${field}`);
  return { text: normalizeSpace(original), lang: entry.original };
}

/** What the h1 of an entry's page in `lang` should say: its title or name. */
export function expectedHeading(entry: Entry, lang: Lang): { text: string; lang: Lang } {
  return expectedText(entry, lang, NAME_FIELD[entry.kind]);
}

/** A taxonomy term's label in a language, from content/taxonomies/<vocabulary>.yaml. */
export function termLabel(vocabulary: string, id: string, lang: Lang): string {
  const terms = parseYaml(readFileSync(join(contentDir, 'taxonomies', `${vocabulary}.yaml`), 'utf8')) as {
    id: string;
    label: Record<Lang, string>;
  }[];
  const term = terms.find((t) => t.id === id);
  if (!term) throw new Error(`No term "${id}" in content/taxonomies/${vocabulary}.yaml`);
  return term.label[lang];
}

/** The interface strings of a language, from src/i18n/ui/<lang>.json. */
export function uiStrings(lang: Lang): Record<string, string> {
  return JSON.parse(readFileSync(resolve('src/i18n/ui', `${lang}.json`), 'utf8')) as Record<string, string>;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
