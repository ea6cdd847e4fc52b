import { describe, expect, test } from 'vitest';
import { csvParseRows, splitPlainCsv } from '../../../src/catalogue/load-kpis.ts';

/** Records and line numbers as csv-parse gives them with the options load-kpis.ts uses. */
const byCsvParse = csvParseRows;

describe('a CSV file without quotes is split into the rows csv-parse reads, at the same lines', () => {
  const header = 'city,indicator,period,value,source';
  const files = [
    ['Unix line ends, ending with one', `${header}\nlyon,share,2024,1.5,\nparis,share,2024-03,2,INSEE\n`],
    ['no line end at the end', `${header}\nlyon,share,2024,1.5,`],
    ['Windows line ends', `${header}\r\nlyon,share,2024,1.5,\r\nparis,share,2024,2,\r\n`],
    ['a BOM', `\uFEFF${header}\nlyon,share,2024,1.5,\n`],
    ['empty lines between and after rows', `${header}\n\nlyon,share,2024,1.5,\n\n\nparis,share,2024,2,\n\n`],
    ['a line of spaces and a line of delimiters', `${header}\n   \n,,,,\nlyon,share,2024,1.5,\n`],
    ['rows too long and too short', `${header}\nlyon,share,2024,1.5,,extra\nparis,share\n`],
    ['values with spaces, apostrophes and odd signs', `${header}\n lyon , share ,2024, 1 234 ,l’INSEE; #1 'x'\n`],
    ['a header alone', header],
    ['nothing', ''],
    ['only line ends', '\n\n'],
  ] as const;
  test.each(files)('%s', (_name, raw) => {
    expect(splitPlainCsv(raw, ',')).toEqual(byCsvParse(raw, ','));
  });

  test('with the semicolon and tab of spreadsheets', () => {
    const semicolon = 'city;indicator;period;value\nlyon;share;2024;1,5\n';
    expect(splitPlainCsv(semicolon, ';')).toEqual(byCsvParse(semicolon, ';'));
    const tab = 'city\tindicator\tperiod\tvalue\nlyon\tshare\t2024\t1.5\n';
    expect(splitPlainCsv(tab, '\t')).toEqual(byCsvParse(tab, '\t'));
  });

  test('a file with quotes, or with line ends of more than one kind, is left to csv-parse', () => {
    expect(splitPlainCsv(`${header}\nlyon,share,2024,1.5,"INSEE, 2024"\n`, ',')).toBeUndefined();
    expect(splitPlainCsv(`${header}\r\nlyon,share,2024,1.5,\nparis,share,2024,2,\n`, ',')).toBeUndefined();
    expect(splitPlainCsv(`${header}\rlyon,share,2024,1.5,\r`, ',')).toBeUndefined();
  });
});
