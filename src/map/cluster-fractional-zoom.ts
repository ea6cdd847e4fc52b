/**
 * Leaflet.markercluster with a fractional minimum zoom. The map's smallest
 * zoom is fractional (the world fills the map's width once, map-page.ts),
 * and markercluster 1.5 compares its whole-number cluster levels with that
 * minimum unrounded in three walks of its cluster tree: a place that never
 * joins a cluster hangs from the top level (floor(minZoom) − 1), which the
 * walk then skips, so its marker is never drawn (a single practice, as with
 * ?country=LU at 1184 px, showed no marker at all; Leaflet.markercluster
 * issues #470 and #942). Every other use in markercluster floors the
 * minimum; this makes the three walks do the same.
 */
import type * as L from 'leaflet';

type Walk = (this: unknown, bounds: L.LatLngBounds, start: number, stop: number, ...rest: unknown[]) => void;
const FLOORED = Symbol('atlas:floored-start');

export function floorClusterWalkStart(leaflet: typeof L): void {
  const prototype = (leaflet as unknown as { MarkerCluster?: { prototype: Record<string | symbol, unknown> } })
    .MarkerCluster?.prototype;
  const walk = prototype?._recursively as (Walk & { [FLOORED]?: true }) | undefined;
  // A later markercluster without this method needs this file read again, not silently skipped.
  if (!prototype || typeof walk !== 'function')
    throw new Error('leaflet.markercluster: MarkerCluster._recursively not found');
  if (walk[FLOORED]) return;
  const floored: Walk & { [FLOORED]?: true } = function (this: unknown, bounds, start, stop, ...rest) {
    walk.call(this, bounds, Math.floor(start), stop, ...rest);
  };
  floored[FLOORED] = true;
  prototype._recursively = floored;
}
