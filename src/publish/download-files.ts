/**
 * The catalogue's "Download these results": the practices a search matched,
 * cut out of the full per-language files (/data/practices.<lang>.json and
 * .csv) so that a filtered file has exactly the same columns, fields and
 * values as the full one. Pure functions, shared by the browser script and
 * the unit tests.
 */
import type { SearchState } from '../search/search-state.ts';

/**
 * The byte-order mark the CSV files start with (src/publish/csv.ts). Written
 * here rather than imported: this module runs in the browser, where the CSV
 * writer (Node's Buffer) must not be bundled.
 */
const CSV_BOM = '\uFEFF';

export type DownloadFormat = 'csv' | 'json';

/** Records of a JSON file whose id is among `ids`, in the order of `ids` (the results' order). */
export function pickRecords<T extends { id: string }>(records: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/**
 * Lines of a CSV whose first cell (the id) is among `ids`, after its header,
 * in the order of `ids`. Relies on one record per line and an unquoted id
 * first, which src/publish/csv.ts guarantees for the files it writes.
 */
export function pickCsvLines(csv: string, ids: readonly string[]): string {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');
  const [header, ...rows] = lines;
  const byId = new Map(rows.map((line) => [line.slice(0, line.indexOf(',')), line]));
  const kept = ids.map((id) => byId.get(id)).filter((line): line is string => line !== undefined);
  return `${CSV_BOM}${[header ?? '', ...kept].join('\r\n')}\r\n`;
}

function slugPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_NAME_LENGTH = 120;

/**
 * A file name that says what was filtered, e.g.
 * "practices.fr.q-violence.theme-mobility+safety.country-tg.csv".
 */
export function downloadFileName(
  lang: string,
  state: Pick<SearchState, 'query' | 'filters'>,
  format: DownloadFormat,
): string {
  const parts = ['practices', lang];
  const query = slugPart(state.query).slice(0, 40).replace(/-+$/, '');
  if (query) parts.push(`q-${query}`);
  for (const key of Object.keys(state.filters).sort()) {
    const values = (state.filters[key] ?? []).map(slugPart).filter(Boolean);
    if (values.length > 0) parts.push(`${slugPart(key)}-${values.join('+')}`);
  }
  let name = parts.join('.');
  if (name.length > MAX_NAME_LENGTH) name = name.slice(0, MAX_NAME_LENGTH).replace(/[.+-]+$/, '');
  return `${name}.${format}`;
}

export function withTrailingNewline(json: unknown): string {
  return `${JSON.stringify(json, null, 1)}\n`;
}
