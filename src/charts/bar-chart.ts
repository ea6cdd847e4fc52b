/**
 * A comparison as horizontal bars, SVG markup: one bar per item (with
 * data-key and data-value), a value axis that always includes zero, the
 * label of each bar on its left and its value at its end. Pure.
 */
import { scaleBand } from 'd3-scale';
import { valueScale, tickDecimals } from './scales.ts';
import { CHART_FONT, chartFrame, el, idPrefix, text } from './svg.ts';

export interface Bar {
  /** Stable key shared with the table and CSV (a city id, "country-average:FR"…). */
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** The bar the chart is about (the city of the page), drawn in the accent colour. */
  highlight?: boolean;
}

export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  valueAxisLabel: string;
  formatTick: (value: number, decimals: number) => string;
  width?: number;
  /** Width given to the bar labels, in SVG units. */
  labelWidth?: number;
  /** Leave a row marked "…" after this many bars: the bars before and after are not adjacent in the ranking. */
  gapAfter?: number;
}

/**
 * The bars a ranking can show legibly: all of them up to `2 × edge + 5`,
 * else the first and the last `edge` with a gap between (the table next to
 * the chart lists every place).
 */
export function edgeItems<T>(items: readonly T[], edge: number): { items: T[]; gapAfter?: number } {
  if (items.length <= 2 * edge + 5) return { items: [...items] };
  return { items: [...items.slice(0, edge), ...items.slice(-edge)], gapAfter: edge };
}

const GAP = '\u0000gap';

const ROW = 28;

/** Cuts a label that would not fit in `width` SVG units (about 0.56 em a character). */
export function fitLabel(label: string, width: number, fontSize = CHART_FONT): string {
  const max = Math.max(4, Math.floor(width / (fontSize * 0.56)));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export function barChartSvg(input: BarChartInput): string {
  const width = input.width ?? 480;
  const labelWidth = input.labelWidth ?? 170;
  const prefix = idPrefix(input.id);
  const margin = { top: 8, right: 64, bottom: 40, left: labelWidth + 8 };
  const keys = input.bars.map((b) => b.key);
  const gap = input.gapAfter !== undefined && input.gapAfter > 0 && input.gapAfter < keys.length;
  if (gap) keys.splice(input.gapAfter!, 0, GAP);
  const height = margin.top + margin.bottom + ROW * Math.max(1, keys.length);
  const y = scaleBand<string>()
    .domain(keys)
    .range([margin.top, height - margin.bottom])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const x = valueScale(
    input.bars.map((b) => b.value),
    [margin.left, width - margin.right],
    { includeZero: true },
  );
  const zero = x.scale(0);
  const decimals = tickDecimals(x.ticks);
  const grid = x.ticks.map((tick) =>
    el(
      'g',
      { class: 'chart__tick' },
      el('line', {
        x1: x.scale(tick),
        x2: x.scale(tick),
        y1: margin.top,
        y2: height - margin.bottom,
        class: tick === 0 ? 'chart__baseline' : 'chart__gridline',
      }),
      el(
        'text',
        { x: x.scale(tick), y: height - margin.bottom + 16, 'text-anchor': 'middle' },
        text(input.formatTick(tick, decimals)),
      ),
    ),
  );
  const bars = input.bars.map((b) => {
    const top = y(b.key) ?? 0;
    const end = x.scale(b.value);
    const middle = top + y.bandwidth() / 2;
    return el(
      'g',
      { class: b.highlight ? 'chart__bar chart__bar--highlight' : 'chart__bar' },
      el(
        'text',
        { x: labelWidth, y: middle, dy: '0.32em', 'text-anchor': 'end', class: 'chart__bar-label' },
        text(fitLabel(b.label, labelWidth)),
      ),
      el('rect', {
        class: 'chart__mark',
        x: Math.min(zero, end),
        y: top,
        width: Math.max(Math.abs(end - zero), 0.5),
        height: y.bandwidth(),
        'data-key': b.key,
        'data-value': String(b.value),
        'data-label': `${b.label}: ${b.valueLabel}`,
      }),
      el(
        'text',
        { x: Math.max(zero, end) + 4, y: middle, dy: '0.32em', class: 'chart__bar-value' },
        text(b.valueLabel),
      ),
    );
  });
  const gapMark = gap
    ? el(
        'text',
        {
          x: labelWidth,
          y: (y(GAP) ?? 0) + y.bandwidth() / 2,
          dy: '0.32em',
          'text-anchor': 'end',
          class: 'chart__bar-label',
          'aria-hidden': 'true',
        },
        text('…'),
      )
    : undefined;
  return chartFrame(
    { kind: 'bar', width, height, prefix, title: input.title, description: input.description },
    el('g', { class: 'chart__grid' }, ...grid),
    el('g', { class: 'chart__marks' }, ...bars),
    gapMark,
    el(
      'text',
      { class: 'chart__axis-title', x: width - margin.right, y: height - 4, 'text-anchor': 'end' },
      text(input.valueAxisLabel),
    ),
  );
}
