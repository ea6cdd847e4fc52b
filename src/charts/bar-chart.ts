/**
 * A comparison as horizontal bars, SVG markup: one bar per item (with
 * data-key and data-value), a value axis that always includes zero, the
 * label of each bar above it, wrapped over as many lines as it needs (never
 * cut), its value at its end, and an optional reference line (parity,
 * a target) labelled at its top. Pure.
 */
import { valueScale, tickDecimals } from './scales.ts';
import {
  CHART_FONT,
  CHART_WIDTH,
  chartFrame,
  el,
  idPrefix,
  noticeText,
  text,
  textLines,
  textWidth,
  wrapText,
} from './svg.ts';

export interface Bar {
  /** Stable key shared with the table and CSV (a city id, "country-average:FR"…). */
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** The bar the chart is about (the city of the page), drawn in the accent colour. */
  highlight?: boolean;
}

/** A value drawn as a labelled line across the chart: parity, a target. */
export interface ReferenceLine {
  value: number;
  /** "Parity: 50%", written by the caller in the page's language. */
  label: string;
}

export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  valueAxisLabel: string;
  formatTick: (value: number, decimals: number) => string;
  width?: number;
  /** Leave a row marked "…" after this many bars: the bars before and after are not adjacent in the ranking. */
  gapAfter?: number;
  reference?: ReferenceLine;
  /** "Illustrative figures", drawn in the image itself. */
  notice?: string;
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

const LINE = Math.round(CHART_FONT * 1.3);
const BAR = 18;
const ROW_GAP = 12;

export function barChartSvg(input: BarChartInput): string {
  const width = input.width ?? CHART_WIDTH;
  const prefix = idPrefix(input.id);
  const valueRoom = Math.max(0, ...input.bars.map((b) => textWidth(b.valueLabel))) + 8;
  const left = 2;
  const right = width - valueRoom;
  let y = 0;
  const header: (string | undefined)[] = [];
  if (input.notice) {
    y += LINE;
    header.push(noticeText(input.notice, left, y - 4));
  }
  const referenceLabelY = input.reference ? (y += LINE) - 4 : 0;
  y += 6;
  const plotTop = y;
  const x = valueScale(
    [...input.bars.map((b) => b.value), ...(input.reference ? [input.reference.value] : [])],
    [left, right],
    { includeZero: true },
  );
  const zero = x.scale(0);
  const rows: string[] = [];
  input.bars.forEach((b, index) => {
    if (input.gapAfter !== undefined && index === input.gapAfter && index > 0 && index < input.bars.length) {
      rows.push(el('text', { x: left, y: y + LINE - 4, class: 'chart__bar-label', 'aria-hidden': 'true' }, text('…')));
      y += LINE + ROW_GAP / 2;
    }
    const lines = wrapText(b.label, width - left);
    const labelTop = y + LINE - 4;
    y += lines.length * LINE;
    const end = x.scale(b.value);
    rows.push(
      el(
        'g',
        { class: b.highlight ? 'chart__bar chart__bar--highlight' : 'chart__bar' },
        textLines(lines, left, labelTop, LINE, { class: 'chart__bar-label' }),
        el('rect', {
          class: 'chart__mark',
          x: Math.min(zero, end),
          y,
          width: Math.max(Math.abs(end - zero), 0.5),
          height: BAR,
          'data-key': b.key,
          'data-value': String(b.value),
          'data-label': `${b.label}: ${b.valueLabel}`,
        }),
        el(
          'text',
          { x: Math.max(zero, end) + 4, y: y + BAR / 2, dy: '0.35em', class: 'chart__bar-value' },
          text(b.valueLabel),
        ),
      ),
    );
    y += BAR + ROW_GAP;
  });
  const plotBottom = y - ROW_GAP / 2;
  const decimals = tickDecimals(x.ticks);
  const grid = x.ticks.map((tick) =>
    el(
      'g',
      { class: 'chart__tick' },
      el('line', {
        x1: x.scale(tick),
        x2: x.scale(tick),
        y1: plotTop,
        y2: plotBottom,
        class: tick === 0 ? 'chart__baseline' : 'chart__gridline',
      }),
      el(
        'text',
        { x: x.scale(tick), y: plotBottom + LINE, 'text-anchor': tickAnchor(x.scale(tick), left, width) },
        text(input.formatTick(tick, decimals)),
      ),
    ),
  );
  const height = plotBottom + 2 * LINE + 6;
  let reference: string | undefined;
  if (input.reference) {
    const at = x.scale(input.reference.value);
    const labelWidth = textWidth(input.reference.label);
    // The label is centred on its line, moved in when it would leave the chart.
    const labelX = Math.min(Math.max(at - labelWidth / 2, left), width - labelWidth);
    reference = el(
      'g',
      { class: 'chart__reference' },
      el('line', { x1: at, x2: at, y1: plotTop - 4, y2: plotBottom, class: 'chart__reference-line' }),
      el('text', { x: labelX, y: referenceLabelY, class: 'chart__reference-label' }, text(input.reference.label)),
    );
  }
  return chartFrame(
    { kind: 'bar', width, height, prefix, title: input.title, description: input.description },
    ...header,
    el('g', { class: 'chart__grid' }, ...grid),
    // Behind the labels and bars, which stay readable across it.
    reference,
    el('g', { class: 'chart__marks' }, ...rows),
    el(
      'text',
      { class: 'chart__axis-title', x: width - 2, y: height - 6, 'text-anchor': 'end' },
      text(input.valueAxisLabel),
    ),
  );
}

/** A tick label at the chart's edge is anchored inward so that it stays inside. */
function tickAnchor(at: number, left: number, width: number): string {
  if (at - CHART_FONT < left) return 'start';
  if (at + CHART_FONT * 1.5 > width) return 'end';
  return 'middle';
}
