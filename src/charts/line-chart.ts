/**
 * A series in time as SVG markup: one line through every observation, a
 * circle (with data-period and data-value) on each observation the page's
 * table lists, nice value ticks from zero, period labels along the bottom.
 * Pure: data in, string out. The line is one path whatever the length of
 * the series; circles are what a reader can reach one by one, so a series
 * of 420 months gets the dozens its table lists, not 420.
 */
import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { valueScale, tickDecimals } from './scales.ts';
import type { ReferenceLine } from './bar-chart.ts';
import { CHART_FONT, CHART_WIDTH, chartFrame, el, idPrefix, noticeText, text, textWidth } from './svg.ts';

export interface LinePoint {
  /** Raw period ("2023", "2023-05", "2023-Q2"): the key the table and CSV share. */
  period: string;
  /** The period as the page writes it ("mai 2023"); else `formatPeriod` writes it. */
  periodLabel?: string;
  value: number;
  /** The value as the page writes it, with its unit ("38,5 %"); else `formatValue` writes it. */
  valueLabel?: string;
}

export interface LineChartInput {
  /** Unique on the page: prefixes the ids of title and description. */
  id: string;
  title: string;
  description: string;
  points: readonly LinePoint[];
  xAxisLabel: string;
  yAxisLabel: string;
  /** Writes a tick value in the page's locale with the given decimals. */
  formatTick: (value: number, decimals: number) => string;
  width?: number;
  height?: number;
  /** Start the value axis at zero (default), so that change is not exaggerated. */
  includeZero?: boolean;
  /** Periods that get a mark (those the table lists); every point by default. */
  marked?: ReadonlySet<string>;
  /**
   * Write the labels of the points that show them (marks, axis), for points
   * without their own: a monthly series of 35 years shows 35 of its 420
   * values, and formatting the other 385 in Intl was most of a city page.
   */
  formatPeriod?: (period: string) => string;
  formatValue?: (value: number) => string;
  /** A value drawn as a labelled horizontal line: parity, a target. */
  reference?: ReferenceLine;
  /** "Illustrative figures", drawn in the image itself. */
  notice?: string;
}

const MAX_AXIS_LABELS = 8;

/**
 * The periods written along the bottom, at most about eight so that they
 * never overlap (every mark still has its tooltip and table row): a series
 * of several values a year is labelled by year ("1997" where 1997 starts),
 * others every n-th period and the last one.
 */
export function axisLabels(
  points: readonly Pick<LinePoint, 'period' | 'periodLabel'>[],
  formatPeriod: (period: string) => string = (period) => period,
  /** Width of the plot in SVG units: fewer labels fit a narrow chart. */
  plotWidth = Infinity,
): { period: string; label: string }[] {
  const yearOf = (period: string) => period.slice(0, 4);
  const yearStarts = points.filter((p, i) => i === 0 || yearOf(points[i - 1]!.period) !== yearOf(p.period));
  const fits = (labelWidth: number) =>
    Math.max(2, Math.min(MAX_AXIS_LABELS, Math.floor(plotWidth / (labelWidth + CHART_FONT))));
  if (points.length > MAX_AXIS_LABELS && yearStarts.length < points.length) {
    const every = Math.ceil(yearStarts.length / fits(textWidth('0000')));
    return yearStarts.filter((_, i) => i % every === 0).map((p) => ({ period: p.period, label: yearOf(p.period) }));
  }
  const widest = Math.max(...points.map((p) => textWidth(p.periodLabel ?? formatPeriod(p.period))));
  const every = Math.max(1, Math.ceil(points.length / fits(widest)));
  const last = points.length - 1;
  // The last period is always written; a regular label too close before it would overlap it.
  const shown = points.filter((_, i) => i === last || (i % every === 0 && last - i >= every / 2));
  return shown.map((p) => ({ period: p.period, label: p.periodLabel ?? formatPeriod(p.period) }));
}

export function lineChartSvg(input: LineChartInput): string {
  const width = input.width ?? CHART_WIDTH;
  const height = input.height ?? 290;
  const prefix = idPrefix(input.id);
  const lineHeight = Math.round(CHART_FONT * 1.3);
  // Above the plot: the notice, then the value axis' title, each on its own line.
  const top = (input.notice ? lineHeight : 0) + lineHeight + 10;
  const margin = { top, right: 16, bottom: 48, left: 46 };
  const x = scalePoint<string>()
    .domain(input.points.map((p) => p.period))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const y = valueScale(
    [...input.points.map((p) => p.value), ...(input.reference ? [input.reference.value] : [])],
    [height - margin.bottom, margin.top],
    { includeZero: input.includeZero ?? true },
  );
  const decimals = tickDecimals(y.ticks);
  const grid = y.ticks.map((tick) =>
    el(
      'g',
      { class: 'chart__tick' },
      el('line', {
        x1: margin.left,
        x2: width - margin.right,
        y1: y.scale(tick),
        y2: y.scale(tick),
        class: tick === 0 ? 'chart__baseline' : 'chart__gridline',
      }),
      el(
        'text',
        { x: margin.left - 6, y: y.scale(tick), dy: '0.32em', 'text-anchor': 'end' },
        text(input.formatTick(tick, decimals)),
      ),
    ),
  );
  const periodLabel = (p: LinePoint) => p.periodLabel ?? input.formatPeriod?.(p.period) ?? p.period;
  const valueLabel = (p: LinePoint) => p.valueLabel ?? input.formatValue?.(p.value) ?? String(p.value);
  const periodLabels = axisLabels(input.points, input.formatPeriod, width - margin.left - margin.right).map((p) =>
    el('text', { x: x(p.period) ?? 0, y: height - margin.bottom + 20, 'text-anchor': 'middle' }, text(p.label)),
  );
  let reference: string | undefined;
  if (input.reference) {
    const at = y.scale(input.reference.value);
    reference = el(
      'g',
      { class: 'chart__reference' },
      el('line', { x1: margin.left, x2: width - margin.right, y1: at, y2: at, class: 'chart__reference-line' }),
      el(
        'text',
        { x: width - margin.right, y: at - 5, 'text-anchor': 'end', class: 'chart__reference-label' },
        text(input.reference.label),
      ),
    );
  }
  const path = line<LinePoint>()
    .x((p) => x(p.period) ?? 0)
    .y((p) => y.scale(p.value))
    .digits(1)(input.points as LinePoint[]);
  const marked = input.marked;
  const marks = input.points
    .filter((p) => !marked || marked.has(p.period))
    .map((p) =>
      el('circle', {
        class: 'chart__mark',
        cx: x(p.period) ?? 0,
        cy: y.scale(p.value),
        r: 4.5,
        'data-period': p.period,
        'data-value': String(p.value),
        'data-label': `${periodLabel(p)}: ${valueLabel(p)}`,
      }),
    );
  return chartFrame(
    { kind: 'line', width, height, prefix, title: input.title, description: input.description },
    noticeText(input.notice, 2, lineHeight - 4),
    el('g', { class: 'chart__grid' }, ...grid),
    reference,
    el('g', { class: 'chart__axis chart__axis--x' }, ...periodLabels),
    el('text', { class: 'chart__axis-title', x: 2, y: margin.top - 12 }, text(input.yAxisLabel)),
    el(
      'text',
      { class: 'chart__axis-title', x: width - margin.right, y: height - 6, 'text-anchor': 'end' },
      text(input.xAxisLabel),
    ),
    path ? el('path', { class: 'chart__line', d: path, fill: 'none' }) : undefined,
    el('g', { class: 'chart__marks' }, ...marks),
  );
}
