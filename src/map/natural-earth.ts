/**
 * Natural Earth countries as the build reads them (world-atlas, bundled
 * with the project): the 1:110m map drawn by the browser, the 1:50m one
 * only for the centroids of small countries the 1:110m map leaves out.
 */
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { basemapTopology, countryCentroids } from './basemap.ts';
import type { LonLat } from './map-data.ts';

let centroids: Map<string, LonLat> | undefined;

export function naturalEarthCentroids(): Map<string, LonLat> {
  centroids ??= countryCentroids(countries110m as unknown as Topology, countries50m as unknown as Topology);
  return centroids;
}

export function naturalEarthBasemap(): ReturnType<typeof basemapTopology> {
  return basemapTopology(countries110m as unknown as Topology);
}
