/**
 * The part of Unicode CLDR the map's place names use, committed as a small
 * generated file (data/cldr-zone-cities.json, written by
 * scripts/cldr-zone-cities.ts) rather than installed: cldr-dates-full is
 * 99 MB for three 50 KB files, and CI installs from a clean clone.
 */
import type { Lang } from '../i18n/languages.ts';
import data from './data/cldr-zone-cities.json' with { type: 'json' };

/** Where the generator writes the file, from the project's root. */
export const CLDR_ZONE_CITIES_FILE = 'src/map/data/cldr-zone-cities.json';

export interface CldrZoneCities {
  /** CLDR's version and the packages it was read from. */
  source: string;
  /** CLDR's copyright and licence notice, kept with its data. */
  licence: string;
  /** Each current time zone key ("egcai") with its zone ids, space-separated ("Africa/Cairo"). */
  keys: Record<string, string>;
  /** Per language, each zone id with its exemplar city ("Africa/Cairo" → "Le Caire"). */
  cities: Partial<Record<Lang, Record<string, string>>>;
}

export function cldrZoneCities(): CldrZoneCities {
  return data as CldrZoneCities;
}
