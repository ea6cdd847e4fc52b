/**
 * A static map as SVG markup: country outlines (d3-geo), fitted to the
 * cities that have a value, one proportional circle per city (area ∝ value,
 * with data-key and data-value) and a legend of reference circles. Pure:
 * the outlines are an argument.
 */
import { geoBounds, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { max, ticks } from 'd3-array';
import { scaleSqrt } from 'd3-scale';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiPoint } from 'geojson';
import { chartFrame, el, idPrefix, text } from './svg.ts';

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
  const width = input.width ?? 480;
  const legendHeight = 86;
  const height = input.height ?? 360;
  const mapHeight = height - legendHeight;
  const maxRadius = input.maxRadius ?? 22;
  const prefix = idPrefix(input.id);
  const pad = maxRadius + 6;
  const projection = geoNaturalEarth1().fitExtent(
    [
      [pad, pad],
      [width - pad, mapHeight - pad],
    ],
    fitArea(input.symbols),
  );
  projection.clipExtent([
    [0, 0],
    [width, mapHeight],
  ]);
  const land = landPaths(input.countries, projection, fitArea(input.symbols), `${width}x${mapHeight}+${pad}`);

  const largest = max(input.symbols, (s) => Math.abs(s.value)) ?? 0;
  const radius = scaleSqrt()
    .domain([0, largest > 0 ? largest : 1])
    .range([0, maxRadius]);
  const MIN_RADIUS = 2.5;
  // Largest first so that small circles stay on top and reachable.
  const ordered = [...input.symbols].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.key < b.key ? -1 : 1));
  const symbols = ordered.map((s) => {
    const [cx, cy] = projection([s.lon, s.lat]) ?? [0, 0];
    const r = radius(Math.abs(s.value));
    return el('circle', {
      class: r < MIN_RADIUS ? 'chart__mark map__symbol map__symbol--tiny' : 'chart__mark map__symbol',
      cx,
      cy,
      r: Math.max(r, MIN_RADIUS),
      'data-key': s.key,
      'data-value': String(s.value),
      'data-label': `${s.label}: ${s.valueLabel}`,
    });
  });

  // Legend: reference circles side by side on one baseline, each value written under its circle.
  const reference = legendValues(largest).reverse();
  const legendBase = mapHeight + 12 + 2 * maxRadius;
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
    el('rect', { x: 0, y: 0, width, height: mapHeight, class: 'map__sea' }),
    el('g', { class: 'map__land' }, ...land.map((d) => el('path', { d }))),
    el('g', { class: 'chart__marks' }, ...symbols),
    el(
      'g',
      { class: 'map__legend' },
      ...legend,
      el(
        'text',
        { x: legendX + 8, y: legendBase - maxRadius / 2, dy: '0.32em', class: 'chart__axis-title' },
        text(input.legendTitle),
      ),
    ),
  );
}
