/**
 * observations.json and observations.csv are written straight from the
 * datasets (no record per row): they must stay byte for byte what the
 * records and their CSV rows give, whatever a row's source and note.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../../src/catalogue/model.ts';
import { toCsv } from '../../../src/publish/csv.ts';
import {
  OBSERVATION_CSV_COLUMNS,
  observationCount,
  observationCsvRow,
  observationsCsv,
  observationRecords,
  observationsJson,
} from '../../../src/publish/kpi-records.ts';
import type { Indicator } from '../../../src/schemas/kpi.ts';

const indicator = (id: string, unit: string, currency?: string) => ({ id, unit, currency }) as unknown as Indicator;
const dataset = (id: string, meta: object, observations: object[]) =>
  ({ id, meta, observations }) as unknown as DatasetRecord;

const catalogue = {
  indicators: [indicator('waste', 'percent'), indicator('budget', 'currency', 'EUR')],
  datasets: [
    dataset(
      'a',
      {
        source: { title: 'Survey "A", 2023', url: 'https://example.org/a' },
        licence: 'CC-BY-4.0',
        licenceUrl: 'https://example.org/l',
        retrieved: '2024-01-02',
        illustrative: false,
      },
      [
        { dataset: 'a', city: 'paris', indicator: 'waste', period: '2023-05', value: 38.5 },
        {
          dataset: 'a',
          city: 'lyon',
          indicator: 'budget',
          period: '2023',
          value: -1200,
          source: '=Own source',
          note: 'Provisional,\nsee below',
        },
        { dataset: 'a', city: 'nice', indicator: 'waste', period: '2023-Q2', value: 0, source: '', note: '' },
      ],
    ),
    dataset(
      'b',
      { source: { title: 'Illustration' }, licence: 'CC0-1.0', retrieved: '2024-03-04', illustrative: true },
      [{ dataset: 'b', city: 'dakar', indicator: 'waste', period: '2022', value: 1e-7 }],
    ),
  ],
};

describe('observations files', () => {
  it('writes observations.json as the records would', () => {
    expect(observationsJson(catalogue)).toBe(`${JSON.stringify(observationRecords(catalogue), null, 1)}\n`);
    expect(observationsJson({ indicators: [], datasets: [] })).toBe('[]\n');
  });

  it('writes observations.csv as the records would, and counts the rows', () => {
    const expected = toCsv(OBSERVATION_CSV_COLUMNS, observationRecords(catalogue).map(observationCsvRow));
    expect(observationsCsv(catalogue)).toBe(expected);
    expect(observationsCsv({ indicators: [], datasets: [] })).toBe(toCsv(OBSERVATION_CSV_COLUMNS, []));
    expect(expected).toContain("'=Own source");
    expect(expected).toContain('"Provisional, see below"');
    expect(observationCount(catalogue)).toBe(4);
  });
});
