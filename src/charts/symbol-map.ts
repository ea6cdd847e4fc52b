/**
 * A static map as SVG markup: country outlines (d3-geo), fitted to the
 * cities that have a value, one proportional circle per city (area ∝ value,
 * with data-key and data-value; drawn smaller when many would crowd the
 * map), moved apart where they would overlap (./dodge.ts; a thin line
 * joins a moved circle to its place), named where the name fits
 * without covering another, and a legend of reference circles. Pure: the
 * outlines are an argument.
 */
import { geoBounds, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { max, ticks } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiPoint } from 'geojson';
import { dodgeCircles, fittedLargestRadius } from './dodge.ts';
import { CHART_FONT, CHART_WIDTH, chartFrame, el, idPrefix, noticeText, text, textWidth } from './svg.ts';

export interface MapSymbol {
  key: string;
  label: string;
  lon: number;
  lat: number;
  value: number;
  valueLabel: string;
}

export interface SymbolMapInput {
  id: string;
  title: string;
  description: string;
  symbols: readonly MapSymbol[];
  countries: FeatureCollection<Geometry, GeoJsonProperties>;
  legendTitle: string;
  /** Writes a legend value in the page's locale. */
  formatValue: (value: number) => string;
  width?: number;
  height?: number;
  /** Largest circle radius, in SVG units. */
  maxRadius?: number;
  /** "Illustrative figures", drawn in the image itself. */
  notice?: string;
}

interface Placed {
  symbol: MapSymbol;
  /** Where the place is. */
  px: number;
  py: number;
  r: number;
  x: number;
  y: number;
}

/** Layouts already worked out, by their input: a page's map is the same in each language. */
const dodged = new Map<string, [number, number][]>();
const DODGED_CAP = 256;

function dodgedOnce(placed: readonly Placed[], frame: { width: number; height: number }, gap: number) {
  const key = `${frame.width},${frame.height},${gap}|${placed.map((p) => `${p.px},${p.py},${p.r}`).join(';')}`;
  let centres = dodged.get(key);
  if (!centres) {
    centres = dodgeCircles(placed, frame, gap);
    if (dodged.size >= DODGED_CAP) dodged.clear();
    dodged.set(key, centres);
  }
  return centres;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A name beside each circle where it fits inside the map and covers no
 * circle and no other name (right, left, above, below, then at the
 * diagonals), largest circles first; a place left unnamed keeps its tooltip
 * and its row in the table.
 */
function placeLabels(placed: readonly Placed[], bounds: { width: number; height: number }, top: number): string[] {
  const taken: Box[] = [];
  const circles = placed.map((p) => ({ left: p.x - p.r, right: p.x + p.r, top: p.y - p.r, bottom: p.y + p.r }));
  const labels: string[] = [];
  const half = CHART_FONT * 0.6;
  for (const [index, p] of placed.entries()) {
    const width = textWidth(p.symbol.label);
    const diagonal = p.r * Math.SQRT1_2 + 2;
    const options: [number, number, string][] = [
      [p.x + p.r + 4, p.y, 'start'],
      [p.x - p.r - 4, p.y, 'end'],
      [p.x, p.y - p.r - half - 2, 'middle'],
      [p.x, p.y + p.r + half + 2, 'middle'],
      // At a diagonal the name's nearest corner sits just off the circle.
      [p.x + diagonal, p.y - diagonal - half, 'start'],
      [p.x - diagonal, p.y - diagonal - half, 'end'],
      [p.x + diagonal, p.y + diagonal + half, 'start'],
      [p.x - diagonal, p.y + diagonal + half, 'end'],
    ];
    for (const [x, y, anchor] of options) {
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const box = { left, right: left + width, top: y - half, bottom: y + half };
      if (box.left < 0 || box.right > bounds.width || box.top < 0 || box.bottom > bounds.height) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      if (circles.some((c, i) => i !== index && overlaps(c, box))) continue;
      taken.push(box);
      labels.push(
        el(
          'text',
          { x, y: y + top, dy: '0.35em', 'text-anchor': anchor, class: 'map__label', 'aria-hidden': 'true' },
          text(p.symbol.label),
        ),
      );
      break;
    }
  }
  return labels;
}

/** Least extent of the fitted area, in degrees, so that one city or a few close ones still show their region. */
const MIN_SPAN = 6;

/** The area to fit: the cities' bounding box, widened to at least MIN_SPAN degrees. */
export function fitArea(symbols: readonly Pick<MapSymbol, 'lon' | 'lat'>[]): Feature<MultiPoint> {
  const lons = symbols.map((s) => s.lon);
  const lats = symbols.map((s) => s.lat);
  let [west, east] = [Math.min(...lons), Math.max(...lons)];
  let [south, north] = [Math.min(...lats), Math.max(...lats)];
  if (!symbols.length) [west, east, south, north] = [-20, 40, -35, 60];
  if (east - west < MIN_SPAN) [west, east] = [(west + east) / 2 - MIN_SPAN / 2, (west + east) / 2 + MIN_SPAN / 2];
  if (north - south < MIN_SPAN)
    [south, north] = [(south + north) / 2 - MIN_SPAN / 2, (south + north) / 2 + MIN_SPAN / 2];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [(west + east) / 2, south],
        [(west + east) / 2, north],
      ],
    },
  };
}

