/**
 * Country outlines from Natural Earth (world-atlas, 1:110m), read at build
 * time only: the maps are drawn into the HTML, the browser never fetches them.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

let countries: FeatureCollection<Geometry, { name: string }> | undefined;

export function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  countries ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return countries;
}
