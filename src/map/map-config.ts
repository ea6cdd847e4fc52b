/**
 * What the map page hands its browser script (a JSON block in the page),
 * and the one optional setting of the map: an online tile layer.
 *
 * The basemap is Natural Earth, bundled with the site, so the map works
 * offline and makes no request to another host. A network that wants
 * street-level detail can add a tile layer under the countries by setting,
 * at build time:
 *
 *   ATLAS_MAP_TILES_URL="https://tile.example.org/{z}/{x}/{y}.png"
 *   ATLAS_MAP_TILES_ATTRIBUTION="© Example contributors"   (required with it)
 *   ATLAS_MAP_TILES_MAX_ZOOM=18                            (optional)
 *
 * Off by default. Turning it on makes every visitor's browser contact that
 * host, which the site's tests forbid: it is a choice for a deployment,
 * not for the sample site.
 */
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
    practices: string;
    practicesOne: string;
    cityMarker: string;
    countryMarker: string;
    national: string;
    regional: string;
    countryLevel: string;
    wholeCountry: string;
    cityPage: string;
    countryPage: string;
    status: string;
    statusAll: string;
    close: string;
    zoomIn: string;
    zoomOut: string;
    error: string;
    attribution: string;
  };
}

/** The tile layer set by the environment, or undefined (the default: none). */
export function tileLayerFromEnv(env: Record<string, string | undefined>): TileLayerOption | undefined {
  const url = env.ATLAS_MAP_TILES_URL?.trim();
  if (!url) return undefined;
  const attribution = env.ATLAS_MAP_TILES_ATTRIBUTION?.trim();
  if (!attribution) throw new Error('ATLAS_MAP_TILES_URL is set without ATLAS_MAP_TILES_ATTRIBUTION: a tile layer must credit its source.');
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*$/.test(url)) throw new Error(`ATLAS_MAP_TILES_URL should be an https:// address with {z}, {x} and {y}: "${url}".`);
  const maxZoom = Number(env.ATLAS_MAP_TILES_MAX_ZOOM ?? 18);
  return { url, attribution, maxZoom: Number.isFinite(maxZoom) ? maxZoom : 18 };
}

/** "{count} practices" with the count, or its singular form. */
export function practicesLabel(strings: Pick<MapConfig['strings'], 'practices' | 'practicesOne'>, count: number): string {
  return count === 1 ? strings.practicesOne : fill(strings.practices, { count });
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
