/**
 * Cities ranked for an indicator's period or year, with ties.
 */
import type { Catalogue, DatasetRecord, Observation } from '../../catalogue/model.ts';
import type { Indicator } from '../../schemas/kpi.ts';
import { indicatorValues } from './indicator-values.ts';

export interface RankedValue {
  /** 1-based; equal values share a rank ("1, 2, 2, 4"). */
  rank: number;
  /** True when another city has the same value (and rank). */
  tied: boolean;
  observation: Observation;
}

/**
 * Cities ranked for one period: best first, as higherIsBetter says; equal
 * values share the rank of the first of them (competition ranking) and are
 * listed by city id so the order is stable.
 */
export function rankObservations(observations: readonly Observation[], higherIsBetter: boolean): RankedValue[] {
  const sorted = [...observations].sort(
    (a, b) =>
      (higherIsBetter ? b.value - a.value : a.value - b.value) || (a.city < b.city ? -1 : a.city > b.city ? 1 : 0),
  );
  const ranked: RankedValue[] = [];
  sorted.forEach((observation, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.observation.value === observation.value ? previous.rank : index + 1;
    ranked.push({ rank, tied: false, observation });
  });
  for (let i = 0; i < ranked.length; i++) {
    const same = (j: number) => ranked[j] !== undefined && ranked[j]!.rank === ranked[i]!.rank;
    ranked[i]!.tied = same(i - 1) || same(i + 1);
  }
  return ranked;
}

export interface IndicatorRanking {
  indicator: Indicator;
  period: string;
  rows: RankedValue[];
  /** Datasets of the values ranked, in id order. */
  datasets: string[];
}

export function rankingFor(datasets: readonly DatasetRecord[], indicator: Indicator, period: string): IndicatorRanking {
  const values = indicatorValues(datasets, indicator.id);
  const observations = [...(values.byPeriod.get(period)?.values() ?? [])];
  const rows = rankObservations(observations, indicator.higherIsBetter);
  return { indicator, period, rows, datasets: [...new Set(observations.map((o) => o.dataset))].sort() };
}

/**
 * Each city's latest value in a year, ranked: the table of an indicator's
 * year page. Values may come from different periods of the year; each row's
 * observation says which.
 */
export function yearRankingFor(
  datasets: readonly DatasetRecord[],
  indicator: Indicator,
  year: string,
): IndicatorRanking {
  const values = indicatorValues(datasets, indicator.id);
  const observations = [...(values.latestInYear.get(year)?.values() ?? [])];
  const rows = rankObservations(observations, indicator.higherIsBetter);
  return { indicator, period: year, rows, datasets: [...new Set(observations.map((o) => o.dataset))].sort() };
}

/** Every value of an indicator in a year: period by period, oldest first, each period ranked (the year's CSV). */
export function yearObservations(
  datasets: readonly DatasetRecord[],
  indicator: Indicator,
  year: string,
): Observation[] {
  const values = indicatorValues(datasets, indicator.id);
  const periods = values.years.find((y) => y.year === year)?.periods ?? [];
  return periods.flatMap((period) => rankingFor(datasets, indicator, period).rows.map((r) => r.observation));
}

/** Indicators that have at least one value, in definition order, with their periods. */
export function indicatorsWithData(
  catalogue: Pick<Catalogue, 'indicators' | 'datasets'>,
): { indicator: Indicator; periods: string[] }[] {
  return catalogue.indicators
    .map((indicator) => ({ indicator, periods: indicatorValues(catalogue.datasets, indicator.id).periods }))
    .filter((entry) => entry.periods.length > 0);
}
