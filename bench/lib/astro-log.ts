/**
 * Reading an Astro build's output as it streams, for the benchmark's
 * progress line: Astro logs one line per generated route
 * ("08:01:02   ├─ /fr/practices/x/index.html (+5ms)"), and a few lines
 * mark where a build stands (bundling, routes, sitemap; then our build's
 * Pagefind and offline steps). Also the number of routes to expect, from the
 * previous run or from the catalogue's size. Pure: tests feed it lines.
 */
import { stripVTControlCharacters } from 'node:util';

/** What a line of a build's output says, if anything the progress line shows. */
export type BuildLogEvent = { kind: 'route' } | { kind: 'stage'; stage: string };

const ROUTE = /^(?:\d\d:\d\d:\d\d\s+)?\s*[├└]─\s+\S/;

/** Markers in the order Astro prints them, each with the stage it starts. */
const ASTRO_STAGES: readonly [marker: RegExp, stage: string][] = [
  [/\[content\] Syncing content/, 'content sync'],
  [/\[build\] Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'pages'],
  [/\[build\] Waiting for integration/, 'integrations'],
  [/\[@astrojs\/sitemap\]/, 'sitemap'],
  [/\[build\] Complete!/, 'finishing'],
];

/** What scripts/build.ts does after Astro: Pagefind, then the offline files, then the swap. */
const BUILD_SCRIPT_STAGES: readonly [marker: RegExp, stage: string][] = [
  [/\[build\] Complete!/, 'search index'],
  [/^Search index \(pages per language\)/, 'offline files'],
  [/^Offline: build /, 'swap'],
];

/** `source`: our build script (Astro, then Pagefind and the offline files) or Astro alone (the bare site). */
export function buildLogEvent(
  rawLine: string,
  source: 'build-script' | 'astro' = 'build-script',
): BuildLogEvent | undefined {
  // Colour codes, should a terminal-like environment make Astro print them, are left out.
  const line = stripVTControlCharacters(rawLine);
  if (ROUTE.test(line)) return { kind: 'route' };
  const text = line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim();
  for (const [marker, stage] of source === 'build-script' ? [...BUILD_SCRIPT_STAGES, ...ASTRO_STAGES] : ASTRO_STAGES)
    if (marker.test(text)) return { kind: 'stage', stage };
  return undefined;
}

/** What the catalogue holds, as far as the number of generated routes depends on it. */
export interface CatalogueShape {
  practices: number;
  cities: number;
  observations: number;
  indicators: number;
  /** Periods per series (the generator writes up to 420 monthly periods). */
  periods?: number;
  languages?: number;
}

/**
 * Routes Astro generates for a generated catalogue, estimated from the page
 * types of the site (1,652 routes at N = 200 and 5,106 at N = 1,000 when
 * this was written): in each language a page per practice (and a listing
 * page per 48), per city and per indicator and year, and the browse
 * listings (a page per facet value, and more as values gather practices);
 * two CSVs per indicator and year, and per indicator of each city with
 * data; about 80 other pages and data files. Only a fallback for a first
 * run: page types change, and the last run's count is better
 * (previousRoutes).
 */
export function estimateRoutes(shape: CatalogueShape): number {
  const languages = shape.languages ?? 3;
  const periods = Math.min(shape.periods ?? 420, shape.observations);
  // The generator fills a city's series month by month, indicator by indicator.
  const citiesWithData = Math.min(
    shape.cities,
    Math.ceil(shape.observations / Math.max(1, periods * shape.indicators)),
  );
  const yearPages = shape.indicators * (Math.ceil(periods / 12) + 1);
  const browsePages = 26 + Math.ceil(0.17 * shape.practices);
  return (
    languages * (shape.practices + Math.ceil(shape.practices / 48) + shape.cities + yearPages + browsePages) +
    2 * yearPages +
    2 * shape.indicators * citiesWithData +
    80
  );
}

/** Routes counted by earlier runs, per catalogue: bench-out/bench-routes.json, kept across runs of other sizes. */
export type RouteCounts = Record<string, number>;

export const routeCountKey = (shape: Pick<CatalogueShape, 'practices' | 'cities' | 'observations'>): string =>
  `${shape.practices}-${shape.cities}-${shape.observations}`;

/** A catalogue's routes as the last run that built it counted them. */
export function previousRoutes(
  counts: unknown,
  shape: Pick<CatalogueShape, 'practices' | 'cities' | 'observations'>,
): number | undefined {
  const routes = (counts as RouteCounts | undefined)?.[routeCountKey(shape)];
  return typeof routes === 'number' && routes > 0 ? routes : undefined;
}

/** Splits a stream's chunks into whole lines; the last partial line waits for the next chunk or the end. */
export function lineSplitter(onLine: (line: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      const parts = (pending + chunk).split(/\r?\n|\r/);
      pending = parts.pop() ?? '';
      for (const part of parts) onLine(part);
    },
    end() {
      if (pending) onLine(pending);
      pending = '';
    },
  };
}
