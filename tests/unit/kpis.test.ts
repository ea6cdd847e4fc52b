import { describe, expect, test } from 'vitest';
import type { CityRecord, DatasetRecord, Observation } from '../../src/catalogue/model.ts';
import { cityById, cityComparison, comparisonAverages, comparisonGap } from '../../src/domain/kpis/averages.ts';
import { seriesFileName } from '../../src/domain/kpis/files.ts';
import { formatKpiValue } from '../../src/domain/kpis/format.ts';
import { indicatorValues } from '../../src/domain/kpis/indicator-values.ts';
import {
  comparePeriods,
  latestPeriod,
  periodOrder,
  periodsByYear,
  sortPeriods,
} from '../../src/domain/kpis/periods.ts';
import { rankingFor, rankObservations } from '../../src/domain/kpis/rankings.ts';
import { seriesOfCity, yearEndObservations } from '../../src/domain/kpis/series.ts';
import { comparisonRows, downloadRows, kpiCsv } from '../../src/publish/kpi-downloads.ts';
import type { Indicator } from '../../src/schemas/kpi.ts';

const obs = (city: string, period: string, value: number, indicator = 'share', dataset = 'd1'): Observation => ({
  dataset,
  city,
  indicator,
  period,
  value,
});
const dataset = (id: string, observations: Observation[], illustrative = true): DatasetRecord => ({
  id,
  file: `content/kpis/datasets/${id}/observations.csv`,
  observations,
  meta: {
    title: { fr: id, en: id, es: id },
    source: { title: `Source ${id}` },
    licence: 'CC0 1.0',
    retrieved: '2025-01-01',
    illustrative,
  },
});
const indicator = (higherIsBetter = true, decimals = 1): Indicator => ({
  id: 'share',
  label: { fr: 'Part', en: 'Share', es: 'Parte' },
  description: { fr: 'd', en: 'd', es: 'd' },
  unit: 'percent',
  higherIsBetter,
  decimals,
});
const city = (id: string, country: string, networks: string[] = []) =>
  ({ id, facts: { country, networks } }) as unknown as CityRecord;

describe('periods', () => {
  test('years, quarters and months sort in time, not as text', () => {
    expect(sortPeriods(['2023-Q2', '2023-05', '2022', '2023', '2023-01', '2023-Q1', '2021-12', '2023-Q4'])).toEqual([
      '2021-12',
      '2022',
      '2023',
      '2023-Q1',
      '2023-01',
      '2023-Q2',
      '2023-05',
      '2023-Q4',
    ]);
    expect(comparePeriods('2023-10', '2023-9' as string)).not.toBe(0);
    expect(periodOrder('2023-13')).toBeNaN();
    expect(sortPeriods(['2024', '2024', '2020'])).toEqual(['2020', '2024']);
  });

  test('latest period', () => {
    expect(latestPeriod([{ period: '2023-Q4' }, { period: '2024-01' }, { period: '2023' }])).toBe('2024-01');
    expect(latestPeriod([])).toBeUndefined();
  });
});

describe('series', () => {
  test('a city series per dataset and indicator, in period order, indicators in definition order', () => {
    const datasets = [
      dataset('d1', [obs('a', '2024', 3), obs('a', '2022-Q3', 1), obs('b', '2022', 9), obs('a', '2023', 2, 'other')]),
    ];
    const series = seriesOfCity(datasets, 'a', ['other', 'share']);
    expect(series.map((s) => s.indicator)).toEqual(['other', 'share']);
    expect(series[1]!.observations.map((o) => o.period)).toEqual(['2022-Q3', '2024']);
  });

  test('file names stay unique when two datasets measure the same indicator', () => {
    const all = [
      { indicator: 'share', dataset: 'd1' },
      { indicator: 'share', dataset: 'd2' },
      { indicator: 'other', dataset: 'd1' },
    ];
    expect(all.map((s) => seriesFileName(s, all))).toEqual(['share.d1', 'share.d2', 'other']);
  });
});

