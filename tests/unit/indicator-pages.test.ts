import { describe, expect, test } from 'vitest';
import type { DatasetRecord, Observation } from '../../src/catalogue/model.ts';
import { indicatorCsvFiles, indicatorPlan, periodLinks } from '../../src/domain/indicator-pages.ts';
import { indicatorValues } from '../../src/domain/kpis/indicator-values.ts';
import { periodsByYear } from '../../src/domain/kpis/periods.ts';
import { rankingFor, yearObservations, yearRankingFor } from '../../src/domain/kpis/rankings.ts';
import type { Indicator } from '../../src/schemas/kpi.ts';

const obs = (city: string, period: string, value: number): Observation => ({
  dataset: 'd1',
  city,
  indicator: 'share',
  period,
  value,
});
const dataset = (observations: Observation[]): DatasetRecord => ({
  id: 'd1',
  file: 'content/kpis/datasets/d1/observations.csv',
  observations,
  meta: {
    title: { fr: 'd1', en: 'd1', es: 'd1' },
    source: { title: 'Source' },
    licence: 'CC0 1.0',
    retrieved: '2025-01-01',
    illustrative: true,
  },
});
const share: Indicator = {
  id: 'share',
  label: { fr: 'Part', en: 'Share', es: 'Parte' },
  description: { fr: 'd', en: 'd', es: 'd' },
  unit: 'percent',
  higherIsBetter: true,
  decimals: 1,
};
const months = (year: number, count = 12) =>
  Array.from({ length: count }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

describe('yearly data: the pages and files are the per-period ones', () => {
  const plan = indicatorPlan(periodsByYear(['2020', '2021', '2022']));

  test('a page per earlier year, the latest year is the indicator page, one CSV per year', () => {
    expect(plan.latest).toBe('2022');
    expect(plan.latestFile).toBe('2022');
    expect(plan.years.map((y) => [y.year, y.ownPage, y.tableFile, y.allFile])).toEqual([
      ['2020', true, '2020', '2020'],
      ['2021', true, '2021', '2021'],
      ['2022', false, '2022', '2022'],
    ]);
    expect([...indicatorCsvFiles(plan).keys()]).toEqual(['2020', '2021', '2022']);
  });

  test('one link per year, the latest to the indicator page, no separate "latest" link', () => {
    expect(periodLinks(plan)).toEqual([
      { kind: 'year', year: '2020', periods: 1, ownPage: true },
      { kind: 'year', year: '2021', periods: 1, ownPage: true },
      { kind: 'year', year: '2022', periods: 1, ownPage: false },
    ]);
  });
});

describe('monthly data: a page per year, not per month', () => {
  const periods = [...months(2023), ...months(2024, 5)];
  const plan = indicatorPlan(periodsByYear(periods));

  test('every year has a page and a table CSV apart from the file of all its values; the latest period has its own ranking file', () => {
    expect(plan.latest).toBe('2024-05');
    expect(plan.latestFile).toBe('2024-05');
    expect(plan.years.map((y) => [y.year, y.periods.length, y.ownPage, y.tableFile, y.allFile])).toEqual([
      ['2023', 12, true, '2023.latest', '2023'],
      ['2024', 5, true, '2024.latest', '2024'],
    ]);
    expect(Object.fromEntries(indicatorCsvFiles(plan))).toEqual({
      '2023': { kind: 'year', year: '2023' },
      '2023.latest': { kind: 'year-latest', year: '2023' },
      '2024': { kind: 'year', year: '2024' },
      '2024.latest': { kind: 'year-latest', year: '2024' },
      '2024-05': { kind: 'period', period: '2024-05' },
    });
  });

  test('links: the years, then the latest period (the indicator page)', () => {
    expect(periodLinks(plan)).toEqual([
      { kind: 'year', year: '2023', periods: 12, ownPage: true },
      { kind: 'year', year: '2024', periods: 5, ownPage: true },
      { kind: 'latest', period: '2024-05', ownPage: false },
    ]);
  });

  test('420 monthly periods give 35 year pages and 71 files, not 419 pages', () => {
    const long = indicatorPlan(periodsByYear(Array.from({ length: 35 }, (_, i) => months(1992 + i)).flat()));
    expect(long.years.filter((y) => y.ownPage)).toHaveLength(35);
    expect(indicatorCsvFiles(long).size).toBe(71);
  });
});

describe('mixed periods in one year', () => {
  test('a yearly value and monthly ones: the year file holds both, names never collide', () => {
    const plan = indicatorPlan(periodsByYear(['2022', '2023', '2023-06', '2023-Q4']));
    expect(plan.latest).toBe('2023-Q4');
    expect([...indicatorCsvFiles(plan).keys()]).toEqual(['2022', '2023', '2023.latest', '2023-Q4']);
  });
});

describe('year rankings and files', () => {
  const datasets = [
    dataset([
      obs('a', '2023-01', 10),
      obs('a', '2023-11', 12),
      obs('b', '2023-12', 30),
      obs('c', '2023-03', 20),
      obs('a', '2024-01', 1),
      obs('b', '2024-01', 2),
    ]),
  ];

  test('a year ranks each city by its latest value in that year, and keeps its period', () => {
    const ranking = yearRankingFor(datasets, share, '2023');
    expect(ranking.period).toBe('2023');
    expect(ranking.rows.map((r) => [r.rank, r.observation.city, r.observation.period, r.observation.value])).toEqual([
      [1, 'b', '2023-12', 30],
      [2, 'c', '2023-03', 20],
      [3, 'a', '2023-11', 12],
    ]);
  });

  test('the year file holds every value of the year, period by period, each ranked', () => {
    expect(yearObservations(datasets, share, '2023').map((o) => `${o.period}:${o.city}`)).toEqual([
      '2023-01:a',
      '2023-03:c',
      '2023-11:a',
      '2023-12:b',
    ]);
  });

  test('every observation of the indicator is in exactly one year file', () => {
    const values = indicatorValues(datasets, 'share');
    const inFiles = values.years.flatMap((y) => yearObservations(datasets, share, y.year));
    const all = values.periods.flatMap((p) => rankingFor(datasets, share, p).rows.map((r) => r.observation));
    expect(inFiles).toHaveLength(all.length);
    expect(new Set(inFiles)).toEqual(new Set(all));
  });
});
