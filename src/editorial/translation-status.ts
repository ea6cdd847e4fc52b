/**
 * Which translations are missing or out of date. A translation is out of
 * date when its original was committed after it: the original's text may
 * have changed since it was translated. Pure: the file history is given.
 */
import type { Catalogue } from '../catalogue/model.ts';
import { CONTENT_LANGUAGES, type Lang } from '../i18n/languages.ts';
import type { FileHistory } from './git-history.ts';

export type TranslationState = 'missing' | 'outdated' | 'current' | 'unknown';

export interface TranslationRow {
  kind: 'practice' | 'city';
  id: string;
  name: string;
  lang: Lang;
  originalLanguage: Lang;
  state: TranslationState;
  originalFile: string;
  /** When the original and the translation last changed, when git knows. */
  originalChanged?: Date;
  translationChanged?: Date;
}

function changed(history: FileHistory, file: string): Date | undefined {
  return history.uncommitted.has(file) ? new Date() : history.lastCommit.get(file);
}

export function translationStatus(catalogue: Pick<Catalogue, 'practices' | 'cities'>, history: FileHistory): TranslationRow[] {
  const rows: TranslationRow[] = [];
  const entries = [
    ...catalogue.practices.map((p) => ({ kind: 'practice' as const, id: p.id, original: p.originalLanguage, texts: p.texts, name: p.texts[p.originalLanguage]!.title })),
    ...catalogue.cities.map((c) => ({ kind: 'city' as const, id: c.id, original: c.originalLanguage, texts: c.texts, name: c.texts[c.originalLanguage]!.name })),
  ];
  for (const entry of entries) {
    const originalFile = entry.texts[entry.original]!.file;
    const originalChanged = changed(history, originalFile);
    for (const lang of CONTENT_LANGUAGES) {
      if (lang === entry.original) continue;
      const text = entry.texts[lang];
      const base = { kind: entry.kind, id: entry.id, name: entry.name, lang, originalLanguage: entry.original, originalFile };
      if (!text) {
        rows.push({ ...base, state: 'missing', originalChanged });
        continue;
      }
      const translationChanged = changed(history, text.file);
      const state: TranslationState =
        !history.available || !originalChanged || !translationChanged ? 'unknown' : originalChanged > translationChanged ? 'outdated' : 'current';
      rows.push({ ...base, state, originalChanged, translationChanged });
    }
  }
  return rows;
}
