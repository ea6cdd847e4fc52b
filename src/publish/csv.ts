/**
 * CSV for the open-data files and the catalogue's filtered downloads.
 *
 * The choice, for spreadsheets as much as for programs: UTF-8 **with** a
 * byte-order mark, "," between cells, "." as decimal mark, CRLF line ends
 * (RFC 4180). Without the BOM, Excel opens UTF-8 as the machine's legacy
 * code page and every accent of a French or Spanish text is garbled; with
 * it, Excel, LibreOffice, pandas, R and csv-parse all read the file right.
 * Excel in a French or Spanish locale still expects ";" on double-click, so
 * the data page tells those readers to use Data > From Text/CSV, which
 * detects the comma. A cell starting with = + - @ is prefixed with "'" so a
 * spreadsheet never runs it as a formula. Line breaks inside a cell become
 * spaces: every record is then exactly one line, which spreadsheets show
 * better and which lets the catalogue cut a filtered file out of the full
 * one line by line (src/publish/download-files.ts).
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvValue>;

const OPTIONS = {
  bom: true,
  header: true,
  record_delimiter: 'windows',
  escape_formulas: true,
  cast: {
    boolean: (value: boolean) => (value ? 'true' : 'false'),
    // Most cells hold no line break: looking for one is far cheaper than running the regexp on every cell.
    string: (value: string) =>
      value.includes('\n') || value.includes('\r') ? value.replace(/\s*[\r\n]+\s*/g, ' ') : value,
  },
} as const;

/**
 * Records given as objects keyed by column, byte for byte what csv-stringify
 * writes for them (tested): its header line, then each record's cells as
 * `csvCell` writes them, joined by "," and ended by CRLF. The same ids,
 * periods, units and sources fill most cells of the KPI files: each is
 * written by csv-stringify once per build (`writtenCell`), not once per
 * row (csv-stringify per row took 4 µs a row, 1.2 s of the build at 1,000
 * practices).
 */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const parts = [csvHead(columns)];
  for (const row of rows) {
    let line = writtenCell(row[columns[0]!]);
    for (let i = 1; i < columns.length; i++) line += `,${writtenCell(row[columns[i]!])}`;
    parts.push(`${line}\r\n`);
  }
  return parts.join('');
}

/** Records given as cells in the columns' order, e.g. made one at a time by a generator (no array of every row). */
function toCsvCells(columns: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return stringify(rows as Iterable<CsvValue[]> as CsvValue[][], {
    ...OPTIONS,
    columns: columns.map((key) => ({ key })),
  });
}

const CELL_OPTIONS = { ...OPTIONS, bom: false, header: false } as const;

/**
 * One cell exactly as the functions above write it (quoted, formula-escaped,
 * line breaks as spaces), by csv-stringify itself; a number is its
 * JavaScript text, which csv-stringify never quotes or escapes. For files
 * whose cells repeat (observations.csv), written once per distinct value.
 */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  return stringify([[value]] as CsvValue[][], CELL_OPTIONS).slice(0, -2);
}

/** Cells already written, by value; a number is its JavaScript text. */
const written = new Map<CsvValue, string>();
const WRITTEN_CAP = 100_000;

function writtenCell(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  let text = written.get(value);
  if (text === undefined) {
    if (written.size >= WRITTEN_CAP) written.clear();
    written.set(value, (text = csvCell(value)));
  }
  return text;
}

/** The byte-order mark and header line a file of these columns starts with. */
export function csvHead(columns: readonly string[]): string {
  return toCsvCells(columns, []);
}

/** Several values in one cell: "; " reads well and never collides with the "," delimiter's quoting. */
export function joinCell(values: readonly string[]): string {
  return values.join('; ');
}
