/**
 * What the map page hands its browser script (a JSON block in the page).
 *
 * The basemap is Natural Earth, bundled with the site, so the map works
 * offline and makes no request to another host. A network that wants
 * street-level detail can add a tile layer under the countries with
 * `tiles` in site.yaml (src/schemas/site.ts): url template, attribution,
 * maxZoom. Off by default. Turning it on makes every visitor's browser
 * contact that host (the Content-Security-Policy then allows it in
 * img-src): a choice for a deployment, not for the sample site.
 */
import { formatPlural, type PluralForms } from '../i18n/plural.ts';
export interface TileLayerOption {
  url: string;
  attribution: string;
  maxZoom: number;
}

export interface MapConfig {
  lang: string;
  base: string;
  languages: string[];
  /** /data/map/<lang>.json, /data/map/filters.json, /data/map/countries.json */
  dataUrl: string;
  filtersUrl: string;
  basemapUrl: string;
  /** /data/map/labels-<lang>.json: the basemap's country and place names. */
  labelsUrl: string;
  /** URL templates with "{id}". */
  practiceUrl: string;
  cityUrl: string;
  countryUrl: string;
  /** The catalogue and this page, without a query string. */
  listUrl: string;
  mapUrl: string;
  /** Facet keys a URL may filter by. */
  facetKeys: string[];
  tiles?: TileLayerOption;
  strings: {
    practices: PluralForms;
    cityMarker: string;
    countryMarker: string;
    national: string;
    regional: string;
    countryLevel: string;
    wholeCountry: string;
    cityPage: string;
    countryPage: string;
    status: PluralForms;
    statusAll: PluralForms;
    close: string;
    zoomIn: string;
    zoomOut: string;
    error: string;
    attribution: string;
    touchHint: string;
    /** "Also at {places}": the other places of a practice shown at several. */
    alsoAt: string;
  };
}

/** "1 practice", "12 practices", "0 pratique": the count in the language's plural form. */
export function practicesLabel(
  config: { lang: string; strings: Pick<MapConfig['strings'], 'practices'> },
  count: number,
): string {
  return formatPlural(config.strings.practices, config.lang, count);
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
