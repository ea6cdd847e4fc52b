/**
 * The lines `npm run translations` prints, in the message language set for
 * the run. Two changes on the same day are told apart by their time (UTC),
 * so an out-of-date translation never reads "original changed 2026-12-03,
 * translation 2026-12-03".
 */
import { say } from '../catalogue/messages/index.ts';
import type { TranslationRow } from './translation-status.ts';

/** The two dates of an out-of-date row: days when they differ, with the time when on the same day. */
export function changeDates(
  original: Date | undefined,
  translation: Date | undefined,
  uncommitted: ReadonlySet<string> = new Set(),
  files?: { original: string; translation?: string },
): { original: string; translation: string } {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const sameDay = original !== undefined && translation !== undefined && day(original) === day(translation);
  const written = (date: Date | undefined, file: string | undefined) => {
    if (file !== undefined && uncommitted.has(file)) return say.translationsNotCommitted();
    if (!date) return '—';
    return sameDay ? `${day(date)} ${date.toISOString().slice(11, 16)} UTC` : day(date);
  };
  return { original: written(original, files?.original), translation: written(translation, files?.translation) };
}

export function describeTranslationRow(row: TranslationRow, uncommitted: ReadonlySet<string> = new Set()): string {
  const { kind, id } = row;
  switch (row.state) {
    case 'missing':
      return say.translationsMissing({ kind, id, lang: row.originalLanguage, file: row.originalFile });
    case 'outdated':
      return say.translationsOutdated({
        kind,
        id,
        ...changeDates(row.originalChanged, row.translationChanged, uncommitted, {
          original: row.originalFile,
          translation: row.translationFile,
        }),
      });
    case 'current':
      return say.translationsCurrent({ kind, id });
    default:
      return say.translationsUnknown({ kind, id });
  }
}
