/**
 * Natural Earth draws the countries that cross the 180th meridian (Russia's
 * Chukotka, Fiji) as rings whose longitudes jump from 180 to -180. On a
 * sphere that is one short step; drawn flat by Leaflet it is an edge across
 * the whole world, and the ring's fill becomes a band from one side of the
 * map to the other (the one seen at 60–66°N through Iceland). Each ring is
 * made continuous instead: after a jump of more than 180°, the following
 * longitudes are shifted by 360° (Chukotka is drawn at 180–190°E, and
 * once more at -180–-170°, beside Alaska).
 */
import type { Feature, Geometry, Position } from 'geojson';

/**
 * A ring or line with no step of more than 180° in longitude, drawn east
 * of the antimeridian rather than west when it crosses (whichever side
 * it starts on).
 */
export function continuousRing(ring: readonly Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  let west = Infinity;
  const unwrapped = ring.map(([lon, lat, ...rest]) => {
    if (previous !== undefined) {
      const step = lon! + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon! + shift;
    west = Math.min(west, previous);
    return [previous, lat!, ...rest];
  });
  if (west >= -180) return unwrapped;
  return unwrapped.map(([lon, ...rest]) => [lon! + 360, ...rest]);
}

/** The largest step in longitude between two points in a row: over 180 means a ring crosses the map. */
export function largestLongitudeStep(ring: readonly Position[]): number {
  let largest = 0;
  for (let i = 1; i < ring.length; i++) largest = Math.max(largest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  return largest;
}

/** A polygon's rings moved by `degrees` of longitude. */
function shifted(polygon: Position[][], degrees: number): Position[][] {
  return polygon.map((ring) => ring.map(([lon, ...rest]) => [lon! + degrees, ...rest]));
}

/**
 * A polygon made continuous, and, when it then reaches past 180°E, its copy
 * 360° west too: the world view shows Chukotka's tip beside Alaska as well.
 */
function continuousPolygons(polygon: Position[][]): Position[][][] {
  const continuous = polygon.map(continuousRing);
  const east = Math.max(...continuous.flatMap((ring) => ring.map(([lon]) => lon!)));
  return east > 180 ? [continuous, shifted(continuous, -360)] : [continuous];
}

function fixGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon': {
      const parts = continuousPolygons(geometry.coordinates);
      return parts.length === 1
        ? { ...geometry, coordinates: parts[0]! }
        : { type: 'MultiPolygon', coordinates: parts };
    }
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.flatMap(continuousPolygons) };
    case 'LineString':
      return { ...geometry, coordinates: continuousRing(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(continuousRing) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(fixGeometry) };
    default:
      return geometry;
  }
}

/** The same feature, every ring continuous across the antimeridian, and drawn on both sides of it. */
export function continuousShape<F extends Feature>(shape: F): F {
  return shape.geometry ? { ...shape, geometry: fixGeometry(shape.geometry) } : shape;
}