describe('averages', () => {
  const cities = [
    city('a', 'FR', ['net']),
    city('b', 'FR'),
    city('c', 'FR', ['net']),
    city('d', 'ES', ['net']),
    city('e', 'FR'),
  ];
  const datasets = [
    dataset('d1', [
      obs('a', '2024', 10),
      obs('b', '2024', 20),
      obs('c', '2024', 40),
      obs('d', '2024', 30),
      obs('b', '2023', 5),
    ]),
  ];

  test('mean of the other cities of the country and of each network, when at least two have a value', () => {
    const values = indicatorValues(datasets, 'share');
    expect(comparisonAverages(values, cities, 'a', '2024')).toEqual([
      { kind: 'country', group: 'FR', period: '2024', value: 30, basis: 'average', cities: 2, datasets: ['d1'] },
      { kind: 'network', group: 'net', period: '2024', value: 35, basis: 'average', cities: 2, datasets: ['d1'] },
    ]);
    // Only one other French city has a 2023 value: no average.
    expect(comparisonAverages(values, cities, 'a', '2023')).toEqual([]);
  });

  test('the comparison rounds averages to the indicator decimals and its CSV rows name the groups', () => {
    const ds = [dataset('d1', [obs('a', '2024', 10), obs('b', '2024', 20), obs('c', '2024', 21)])];
    const series = seriesOfCity(ds, 'a')[0]!;
    const comparison = cityComparison({ datasets: ds, cities }, series, 1)!;
    expect(comparison.averages[0]!.value).toBe(20.5);
    const rows = comparisonRows(comparison, indicator(), ds);
    expect(rows.map((r) => [r.city, r.value])).toEqual([
      ['a', 10],
      ['country-average:FR', 20.5],
    ]);
  });

  test('a country’s own figure replaces the average of its other places; the latest up to the city’s period; a sourced one first', () => {
    const national = (value: number, period: string, id: string) => ({
      dataset: id,
      kind: 'country' as const,
      group: 'FR',
      indicator: 'share',
      period,
      value,
    });
    const ds = [
      dataset('d1', [obs('a', '2024', 10), obs('b', '2024', 20), obs('c', '2024', 21)]),
      { ...dataset('n-illustrative', []), groupObservations: [national(99, '2023', 'n-illustrative')] },
      {
        ...dataset('z-sourced', [], false),
        groupObservations: [
          national(33, '2022', 'z-sourced'),
          national(35, '2023', 'z-sourced'),
          national(40, '2025', 'z-sourced'),
        ],
      },
    ];
    const series = seriesOfCity(ds, 'a')[0]!;
    const comparison = cityComparison({ datasets: ds, cities }, series, 1)!;
    expect(comparison.averages).toEqual([
      { kind: 'country', group: 'FR', period: '2023', value: 35, basis: 'figure', cities: 0, datasets: ['z-sourced'] },
    ]);
    expect(comparisonRows(comparison, indicator(), ds).map((r) => [r.city, r.period, r.value, r.illustrative])).toEqual(
      [
        ['a', '2024', 10, true],
        ['country:FR', '2023', 35, false],
      ],
    );
  });

  test('no comparison: how many other places of the country have a value for the period', () => {
    const ds = [dataset('d1', [obs('a', '2024', 10), obs('b', '2024', 20), obs('c', '2023', 21)])];
    const series = seriesOfCity(ds, 'a')[0]!;
    expect(cityComparison({ datasets: ds, cities }, series, 1)).toBeUndefined();
    expect(comparisonGap({ datasets: ds, cities }, series)).toEqual({ period: '2024', country: 'FR', others: 1 });
  });
});

