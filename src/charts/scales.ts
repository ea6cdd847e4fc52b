/**
 * Scales and ticks of the charts, pure (d3-scale, d3-array): a bar chart's
 * value axis always includes zero; ticks are "nice" round numbers, written
 * by the caller's locale formatter.
 */
import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface ValueScaleOptions {
  /** Bars start at zero, so their length is proportional to the value. */
  includeZero: boolean;
  /** About how many ticks (d3 picks a nice step near it). */
  ticks?: number;
}

export interface ValueScale {
  scale: ScaleLinear<number, number>;
  domain: [number, number];
  ticks: number[];
}

/** A linear scale from values to a pixel range, with a nice domain and ticks. */
export function valueScale(values: readonly number[], range: [number, number], options: ValueScaleOptions): ValueScale {
  const count = options.ticks ?? 5;
  let [low, high] = extent(values) as [number | undefined, number | undefined];
  if (low === undefined || high === undefined) [low, high] = [0, 1];
  if (options.includeZero) {
    low = Math.min(0, low);
    high = Math.max(0, high);
  }
  if (low === high) {
    // One value (or all equal): give the axis some room around it.
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low = options.includeZero && low >= 0 ? 0 : low - pad;
    high = high + pad;
  }
  const scale = scaleLinear().domain([low, high]).range(range).nice(count);
  const domain = scale.domain() as [number, number];
  return { scale, domain, ticks: scale.ticks(count) };
}

/** Decimals the tick labels need: none for 0, 5, 10; one for 0, 2.5, 5… (at most 4). */
export function tickDecimals(ticks: readonly number[]): number {
  for (let decimals = 0; decimals < 4; decimals++) {
    const factor = 10 ** decimals;
    if (ticks.every((t) => Math.abs(Math.round(t * factor) - t * factor) < 1e-6)) return decimals;
  }
  return 4;
}
