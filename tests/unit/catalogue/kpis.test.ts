import { afterEach, describe, expect, test } from 'vitest';
import { detectCsvFormat, parseDecimal } from '../../../src/catalogue/load-kpis.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const CSV = 'kpis/datasets/sample/observations.csv';
let fixture: FixtureCatalogue | undefined;
afterEach(() => fixture?.dispose());

function loadWithCsv(csv: string, datasetYamlExtra = '') {
  fixture = copyFixture();
  fixture.write(CSV, csv);
  if (datasetYamlExtra) fixture.edit('kpis/datasets/sample/dataset.yaml', (t) => t + datasetYamlExtra);
  return fixture.load();
}

describe('what spreadsheets really save', () => {
  test('UTF-8 with BOM, CRLF line ends and quoted fields', () => {
    const { catalogue, issues } = loadWithCsv(
      '\uFEFFcity,indicator,period,value,source\r\n"villeneuve","lit-streets-share","2021","40.5","Rapport, page 3"\r\n',
    );
    expect(issues).toEqual([]);
    expect(catalogue!.datasets[0]!.observations).toEqual([
      {
        dataset: 'sample',
        city: 'villeneuve',
        indicator: 'lit-streets-share',
        period: '2021',
        value: 40.5,
        source: 'Rapport, page 3',
      },
    ]);
  });

  test('semicolons and decimal commas from a French spreadsheet are detected', () => {
    const { catalogue, issues } = loadWithCsv(
      'city;indicator;period;value;source\nvilleneuve;lit-streets-share;2021;40,5;\npuerto-claro;lit-streets-share;2022;12,25;\n',
    );
    expect(issues).toEqual([]);
    expect(catalogue!.datasets[0]!.observations.map((o) => o.value)).toEqual([40.5, 12.25]);
  });

  test('a format declared in dataset.yaml wins over detection', () => {
    expect(detectCsvFormat('city;indicator', { delimiter: ',', decimal: '.' })).toEqual({
      delimiter: ',',
      decimal: '.',
    });
    expect(detectCsvFormat('city;indicator;period', undefined)).toEqual({ delimiter: ';', decimal: ',' });
    expect(detectCsvFormat('city,indicator', undefined)).toEqual({ delimiter: ',', decimal: '.' });
  });

  test.each([
    ['40.5', '.', 40.5],
    ['-3', '.', -3],
    ['40,5', ',', 40.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['40,5', '.', Number.NaN],
    ['12%', '.', Number.NaN],
    ['', '.', Number.NaN],
  ])('parseDecimal(%j, %j) = %d', (text, decimal, expected) => {
    expect(parseDecimal(text, decimal)).toBe(expected);
  });

  test('a note column is kept, not dropped', () => {
    const { catalogue } = loadWithCsv(
      'city,indicator,period,value,source,note\nvilleneuve,lit-streets-share,2021,40,,provisional\n',
    );
    expect(catalogue!.datasets[0]!.observations[0]!.note).toBe('provisional');
  });
});

describe('every bad row is reported with its line, column and a fix', () => {
  test('non-numeric values, impossible periods, unknown references and duplicates', () => {
    const { issues } = loadWithCsv(
      [
        'city,indicator,period,value,source',
        'villeneuve,lit-streets-share,2021,forty,',
        'villeneuve,lit-streets-share,2021-13,40,',
        'villeneuv,lit-streets-share,2022,40,',
        'villeneuve,lit-street-share,2022,40,',
        'villeneuve,lit-streets-share,2023,40,',
        'villeneuve,lit-streets-share,2023,41,',
        'villeneuve,lit-streets-share,2024,40,5,',
      ].join('\n'),
    );
    const summary = issues.map((i) => [i.line, i.field, i.column]);
    expect(summary).toEqual([
      [2, 'value', 4],
      [3, 'period', 3],
      [8, undefined, undefined],
      [4, 'city', undefined],
      [5, 'indicator', undefined],
      [7, undefined, undefined],
    ]);
    expect(issues.find((i) => i.line === 4)!.suggestion).toBe('did you mean "villeneuve"?');
    expect(issues.find((i) => i.line === 8)!.suggestion).toMatch(/double quotes/);
    expect(issues.find((i) => i.line === 7)!.message).toMatch(/measured twice .*first on line 6/);
  });

  test('a decimal comma in a comma-separated file is explained', () => {
    const { issues } = loadWithCsv('city,indicator,period,value\nvilleneuve,lit-streets-share,2021,"40,5"\n');
    expect(issues[0]!.suggestion).toMatch(/decimal/);
  });

  test('a missing or unknown column is named, with the likely intended one', () => {
    const { issues } = loadWithCsv('city,indicatr,period,value\nvilleneuve,lit-streets-share,2021,40\n');
    expect(issues.map((i) => [i.line, i.field, i.suggestion])).toEqual([
      [1, 'indicatr', 'rename it "indicator"'],
      [1, 'indicator', expect.stringContaining('city,indicator,period,value,source')],
    ]);
  });

  test('an unclosed quote is reported with its line', () => {
    const { issues } = loadWithCsv('city,indicator,period,value\n"villeneuve,lit-streets-share,2021,40\n');
    expect(issues[0]).toMatchObject({
      message: expect.stringMatching(/is never closed/),
      suggestion: expect.stringMatching(/quote/),
    });
  });
});
