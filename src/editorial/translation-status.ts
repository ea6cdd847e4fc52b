/**
 * Which translations are missing or out of date. A translation is out of
 * date when its original was committed after it: the original's text may
 * have changed since it was translated. Pure: the file history is given.
 */
import type { Catalogue } from '../catalogue/model.ts';
import { CONTENT_LANGUAGES, type Lang } from '../i18n/languages.ts';
import { changedAt, type FileHistory } from './git-history.ts';

export type TranslationState = 'missing' | 'outdated' | 'current' | 'unknown';

export interface TranslationRow {
  kind: 'practice' | 'city';
  id: string;
  name: string;
  lang: Lang;
  originalLanguage: Lang;
  state: TranslationState;
  originalFile: string;
  /** The translation's file, when it exists. */
  translationFile?: string;
  /** When the original and the translation last changed, when git knows. */
  originalChanged?: Date;
  translationChanged?: Date;
}

/** Whether an existing translation trails its original: the rule shared by the editors' table and each page's provenance. */
export function translationState(
  history: FileHistory,
  originalFile: string,
  translationFile: string,
): Exclude<TranslationState, 'missing'> {
  const originalChanged = changedAt(history, originalFile);
  const translationChanged = changedAt(history, translationFile);
  if (!history.available || !originalChanged || !translationChanged) return 'unknown';
  return originalChanged > translationChanged ? 'outdated' : 'current';
}

export function translationStatus(
  catalogue: Pick<Catalogue, 'practices' | 'cities'>,
  history: FileHistory,
): TranslationRow[] {
  const rows: TranslationRow[] = [];
  const entries = [
    ...catalogue.practices.map((p) => ({
      kind: 'practice' as const,
      id: p.id,
      original: p.originalLanguage,
      texts: p.texts,
      name: p.texts[p.originalLanguage]!.title,
    })),
    ...catalogue.cities.map((c) => ({
      kind: 'city' as const,
      id: c.id,
      original: c.originalLanguage,
      texts: c.texts,
      name: c.texts[c.originalLanguage]!.name,
    })),
  ];
  for (const entry of entries) {
    const originalFile = entry.texts[entry.original]!.file;
    const originalChanged = changedAt(history, originalFile);
    for (const lang of CONTENT_LANGUAGES) {
      if (lang === entry.original) continue;
      const text = entry.texts[lang];
      const base = {
        kind: entry.kind,
        id: entry.id,
        name: entry.name,
        lang,
        originalLanguage: entry.original,
        originalFile,
      };
      if (!text) {
        rows.push({ ...base, state: 'missing', originalChanged });
        continue;
      }
      rows.push({
        ...base,
        state: translationState(history, originalFile, text.file),
        translationFile: text.file,
        originalChanged,
        translationChanged: changedAt(history, text.file),
      });
    }
  }
  return rows;
}
