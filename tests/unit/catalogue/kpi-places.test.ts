/**
 * Issue #16, point 5: a `place` column names countries (TG) and networks
 * (network:aimf) besides cities; values are plausible for their unit
 * before anything compares them; an indicator's reference line is checked
 * like a value; the same place, indicator and period in two datasets is
 * pointed out with both files.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const CSV = 'kpis/datasets/sample/observations.csv';
let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
});

function loadWithCsv(csv: string) {
  fixture = copyFixture();
  fixture.write(CSV, csv);
  return fixture.load();
}

const where = (issues: { file: string; line: number; column?: number; field?: string }[]) =>
  issues.map((i) => [i.file.replace(/^.*\/kpis\//, 'kpis/'), i.line, i.column, i.field]);

describe('a place column', () => {
  test('holds cities, countries and networks; countries and networks are kept apart from the cities', () => {
    const { catalogue, issues } = loadWithCsv(
      [
        'place,indicator,period,value,source',
        'villeneuve,lit-streets-share,2024,40,',
        'FR,lit-streets-share,2024,52.5,Ministère',
        'network:test-network,lit-streets-share,2024,47,',
        '',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    const dataset = catalogue!.datasets[0]!;
    expect(dataset.observations.map((o) => o.city)).toEqual(['villeneuve']);
    expect(dataset.groupObservations).toEqual([
      {
        dataset: 'sample',
        kind: 'country',
        group: 'FR',
        indicator: 'lit-streets-share',
        period: '2024',
        value: 52.5,
        source: 'Ministère',
      },
      {
        dataset: 'sample',
        kind: 'network',
        group: 'test-network',
        indicator: 'lit-streets-share',
        period: '2024',
        value: 47,
      },
    ]);
  });

  test('an unknown country, an unknown network, a country by name and a country in a city column are each reported at their cell', () => {
    const { issues } = loadWithCsv(
      [
        'place,indicator,period,value,source',
        'XX,lit-streets-share,2024,52.5,',
        'network:test-netwrk,lit-streets-share,2024,47,',
        'France,lit-streets-share,2024,47,',
        'FR,lit-streets-share,2024,47,',
        'FR,lit-streets-share,2024,48,',
        '',
      ].join('\n'),
    );
    issues.sort((a, b) => a.line - b.line);
    expect(where(issues)).toEqual([
      ['kpis/datasets/sample/observations.csv', 2, 1, 'place'],
      ['kpis/datasets/sample/observations.csv', 3, undefined, 'place'],
      ['kpis/datasets/sample/observations.csv', 4, 1, 'place'],
      ['kpis/datasets/sample/observations.csv', 6, undefined, undefined],
    ]);
    expect(issues.map((i) => i.suggestion)).toEqual([
      'write the two-letter code of the country in capitals, such as TG for Togo or FR for France',
      'did you mean "network:test-network"?',
      'write "FR"',
      'keep one row; a revised figure replaces the old one',
    ]);

    const city = loadWithCsv('city,indicator,period,value,source\nFR,lit-streets-share,2024,47,\n');
    expect(where(city.issues)).toEqual([['kpis/datasets/sample/observations.csv', 2, 1, 'city']]);
    expect(city.issues[0]!.suggestion).toContain('rename the column "city" to "place"');
  });

  test('a file with both city and place columns is refused at its header', () => {
    const { issues } = loadWithCsv('city,place,indicator,period,value\nvilleneuve,FR,lit-streets-share,2024,47\n');
    expect(where(issues)).toEqual([['kpis/datasets/sample/observations.csv', 1, 1, 'city']]);
  });
});

describe('plausible values', () => {
  test('a percent share outside 0–100 is refused with its line, column and fix, in the editor’s language', () => {
    setMessageLanguage('fr');
    const { issues } = loadWithCsv(
      [
        'city,indicator,period,value,source',
        'villeneuve,lit-streets-share,2021,250,',
        'villeneuve,lit-streets-share,2022,-1,',
        'villeneuve,lit-streets-share,2023,100,',
        'villeneuve,lit-streets-share,2024,0,',
        '',
      ].join('\n'),
    );
    expect(where(issues)).toEqual([
      ['kpis/datasets/sample/observations.csv', 2, 4, 'value'],
      ['kpis/datasets/sample/observations.csv', 3, 4, 'value'],
    ]);
    expect(issues[0]!.message).toBe(
      '250 n’est pas une valeur possible de lit-streets-share : son unité admet de 0 à 100.',
    );
    expect(issues[0]!.suggestion).toContain('indicators.yaml');
  });

  test('a count is whole and not negative; an indicator may widen its range', () => {
    fixture = copyFixture();
    fixture.edit(
      'kpis/indicators.yaml',
      (t) =>
        `${t}- id: shelters\n  label: { fr: Refuges, en: Shelters, es: Refugios }\n  description: { fr: d, en: d, es: d }\n  unit: count\n  higherIsBetter: true\n` +
        `- id: budget-change\n  label: { fr: Évolution, en: Change, es: Cambio }\n  description: { fr: d, en: d, es: d }\n  unit: percent\n  higherIsBetter: true\n  minimum: -100\n  maximum: 1000\n`,
    );
    fixture.write(
      CSV,
      [
        'city,indicator,period,value',
        'villeneuve,shelters,2021,2.5',
        'villeneuve,shelters,2022,-2',
        'villeneuve,shelters,2023,3',
        'villeneuve,budget-change,2023,250',
        'villeneuve,budget-change,2024,-20',
        '',
      ].join('\n'),
    );
    const { issues, catalogue } = fixture.load();
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [2, 'value', '2.5 is not a possible value of shelters: it counts things, so its values are whole numbers.'],
      [3, 'value', '-2 is not a possible value of shelters: its unit allows 0 or more.'],
    ]);
    expect(catalogue).toBeUndefined();
  });

  test('a reference line outside the unit’s range is refused at its field', () => {
    fixture = copyFixture();
    fixture.edit(
      'kpis/indicators.yaml',
      (t) => `${t}  reference: { value: 150, label: { fr: Cible, en: Target, es: Meta } }\n`,
    );
    // (The indicator refused, its observations are reported as naming no indicator: not the point here.)
    const issues = fixture.load().issues.filter((i) => i.file.endsWith('indicators.yaml'));
    expect(issues.map((i) => [i.file.replace(/^.*\/kpis\//, 'kpis/'), i.line, i.field])).toEqual([
      ['kpis/indicators.yaml', 6, '[0].reference.value'],
    ]);
    expect(issues[0]!.message).toContain('150');
  });
});

test('the same place, indicator and period in two datasets is a warning naming both files and the one used', () => {
  fixture = copyFixture();
  fixture.write(CSV, 'city,indicator,period,value\nvilleneuve,lit-streets-share,2024,40\n');
  fixture.write('kpis/datasets/other/dataset.yaml', fixture.read('kpis/datasets/sample/dataset.yaml'));
  fixture.write(
    'kpis/datasets/other/observations.csv',
    'place,indicator,period,value\nvilleneuve,lit-streets-share,2023,41\nvilleneuve,lit-streets-share,2024,42\n',
  );
  const { issues, warnings } = fixture.load();
  expect(issues).toEqual([]);
  expect(warnings.map((w) => [w.file.replace(/^.*\/kpis\//, 'kpis/'), w.line, w.message])).toEqual([
    [
      'kpis/datasets/sample/observations.csv',
      2,
      expect.stringMatching(
        /^villeneuve, lit-streets-share, 2024 is also measured in .*kpis\/datasets\/other\/observations\.csv:3\.$/,
      ),
    ],
  ]);
  expect(warnings[0]!.suggestion).toContain('datasets/other/observations.csv');
});
