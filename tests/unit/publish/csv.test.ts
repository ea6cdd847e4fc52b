/**
 * The project's CSV writer joins cells that csv-stringify wrote once each:
 * whatever the cells (quotes, commas, line breaks, formulas, empty, missing),
 * the file must be byte for byte what csv-stringify writes for the whole
 * file with the format src/publish/csv.ts documents.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toCsv, type CsvRow, type CsvValue } from '../../../src/publish/csv.ts';

/** The documented format, given to csv-stringify for the whole file at once. */
function reference(columns: readonly string[], rows: readonly CsvRow[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => row[column])),
    {
      bom: true,
      header: true,
      columns: columns.map((key) => ({ key })),
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: {
        boolean: (value: boolean) => (value ? 'true' : 'false'),
        string: (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' '),
      },
    },
  );
}

const tricky = fc.constantFrom('', ' ', '"', ',', '\n', '\r\n', '=1+1', '+33', '-', '@x', 'a;b', 'é', '\t', "'");
const cell: fc.Arbitrary<CsvValue> = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 5 }).map((parts) => parts.join('')),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('CSV writer', () => {
  test('writes what csv-stringify writes for the whole file, whatever the cells', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('city', 'period', 'value', 'source', 'note'), { minLength: 1, maxLength: 5 }),
        fc.array(fc.dictionary(fc.constantFrom('city', 'period', 'value', 'source', 'note'), cell), { maxLength: 20 }),
        (columns, rows) => {
          expect(toCsv(columns, rows)).toBe(reference(columns, rows));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a cell seen before is written the same way again, in any file', () => {
    const rows = [{ source: '=HYPERLINK("x")', value: 1 }];
    const first = toCsv(['source', 'value'], rows);
    expect(toCsv(['source', 'value'], rows)).toBe(first);
    expect(first).toBe(reference(['source', 'value'], rows));
    expect(first).toContain(`"'=HYPERLINK(""x"")",1\r\n`);
  });
});