/** Reference values for the legend: the largest round tick not above the maximum, its half and its quarter. */
export function legendValues(maximum: number): number[] {
  if (!(maximum > 0)) return [];
  const top =
    ticks(0, maximum, 4)
      .filter((v) => v > 0 && v <= maximum)
      .at(-1) ?? maximum;
  return [top, top / 2, top / 4];
}

/**
 * Projecting the world's outlines is most of a map's cost, and an indicator
 * has a page per period whose places, hence whose frame, are mostly the
 * same: the outlines are drawn once per frame and outline set, and each
 * country's bounds once per outline set.
 */
const drawnLand = new WeakMap<object, Map<string, string[]>>();
const countryBounds = new WeakMap<object, [[number, number], [number, number]]>();
const DRAWN_FRAMES_CAP = 256;

function boundsOf(country: Feature): [[number, number], [number, number]] {
  let bounds = countryBounds.get(country);
  if (!bounds) {
    bounds = geoBounds(country);
    countryBounds.set(country, bounds);
  }
  return bounds;
}

function landPaths(
  countries: FeatureCollection<Geometry, GeoJsonProperties>,
  projection: GeoProjection,
  area: Feature<MultiPoint>,
  size: string,
): string[] {
  // The projection was fitted to the area in a frame of this size: together they decide every outline.
  const key = `${size}:${area.geometry.coordinates.join(';')}`;
  let frames = drawnLand.get(countries);
  if (!frames) {
    frames = new Map();
    drawnLand.set(countries, frames);
  }
  const known = frames.get(key);
  if (known) return known;
  const [[west, south], [east, north]] = geoBounds(area);
  const path = geoPath(projection).digits(1);
  // Countries entirely outside the frame are left out of the markup.
  const margin = 25;
  const visible = countries.features.filter((f) => {
    const [[w, s], [e, n]] = boundsOf(f);
    const crossesDateLine = w > e;
    return (
      s <= north + margin &&
      n >= south - margin &&
      (crossesDateLine || (w <= east + margin * 2 && e >= west - margin * 2))
    );
  });
  const land = visible.map((f) => path(f)).filter((d): d is string => typeof d === 'string' && d !== '');
  if (frames.size >= DRAWN_FRAMES_CAP) frames.clear();
  frames.set(key, land);
  return land;
}