describe('ranking', () => {
  const values = [obs('a', '2024', 10), obs('b', '2024', 30), obs('c', '2024', 20), obs('d', '2024', 30)];

  test('higher is better: best first, ties share a rank and are listed by id', () => {
    const ranked = rankObservations(values, true);
    expect(ranked.map((r) => [r.rank, r.observation.city, r.tied])).toEqual([
      [1, 'b', true],
      [1, 'd', true],
      [3, 'c', false],
      [4, 'a', false],
    ]);
  });

  test('lower is better: lowest first', () => {
    expect(rankObservations(values, false).map((r) => [r.rank, r.observation.city])).toEqual([
      [1, 'a'],
      [2, 'c'],
      [3, 'b'],
      [3, 'd'],
    ]);
  });

  test('one value per city: a sourced dataset wins over an illustrative one', () => {
    const datasets = [
      dataset('a-illustrative', [obs('x', '2024', 1, 'share', 'a-illustrative')]),
      dataset('z-sourced', [obs('x', '2024', 2, 'share', 'z-sourced')], false),
    ];
    const ranking = rankingFor(datasets, indicator(), '2024');
    expect(ranking.rows.map((r) => r.observation.value)).toEqual([2]);
    expect(ranking.datasets).toEqual(['z-sourced']);
  });
});

describe('CSV downloads', () => {
  test('the open-data CSV: a BOM, the header, rows in the order given, unit, source falling back to the dataset', () => {
    const ds = [dataset('d1', [])];
    const rows = downloadRows(
      [{ ...obs('a', '2024', 38.5), source: 'Registry, "2024"' }, obs('b', '2023-Q1', 0)],
      indicator(),
      ds,
    );
    expect(kpiCsv(rows)).toBe(
      '\uFEFFcity,indicator,period,value,unit,source,illustrative\r\na,share,2024,38.5,percent,"Registry, ""2024""",true\r\nb,share,2023-Q1,0,percent,Source d1,true\r\n',
    );
  });

  test('a text cell that a spreadsheet would read as a formula is neutralised', () => {
    expect(
      kpiCsv([
        {
          city: 'a',
          indicator: 's',
          period: '2024',
          value: -1,
          unit: 'count',
          source: '=HYPERLINK("x")',
          illustrative: false,
        },
      ]),
    ).toContain(`-1,count,"'=HYPERLINK(""x"")"`);
  });
});

test('values are written per locale with their unit', () => {
  const normal = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  expect(normal(formatKpiValue(38.5, indicator(), 'fr-FR'))).toBe('38,5 %');
  expect(formatKpiValue(38.5, indicator(), 'en-GB')).toBe('38.5%');
  expect(normal(formatKpiValue(12000.25, { unit: 'count', decimals: 0 }, 'es-ES'))).toBe('12.000');
});

describe('years', () => {
  test('periods grouped by year, in time order', () => {
    expect(periodsByYear(['2022', '2023-Q1', '2023-02', '2024'])).toEqual([
      { year: '2022', periods: ['2022'] },
      { year: '2023', periods: ['2023-Q1', '2023-02'] },
      { year: '2024', periods: ['2024'] },
    ]);
  });

  test('the index keeps each city’s latest value of each year', () => {
    const values = indicatorValues(
      [dataset('d1', [obs('a', '2023-12', 3), obs('a', '2023-02', 1), obs('b', '2023-06', 2), obs('a', '2024-01', 4)])],
      'share',
    );
    expect(values.years.map((y) => y.year)).toEqual(['2023', '2024']);
    expect([...values.latestInYear.get('2023')!].map(([city, o]) => [city, o.period])).toEqual([
      ['a', '2023-12'],
      ['b', '2023-06'],
    ]);
  });

  test('a city table keeps the last value of each year, the latest included; a yearly series keeps them all', () => {
    const monthly = [obs('a', '2022-11', 1), obs('a', '2022-12', 2), obs('a', '2023-01', 3), obs('a', '2023-05', 4)];
    expect(yearEndObservations(monthly).map((o) => o.period)).toEqual(['2022-12', '2023-05']);
    const yearly = [obs('a', '2022', 1), obs('a', '2023', 2)];
    expect(yearEndObservations(yearly)).toEqual(yearly);
    expect(yearEndObservations([])).toEqual([]);
  });

  test('a city is found by id; the series of a city is the same object on each call', () => {
    const cities = [city('a', 'FR'), city('b', 'ES')];
    expect(cityById(cities, 'b')).toBe(cities[1]);
    expect(cityById(cities, 'z')).toBeUndefined();
    const ds = [dataset('d1', [obs('a', '2024', 1)])];
    expect(seriesOfCity(ds, 'a')).toBe(seriesOfCity(ds, 'a'));
  });
});
