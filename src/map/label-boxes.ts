/**
 * Rectangles in the map's pixels, for placing labels without overlap
 * (src/map/label-layer.ts). Pure, free of Leaflet and of the DOM.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function overlapsAny(box: Box, others: readonly Box[]): boolean {
  return others.some((other) => overlaps(box, other));
}