export function symbolMapSvg(input: SymbolMapInput): string {
  const width = input.width ?? CHART_WIDTH;
  const maxRadius = input.maxRadius ?? 16;
  const lineHeight = Math.round(CHART_FONT * 1.3);
  const noticeHeight = input.notice ? lineHeight : 0;
  // Under the map: the legend's title on its own line, then the reference circles with their values.
  const legendHeight = lineHeight + 2 * maxRadius + lineHeight + 16;
  const height = input.height ?? 300 + legendHeight + noticeHeight;
  const mapTop = noticeHeight;
  const mapHeight = height - legendHeight - noticeHeight;
  const prefix = idPrefix(input.id);
  const pad = maxRadius + 6;
  const projection = geoNaturalEarth1().fitExtent(
    [
      [pad, mapTop + pad],
      [width - pad, mapTop + mapHeight - pad],
    ],
    fitArea(input.symbols),
  );
  projection.clipExtent([
    [0, mapTop],
    [width, mapTop + mapHeight],
  ]);
  const land = landPaths(input.countries, projection, fitArea(input.symbols), `${width}x${mapHeight}+${pad}+${mapTop}`);

  const largest = max(input.symbols, (s) => Math.abs(s.value)) ?? 0;
  const MIN_RADIUS = 2.5;
  const GAP = 1.5;
  const mapFrame = { width, height: mapHeight };
  // Many places are drawn smaller, so that they find room near their places (the legend follows the same scale).
  const shares = input.symbols.map((s) => (largest > 0 ? Math.abs(s.value) / largest : 0));
  const fitted = fittedLargestRadius(shares, mapFrame, { largest: maxRadius, least: MIN_RADIUS, gap: GAP });
  const radius = scaleSqrt()
    .domain([0, largest > 0 ? largest : 1])
    .range([0, fitted]);
  // Largest first so that small circles stay on top and reachable.
  const ordered = [...input.symbols].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.key < b.key ? -1 : 1));
  const placed: Placed[] = ordered.map((s) => {
    const [px, py] = projection([s.lon, s.lat]) ?? [0, 0];
    return {
      symbol: s,
      px,
      py: py - mapTop,
      x: px,
      y: py - mapTop,
      r: Math.max(radius(Math.abs(s.value)), MIN_RADIUS),
    };
  });
  for (const [index, [x, y]] of dodgedOnce(placed, mapFrame, GAP).entries())
    [placed[index]!.x, placed[index]!.y] = [x, y];
  const leaders = placed
    .filter((p) => Math.hypot(p.x - p.px, p.y - p.py) > 1)
    .map((p) =>
      el(
        'g',
        { class: 'map__leader' },
        el('line', { x1: p.px, y1: p.py + mapTop, x2: p.x, y2: p.y + mapTop }),
        el('circle', { cx: p.px, cy: p.py + mapTop, r: 1.5 }),
      ),
    );
  const symbols = placed.map((p) =>
    el('circle', {
      class:
        radius(Math.abs(p.symbol.value)) < MIN_RADIUS
          ? 'chart__mark map__symbol map__symbol--tiny'
          : 'chart__mark map__symbol',
      cx: p.x,
      cy: p.y + mapTop,
      r: p.r,
      'data-key': p.symbol.key,
      'data-value': String(p.symbol.value),
      'data-label': `${p.symbol.label}: ${p.symbol.valueLabel}`,
    }),
  );
  const labels = placeLabels(placed, mapFrame, mapTop);

  // Legend: reference circles side by side on one baseline, each value written under its circle.
  const reference = legendValues(largest).reverse();
  const legendTitleY = mapTop + mapHeight + lineHeight;
  const legendBase = legendTitleY + 8 + 2 * maxRadius;
  let legendX = 16;
  const legend = reference.map((v) => {
    const r = Math.max(radius(v), MIN_RADIUS);
    const cx = legendX + Math.max(r, 24);
    legendX = cx + Math.max(r, 24) + 10;
    return el(
      'g',
      { class: 'map__legend-item' },
      el('circle', { cx, cy: legendBase - r, r, class: 'map__legend-circle' }),
      el('text', { x: cx, y: legendBase + 16, 'text-anchor': 'middle' }, text(input.formatValue(v))),
    );
  });
  return chartFrame(
    { kind: 'map', width, height, prefix, title: input.title, description: input.description },
    noticeText(input.notice, 2, lineHeight - 4),
    el('rect', { x: 0, y: mapTop, width, height: mapHeight, class: 'map__sea' }),
    el('g', { class: 'map__land' }, ...land.map((d) => el('path', { d }))),
    el('g', { class: 'map__leaders' }, ...leaders),
    el('g', { class: 'chart__marks' }, ...symbols),
    el('g', { class: 'map__labels' }, ...labels),
    el(
      'g',
      { class: 'map__legend' },
      el('text', { x: 2, y: legendTitleY, class: 'chart__axis-title' }, text(input.legendTitle)),
      ...legend,
    ),
  );
}
