/**
 * "Cite this practice": the parts of a citation (organisation, year, title,
 * site, URL, date of last update), a BibTeX entry and a CSL-JSON record,
 * which reference managers (Zotero, Mendeley, pandoc) import as they are.
 */
import type { Lang } from '../i18n/languages.ts';

export interface CitationInput {
  /** The practice's id, for the BibTeX key and the CSL id. */
  id: string;
  /** The organisation that runs the practice (its promoter): the author. */
  organisation: string;
  title: string;
  /** Language the title is written in. */
  textLang: Lang;
  siteName: string;
  url: string;
  /** Last update of the page's content. */
  updated: Date;
}

/** "2025-03-12" (UTC). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** BibTeX's special characters, escaped so that any title or name compiles. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\textasciicircum{}';
    if (c === '~') return '\\textasciitilde{}';
    return `\\${c}`;
  });
}

export function bibtexKey(input: Pick<CitationInput, 'id' | 'updated'>): string {
  return `${input.id}-${input.updated.getUTCFullYear()}`;
}

export function bibtex(input: CitationInput): string {
  const fields: [string, string][] = [
    // Double braces: a corporate author is one name, not "first last".
    ['author', `{${escapeBibtex(input.organisation)}}`],
    ['title', `{${escapeBibtex(input.title)}}`],
    ['year', String(input.updated.getUTCFullYear())],
    ['publisher', escapeBibtex(input.siteName)],
    ['howpublished', `\\url{${input.url.replace(/[%#{}\\]/g, (c) => `\\${c}`)}}`],
    ['url', input.url],
    ['langid', input.textLang],
    ['note', `Last updated ${isoDay(input.updated)}`],
  ];
  return `@misc{${bibtexKey(input)},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

export function cslJson(input: CitationInput): string {
  const day = input.updated;
  const record = {
    id: bibtexKey(input),
    type: 'webpage',
    title: input.title,
    author: [{ literal: input.organisation }],
    'container-title': input.siteName,
    publisher: input.siteName,
    URL: input.url,
    language: input.textLang,
    issued: { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] },
  };
  return `${JSON.stringify([record], null, 2)}\n`;
}
