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
 * Records given as objects keyed by column. They reach csv-stringify as
 * arrays in the columns' order: for an object it looks each cell up with a
 * lodash-style path parser, which was most of its time on the rows of
 * observations.csv.
 */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  return toCsvCells(columns, cellsOf(columns, rows));
}

function* cellsOf(columns: readonly string[], rows: readonly CsvRow[]): Generator<CsvValue[]> {
  for (const row of rows) {
    const cells = new Array<CsvValue>(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = row[columns[i]!];
    yield cells;
  }
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

/** The byte-order mark and header line a file of these columns starts with. */
export function csvHead(columns: readonly string[]): string {
  return toCsvCells(columns, []);
}

/** Several values in one cell: "; " reads well and never collides with the "," delimiter's quoting. */
export function joinCell(values: readonly string[]): string {
  return values.join('; ');
}
