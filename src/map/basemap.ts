/**
 * The basemap, drawn from Natural Earth (world-atlas TopoJSON) at build
 * time: no tile server, nothing fetched from another host. The browser
 * gets the 1:110m countries, renamed by ISO alpha-2 code and stripped of
 * everything it does not draw; country-level practices stand at their
 * country's centroid, computed here with d3-geo.
 */
import { geoArea, geoCentroid } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { LonLat } from './map-data.ts';

/** Antarctica: a large shape no practice stands on, stretched across the map by the Mercator projection. */
const LEFT_OUT = new Set(['AQ']);

/** World-atlas names countries by ISO 3166-1 numeric code ("250"); the catalogue by alpha-2 ("FR"). */
export function alpha2Of(numericId: string | number | undefined): string | undefined {
  if (numericId === undefined) return undefined;
  return countries.numericToAlpha2(String(numericId).padStart(3, '0')) ?? undefined;
}

type CountriesTopology = Topology<{ countries: { type: 'GeometryCollection'; geometries: GeometryObject[] } }>;

/** The topology the browser draws: countries only, each with its alpha-2 code as id and no properties. */
export function basemapTopology(topology: Topology): CountriesTopology {
  const source = topology.objects.countries as { type: 'GeometryCollection'; geometries: GeometryObject[] };
  const geometries = source.geometries
    .map((geometry) => {
      const { properties: _properties, id, ...shape } = geometry as GeometryObject & { properties?: unknown };
      const code = alpha2Of(id);
      return (code ? { ...shape, id: code } : shape) as GeometryObject;
    })
    .filter((geometry) => !LEFT_OUT.has(String(geometry.id)));
  return {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    arcs: topology.arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}

/**
 * The centroid of a country's largest polygon: France's centroid would
 * otherwise fall in the Atlantic, between Paris and French Guiana.
 */
export function mainCentroid(shape: Feature<Polygon | MultiPolygon>): LonLat {
  let main: Feature<Polygon | MultiPolygon> = shape;
  if (shape.geometry.type === 'MultiPolygon') {
    let largest = -1;
    for (const coordinates of shape.geometry.coordinates) {
      const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      const area = geoArea(part);
      if (area > largest) {
        largest = area;
        main = part;
      }
    }
  }
  const [lon, lat] = geoCentroid(main);
  return [round(lon), round(lat)];
}

/**
 * Centroids by alpha-2 code from one or more topologies, the first that
 * has a country winning: the drawn 1:110m map first, then a finer one for
 * the small countries it leaves out.
 */
export function countryCentroids(...topologies: Topology[]): Map<string, LonLat> {
  const centroids = new Map<string, LonLat>();
  for (const topology of topologies) {
    const collection = feature(topology, topology.objects.countries as GeometryObject) as unknown as {
      features: Feature<Polygon | MultiPolygon>[];
    };
    for (const shape of collection.features) {
      const code = alpha2Of(shape.id);
      if (!code || centroids.has(code) || !shape.geometry) continue;
      centroids.set(code, mainCentroid(shape));
    }
  }
  return centroids;
}

export function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
