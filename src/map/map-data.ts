/**
 * The map's data as the browser reads it, and the pure functions over it:
 * which practices a search state keeps, and which places show them. Shared
 * by the build (src/map/build-map-data.ts writes these shapes) and the
 * browser script (src/map/map-page.ts); free of Leaflet and of the DOM.
 *
 * Keys are one letter because a catalogue of 10,000 practices repeats
 * them tens of thousands of times in files served without compression.
 */

/** [longitude, latitude], rounded to 4 decimals (about 10 m). */
export type LonLat = [number, number];

/** A point practices are shown at: a city profile, or a whole country. */
export interface MapPlace {
  /** Kind: "c" a city profile, "k" a country (practices without a city). */
  k: 'c' | 'k';
  /** City id, or ISO 3166-1 alpha-2 code of the country. */
  i: string;
  /** Name in the page's language (a city's original name when it has no translation). */
  n: string;
  /** Language of the name, only when it is not the page's. */
  l?: string;
  /** Where the marker stands: the city's coordinates, or the country's centroid from Natural Earth. */
  a: LonLat;
}

/** A practice, in id order: the filter index refers to practices by position. */
export interface MapPractice {
  /** Practice id (its page is practices/<id>/). */
  i: string;
  /** Title in the page's language, else the original's. */
  t: string;
  /** Language of the title, only when it is not the page's. */
  l?: string;
  /** Positions in `places` where it is shown; empty when its country has no shape in Natural Earth. */
  p: number[];
  /** Scope of a practice shown on its country: "n" national, "r" regional, "k" another scale. */
  s?: 'n' | 'r' | 'k';
  /** Region named by a regional practice. */
  r?: string;
  /**
   * How the practice takes part at each of its places, parallel to `p`
   * (o[k] is the role at place p[k], '' where that place has none), in the
   * page's language ("Role: partner"); only for a practice whose places have
   * roles other than "where it happens" (src/domain/place-roles.ts).
   */
  o?: string[];
}

/** /data/map/<lang>.json */
export interface MapData {
  places: MapPlace[];
  practices: MapPractice[];
}

/**
 * /data/map/filters.json, the same in every language: for each facet and
 * value, the positions of the practices that carry it, sorted and written
 * as differences from the previous one (small numbers, short JSON).
 */
export interface FilterIndex {
  practices: number;
  facets: Record<string, Record<string, number[]>>;
}

export function encodePositions(positions: readonly number[]): number[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  return sorted.map((value, index) => (index === 0 ? value : value - sorted[index - 1]!));
}

export function decodePositions(deltas: readonly number[]): number[] {
  let value = 0;
  return deltas.map((delta, index) => (value = index === 0 ? delta : value + delta));
}

/** The facet values an index knows, for parseState (an unknown value in a URL is ignored). */
export function knownValues(index: FilterIndex): Record<string, Set<string>> {
  return Object.fromEntries(Object.entries(index.facets).map(([key, values]) => [key, new Set(Object.keys(values))]));
}

/**
 * Positions of the practices that pass the filters: within a facet any of
 * the chosen values (OR), across facets all of them (AND), as in the
 * catalogue. Undefined when there is no filter: every practice passes.
 */
export function filterPractices(
  index: FilterIndex,
  filters: Record<string, readonly string[]>,
): Set<number> | undefined {
  let kept: Set<number> | undefined;
  for (const [key, values] of Object.entries(filters)) {
    if (values.length === 0) continue;
    const facet = new Set<number>();
    for (const value of values)
      for (const position of decodePositions(index.facets[key]?.[value] ?? [])) facet.add(position);
    kept = kept ? new Set([...kept].filter((position) => facet.has(position))) : facet;
  }
  return kept;
}

export interface VisiblePlace {
  place: MapPlace;
  /** Position of the place in MapData.places. */
  index: number;
  /** Positions of the kept practices shown there, in the data's order (inTitleOrder sorts them for reading). */
  practices: number[];
}

/** The places that show at least one kept practice, each with those practices. */
export function visiblePlaces(data: MapData, kept: ReadonlySet<number> | undefined): VisiblePlace[] {
  const byPlace = new Map<number, number[]>();
  data.practices.forEach((practice, position) => {
    if (kept && !kept.has(position)) return;
    for (const place of practice.p) {
      let list = byPlace.get(place);
      if (!list) byPlace.set(place, (list = []));
      list.push(position);
    }
  });
  return [...byPlace]
    .sort(([a], [b]) => a - b)
    .map(([index, practices]) => ({ place: data.places[index]!, index, practices }));
}

/**
 * Practices by title, as a place's pop-up lists them. Sorted when a pop-up
 * opens, not for every place as the map starts: a browser's first
 * Intl.Collator loads its collation data, 10–40 ms on this machine.
 */
export function inTitleOrder(
  data: MapData,
  practices: readonly number[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): number[] {
  return [...practices].sort((a, b) => compare(data.practices[a]!.t, data.practices[b]!.t));
}

/** Positions of practices in a list of ids (Pagefind's `practice` meta), ignoring unknown ids. */
export function positionsOf(data: MapData, ids: Iterable<string>): Set<number> {
  const wanted = new Set(ids);
  const positions = new Set<number>();
  data.practices.forEach((practice, position) => {
    if (wanted.has(practice.i)) positions.add(position);
  });
  return positions;
}

export function intersect(
  a: ReadonlySet<number> | undefined,
  b: ReadonlySet<number> | undefined,
): Set<number> | undefined {
  if (!a) return b ? new Set(b) : undefined;
  if (!b) return new Set(a);
  return new Set([...a].filter((value) => b.has(value)));
}
