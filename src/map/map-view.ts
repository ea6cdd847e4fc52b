/**
 * Pure helpers of the map page: what a cluster counts, which places share
 * a practice, and the view a link may ask for. Free of Leaflet and the DOM.
 */

/** The number of distinct practices in lists of practice positions (one list per place). */
export function countDistinct(lists: readonly (readonly number[])[]): number {
  const seen = new Set<number>();
  for (const list of lists) for (const position of list) seen.add(position);
  return seen.size;
}

/** The other places (by their position in `lists`) that show at least one practice of place `of`. */
export function linkedPlaces(lists: readonly (readonly number[])[], of: number): number[] {
  const mine = new Set(lists[of] ?? []);
  const linked: number[] = [];
  lists.forEach((list, position) => {
    if (position !== of && list.some((practice) => mine.has(practice))) linked.push(position);
  });
  return linked;
}

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * The view of a link ending in "#map=<zoom>/<latitude>/<longitude>" (a
 * shared view, and how the browser tests look at given places); anything
 * else, or values out of range, is no view.
 */
export function parseView(hash: string): MapView | undefined {
  const match = /^#map=(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(hash);
  if (!match) return undefined;
  const [zoom, lat, lon] = match.slice(1).map(Number) as [number, number, number];
  if (zoom > 18 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}
