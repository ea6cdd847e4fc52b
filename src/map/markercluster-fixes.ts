/**
 * Two corrections to Leaflet.markercluster 1.5, made once on its classes
 * after it is loaded (map-page.ts).
 *
 * A fractional minimum zoom: the map's smallest zoom is fractional (the
 * world fills the map's width once), and markercluster compares its
 * whole-number cluster levels with that minimum unrounded in three walks
 * of its cluster tree: a place that never joins a cluster hangs from the
 * top level (floor(minZoom) − 1), which the walk then skips, so its marker
 * is never drawn (a single practice, as with ?country=LU at 1184 px,
 * showed no marker at all; Leaflet.markercluster issues #470 and #942).
 * Every other use in markercluster floors the minimum; the walks do too.
 *
 * A cluster opened by a click or Enter zooms to the level where it splits,
 * centred on its weighted centre, with no room kept for the zoom buttons
 * and the credits: its places land under them, and so do the names beside
 * them (Lomé, 27 px below the Zio 1 marker, near the credits at 390 px).
 * zoomToBounds now fits the cluster's places into the room the map's first
 * view keeps free, when that zooms in; else markercluster's own step.
 */
import type * as L from 'leaflet';

type Prototype = Record<string | symbol, unknown>;
type Walk = (this: unknown, bounds: L.LatLngBounds, start: number, stop: number, ...rest: unknown[]) => void;
type ZoomToBounds = (this: { getBounds(): L.LatLngBounds }, options?: L.FitBoundsOptions) => void;
const PATCHED = Symbol('atlas:markercluster-fixes');

function clusterPrototype(leaflet: typeof L): Prototype {
  const prototype = (leaflet as unknown as { MarkerCluster?: { prototype: Prototype } }).MarkerCluster?.prototype;
  // A later markercluster without these methods needs this file read again, not silently skipped.
  if (typeof prototype?._recursively !== 'function' || typeof prototype.zoomToBounds !== 'function')
    throw new Error('leaflet.markercluster: MarkerCluster._recursively or zoomToBounds not found');
  return prototype;
}

/** The room a view keeps free at the map's edges, in pixels (map-page.ts's viewPadding). */
export interface ViewPadding {
  paddingTopLeft: L.PointTuple;
  paddingBottomRight: L.PointTuple;
}

export function fixMarkerCluster(leaflet: typeof L, map: L.Map, padding: () => ViewPadding): void {
  const prototype = clusterPrototype(leaflet);
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const walk = prototype._recursively as Walk;
  prototype._recursively = function (this: unknown, bounds, start, stop, ...rest) {
    walk.call(this, bounds, Math.floor(start), stop, ...rest);
  } satisfies Walk;
  const zoomToBounds = prototype.zoomToBounds as ZoomToBounds;
  prototype.zoomToBounds = function (this: { getBounds(): L.LatLngBounds }, options) {
    // markercluster calls it without options; a caller's own options are left alone.
    if (options) return zoomToBounds.call(this, options);
    const room = padding();
    const bounds = this.getBounds();
    const [left, top] = room.paddingTopLeft;
    const [right, bottom] = room.paddingBottomRight;
    if (map.getBoundsZoom(bounds, false, leaflet.point(left + right, top + bottom)) > map.getZoom())
      map.fitBounds(bounds, room);
    else zoomToBounds.call(this, room);
  } satisfies ZoomToBounds;
}
