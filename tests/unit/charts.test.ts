import { describe, expect, test } from 'vitest';
import { barChartSvg, edgeItems } from '../../src/charts/bar-chart.ts';
import { axisLabels, lineChartSvg } from '../../src/charts/line-chart.ts';
import { valueScale, tickDecimals } from '../../src/charts/scales.ts';
import { CHART_WIDTH, escapeXml, textWidth, wrapText } from '../../src/charts/svg.ts';
import { fitArea, legendValues, symbolMapSvg } from '../../src/charts/symbol-map.ts';
import { worldCountries } from '../../src/charts/world.ts';

const fr = (v: number, d: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: d }).format(v);
const marks = (svg: string) =>
  [...svg.matchAll(/<(?:circle|rect)[^>]*class="chart__mark[^"]*"[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

describe('scales', () => {
  test('bars: the domain includes zero, even for values far from it; ticks are nice', () => {
    const { domain, ticks } = valueScale([34, 38.5], [0, 100], { includeZero: true });
    expect(domain[0]).toBe(0);
    expect(domain[1]).toBeGreaterThanOrEqual(38.5);
    expect(ticks).toEqual([0, 10, 20, 30, 40]);
  });

  test('negative values keep zero inside the domain', () => {
    const { domain } = valueScale([-3, -12], [0, 100], { includeZero: true });
    expect(domain[1]).toBe(0);
    expect(domain[0]).toBeLessThanOrEqual(-12);
  });

  test('a single value or all zeros still gives an axis', () => {
    expect(valueScale([0, 0], [0, 100], { includeZero: true }).domain).toEqual([0, 1]);
    expect(valueScale([50], [0, 100], { includeZero: false }).ticks.length).toBeGreaterThan(1);
  });

  test('tick decimals follow the step, and the locale writes them', () => {
    expect(tickDecimals([0, 0.5, 1])).toBe(1);
    expect(tickDecimals([0, 10, 20])).toBe(0);
    expect(fr(2.5, tickDecimals([0, 2.5, 5]))).toBe('2,5');
  });
});

describe('line chart', () => {
  const points = [
    { period: '2022', periodLabel: '2022', value: 10, valueLabel: '10 %' },
    { period: '2023-Q1', periodLabel: 'T1 2023', value: 12.5, valueLabel: '12,5 %' },
    { period: '2024', periodLabel: '2024', value: 0, valueLabel: '0 %' },
  ];
  const svg = lineChartSvg({
    id: 'kpi-a',
    title: 'Part <b>"des"</b> & femmes',
    description: 'Courbe',
    points,
    xAxisLabel: 'Période',
    yAxisLabel: 'en pourcentage',
    formatTick: fr,
  });

  test('one mark per observation, with its period and value', () => {
    expect(marks(svg).map((m) => [attr(m, 'data-period'), attr(m, 'data-value')])).toEqual([
      ['2022', '10'],
      ['2023-Q1', '12.5'],
      ['2024', '0'],
    ]);
  });

  test('a long series: one path through every point, marks only on the periods given', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      period: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      periodLabel: `p${i}`,
      value: i,
      valueLabel: String(i),
    }));
    const ends = new Set(many.filter((p) => p.period.endsWith('-12')).map((p) => p.period));
    const long = lineChartSvg({
      id: 'long',
      title: 't',
      description: 'd',
      points: many,
      marked: ends,
      xAxisLabel: 'x',
      yAxisLabel: 'y',
      formatTick: fr,
    });
    expect(marks(long).map((m) => attr(m, 'data-period'))).toEqual([...ends]);
    expect(long.match(/<path /g)).toHaveLength(1);
    // The path visits all 120 points: one move and 119 lines.
    const d = /class="chart__line" d="([^"]*)"/.exec(long)![1]!;
    expect(d.match(/[ML]/g)).toHaveLength(120);
  });

  test('axis labels: years where a monthly series starts them, at most eight; every period of a short series', () => {
    const monthly = Array.from({ length: 420 }, (_, i) => ({
      period: `${1992 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      periodLabel: `month ${i}`,
    }));
    expect(axisLabels(monthly)).toEqual(
      ['1992', '1997', '2002', '2007', '2012', '2017', '2022'].map((year) => ({ period: `${year}-01`, label: year })),
    );
    const yearly = ['2020', '2021', '2022'].map((period) => ({ period, periodLabel: period }));
    expect(axisLabels(yearly).map((l) => l.label)).toEqual(['2020', '2021', '2022']);
    const decades = Array.from({ length: 20 }, (_, i) => ({ period: String(2000 + i), periodLabel: String(2000 + i) }));
    expect(axisLabels(decades).map((l) => l.label)).toEqual(['2000', '2003', '2006', '2009', '2012', '2015', '2019']);
  });

  test('labels written by the formatters: the same chart, and only for the points shown', () => {
    const asked: string[] = [];
    const bare = points.map(({ period, value }) => ({ period, value }));
    const labels = new Map(points.map((p) => [p.period, p]));
    const formatted = lineChartSvg({
      id: 'kpi-a',
      title: 'Part <b>"des"</b> & femmes',
      description: 'Courbe',
      points: bare,
      xAxisLabel: 'Période',
      yAxisLabel: 'en pourcentage',
      formatTick: fr,
      formatPeriod: (period) => labels.get(period)!.periodLabel,
      formatValue: (value) => (asked.push(String(value)), points.find((p) => p.value === value)!.valueLabel),
    });
    expect(formatted).toBe(svg);
    const many = Array.from({ length: 120 }, (_, i) => ({
      period: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i,
    }));
    asked.length = 0;
    const ends = new Set(many.filter((p) => p.period.endsWith('-12')).map((p) => p.period));
    const long = lineChartSvg({
      id: 'l',
      title: 't',
      description: 'd',
      points: many,
      marked: ends,
      xAxisLabel: 'x',
      yAxisLabel: 'y',
      formatTick: fr,
      formatValue: (v) => (asked.push(String(v)), `${v} u`),
    });
    expect(asked).toEqual(['11', '23', '35', '47', '59', '71', '83', '95', '107', '119']);
    expect(long).toContain('data-label="2024-12: 119 u"');
  });

  test('accessible and responsive: role img named by its title and description, a viewBox, no fixed size', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="kpi-a-title kpi-a-desc"/);
    expect(svg).toContain('<title id="kpi-a-title">');
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
  });

  test('text is escaped', () => {
    expect(svg).toContain('Part &lt;b&gt;&quot;des&quot;&lt;/b&gt; &amp; femmes');
    expect(svg).not.toContain('<b>');
  });

  test('axis labels are the given words; ticks are written by the locale formatter', () => {
    expect(svg).toContain('>Période<');
    expect(svg).toContain('>en pourcentage<');
    expect(svg).toContain('>14<');
    expect(svg).toContain('data-label="T1 2023: 12,5 %"');
  });
});

describe('bar chart', () => {
  const svg = barChartSvg({
    id: 'cmp',
    title: 't',
    description: 'd',
    bars: [
      { key: 'ogou-1', label: 'Ogou 1', value: 17.4, valueLabel: '17,4 %', highlight: true },
      { key: 'country-average:TG', label: 'Moyenne (Togo, 2)', value: 16.7, valueLabel: '16,7 %' },
    ],
    valueAxisLabel: 'en pourcentage',
    formatTick: fr,
  });

  test('one bar per value, starting at zero, longer for a larger value', () => {
    const bars = marks(svg);
    expect(bars.map((b) => attr(b, 'data-key'))).toEqual(['ogou-1', 'country-average:TG']);
    const xs = bars.map((b) => Number(attr(b, 'x')));
    expect(xs[0]).toBe(xs[1]);
    expect(Number(attr(bars[0]!, 'width'))).toBeGreaterThan(Number(attr(bars[1]!, 'width')));
    expect(svg).toContain('>0<');
    expect(svg).toContain('chart__bar--highlight');
  });

  test('a long ranking: the first and last bars with a gap row between them', () => {
    const ranks = Array.from({ length: 40 }, (_, i) => i + 1);
    const { items, gapAfter } = edgeItems(ranks, 10);
    expect(items).toEqual([...ranks.slice(0, 10), ...ranks.slice(30)]);
    expect(gapAfter).toBe(10);
    expect(edgeItems(ranks.slice(0, 25), 10)).toEqual({ items: ranks.slice(0, 25) });
    const bars = items.map((r) => ({ key: `c${r}`, label: `City ${r}`, value: 100 - r, valueLabel: String(100 - r) }));
    const withGap = barChartSvg({
      id: 'rank',
      title: 't',
      description: 'd',
      bars,
      gapAfter,
      valueAxisLabel: 'u',
      formatTick: fr,
    });
    expect(marks(withGap).map((b) => attr(b, 'data-key'))).toEqual(bars.map((b) => b.key));
    const ys = marks(withGap).map((b) => Number(attr(b, 'y')));
    const step = ys[1]! - ys[0]!;
    // Bars 10 and 31 stand further apart than neighbours: the "…" row between them.
    expect(ys[10]! - ys[9]!).toBeGreaterThan(step);
    expect(withGap).toContain('>…</text>');
    const without = barChartSvg({
      id: 'rank',
      title: 't',
      description: 'd',
      bars,
      valueAxisLabel: 'u',
      formatTick: fr,
    });
    expect(without).not.toContain('>…</text>');
  });

  test('a long label is never cut: it wraps over lines that each fit the chart, above its bar', () => {
    const label =
      'International Association of Francophone Mayors (AIMF): average of 12 other members in this catalogue';
    const lines = wrapText(label, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
    const long = barChartSvg({
      id: 'long',
      title: 't',
      description: 'd',
      bars: [{ key: 'a', label, value: 21, valueLabel: '21 %' }],
      valueAxisLabel: 'u',
      formatTick: fr,
    });
    expect(long).not.toContain('…');
    const spans = [...long.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(spans.join(' ')).toBe(label);
    for (const span of spans) expect(textWidth(span)).toBeLessThanOrEqual(CHART_WIDTH);
  });

  test('a reference line is drawn at its value, labelled, and inside the axis even above every bar', () => {
    const withReference = barChartSvg({
      id: 'ref',
      title: 't',
      description: 'd',
      bars: [{ key: 'a', label: 'A', value: 17.4, valueLabel: '17,4 %' }],
      valueAxisLabel: 'u',
      formatTick: fr,
      reference: { value: 50, label: 'Parité : 50 %' },
      notice: 'Chiffres illustratifs',
    });
    expect(withReference).toContain('>Parité : 50 %</text>');
    expect(withReference).toContain('class="chart__notice">Chiffres illustratifs<');
    const line = /<line x1="([\d.]+)" x2="([\d.]+)"[^>]*class="chart__reference-line"/.exec(withReference)!;
    expect(line[1]).toBe(line[2]);
    const bar = marks(withReference)[0]!;
    // 17.4 on an axis that reaches 50: the bar ends well before the line.
    expect(Number(attr(bar, 'x')) + Number(attr(bar, 'width'))).toBeLessThan(Number(line[1]) * 0.5);
    const lineChart = lineChartSvg({
      id: 'l',
      title: 't',
      description: 'd',
      points: [{ period: '2024', value: 17.4 }],
      xAxisLabel: 'x',
      yAxisLabel: 'y',
      formatTick: fr,
      reference: { value: 50, label: 'Parity: 50%' },
    });
    expect(lineChart).toContain('>Parity: 50%</text>');
    expect(lineChart).toContain('>50<');
  });
});

describe('symbol map', () => {
  const symbols = [
    { key: 'luxembourg', label: 'Luxembourg', lon: 6.13, lat: 49.61, value: 38.5, valueLabel: '38,5 %' },
    { key: 'barcelona', label: 'Barcelone', lon: 2.17, lat: 41.39, value: 43.6, valueLabel: '43,6 %' },
    { key: 'ogou-1', label: 'Ogou 1 <Atakpamé>', lon: 1.13, lat: 7.53, value: 0, valueLabel: '0 %' },
  ];
  const svg = symbolMapSvg({
    id: 'map',
    title: 'Carte',
    description: 'd',
    symbols,
    countries: worldCountries(),
    legendTitle: 'Surface',
    formatValue: (v) => `${fr(v, 1)} %`,
  });

  test('one symbol per city, a zero still visible; area grows with the value', () => {
    const circles = marks(svg);
    expect(circles.map((c) => attr(c, 'data-key')).sort()).toEqual(['barcelona', 'luxembourg', 'ogou-1']);
    const r = Object.fromEntries(circles.map((c) => [attr(c, 'data-key'), Number(attr(c, 'r'))]));
    expect(r['ogou-1']).toBeGreaterThan(0);
    expect(r['barcelona']).toBeGreaterThan(r['luxembourg']!);
    // Area proportional to value: r² ratio ≈ value ratio.
    expect((r['barcelona']! / r['luxembourg']!) ** 2).toBeCloseTo(43.6 / 38.5, 1);
  });

  test('symbols fall inside the frame; countries are drawn; labels escaped', () => {
    for (const c of marks(svg)) {
      expect(Number(attr(c, 'cx'))).toBeGreaterThanOrEqual(0);
      expect(Number(attr(c, 'cx'))).toBeLessThanOrEqual(CHART_WIDTH);
      expect(Number(attr(c, 'cy'))).toBeGreaterThanOrEqual(0);
    }
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(10);
    expect(svg).toContain('Ogou 1 &lt;Atakpamé&gt;');
  });

  test('circles that would hide each other (three Togolese communes) are moved apart, joined to their places, and named where a name fits', () => {
    const togo = [
      { key: 'ogou-1', label: 'Ogou 1', lon: 1.13, lat: 7.53, value: 17.4, valueLabel: '17,4 %' },
      { key: 'kozah-1', label: 'Kozah 1', lon: 1.19, lat: 9.55, value: 19, valueLabel: '19 %' },
      { key: 'tchaoudjo-1', label: 'Tchaoudjo 1', lon: 1.14, lat: 8.98, value: 14.3, valueLabel: '14,3 %' },
      { key: 'luxembourg', label: 'Luxembourg', lon: 6.13, lat: 49.61, value: 38.5, valueLabel: '38,5 %' },
    ];
    const map = symbolMapSvg({
      id: 'togo',
      title: 't',
      description: 'd',
      symbols: togo,
      countries: worldCountries(),
      legendTitle: 'Surface',
      formatValue: (v) => `${fr(v, 1)} %`,
    });
    const circles = marks(map).map((c) => ({
      key: attr(c, 'data-key')!,
      x: Number(attr(c, 'cx')),
      y: Number(attr(c, 'cy')),
      r: Number(attr(c, 'r')),
      label: attr(c, 'data-label'),
    }));
    for (const a of circles)
      for (const b of circles)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} and ${b.key}`).toBeGreaterThanOrEqual(a.r + b.r);
    // Every circle says what it is to a pointer or keyboard (chart-tooltips.ts reads data-label).
    expect(circles.map((c) => c.label)).toContain('Kozah 1: 19 %');
    expect(map).toContain('class="map__leader"');
    expect((map.match(/class="map__label"/g) ?? []).length).toBeGreaterThan(0);
    // The legend of sizes: three reference circles with their values.
    expect((map.match(/class="map__legend-circle"/g) ?? []).length).toBe(3);
  });

  test('fit area and legend values', () => {
    const coords = fitArea([{ lon: 6, lat: 49 }]).geometry.coordinates;
    const lons = coords.map((c) => c[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThanOrEqual(6);
    expect(legendValues(43.6)).toEqual([40, 20, 10]);
    expect(legendValues(0)).toEqual([]);
  });
});

test('escapeXml escapes the five XML characters', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
