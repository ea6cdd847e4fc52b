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

export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], {
    bom: true,
    header: true,
    columns: columns.map((key) => ({ key })),
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      string: (value) => value.replace(/\s*[\r\n]+\s*/g, ' '),
    },
  });
}

/** Several values in one cell: "; " reads well and never collides with the "," delimiter's quoting. */
export function joinCell(values: readonly string[]): string {
  return values.join('; ');
}
