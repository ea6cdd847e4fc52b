/**
 * The basemap's names in the browser: after each move or zoom, the labels
 * whose zoom has come (src/map/place-labels.ts) are placed in order of
 * importance, each only where it overlaps neither a label already placed
 * nor a marker, so the map never shows text on text. Text nodes only: the
 * names are data, never markup. Hidden from assistive technologies, which
 * get the places through the markers' names and the list under the map.
 */
import * as L from 'leaflet';
import type { BasemapLabels, Label } from './place-labels.ts';
import { overlapsAny, type Box } from './label-boxes.ts';

const COUNTRY_FONT = '600 12px system-ui, sans-serif';
const PLACE_FONT = '13px system-ui, sans-serif';
const CAPITAL_FONT = '600 13px system-ui, sans-serif';
/** Room around a label, in pixels: labels never touch. */
const GAP = 3;

export interface LabelLayerOptions {
  /** Boxes, in the map container's pixels, that labels must leave free (the markers). */
  avoid: () => Box[];
}

export class LabelLayer extends L.Layer {
  private readonly labels: BasemapLabels;
  private readonly avoid: () => Box[];
  private box: HTMLElement | undefined;
  private readonly widths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null = null;
  private font = '';
  private frame: number | undefined;

  constructor(labels: BasemapLabels, options: LabelLayerOptions) {
    super();
    this.labels = labels;
    this.avoid = options.avoid;
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane('labels') ?? map.createPane('labels');
    this.box = L.DomUtil.create('div', 'map-labels', pane);
    this.box.setAttribute('aria-hidden', 'true');
    this.measure = document.createElement('canvas').getContext('2d');
    map.on('zoomstart', this.hide, this);
    map.on('moveend zoomend resize', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    map.off('zoomstart', this.hide, this);
    map.off('moveend zoomend resize', this.redraw, this);
    this.box?.remove();
    return this;
  }

  private hide(): void {
    if (this.box) this.box.hidden = true;
  }

  private width(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      // Setting a canvas font parses it: only when it changes.
      if (this.measure && this.font !== font) this.measure.font = this.font = font;
      width = this.measure ? this.measure.measureText(text).width : text.length * 7.5;
      this.widths.set(key, width);
    }
    return width;
  }

  private element(className: string, text: string, at: L.Point): HTMLElement {
    const element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    element.style.left = `${Math.round(at.x)}px`;
    element.style.top = `${Math.round(at.y)}px`;
    return element;
  }

  /**
   * Places the labels of the current view once the browser is about to
   * paint: a zoom ends with a move, a zoom and a cluster change, drawn once.
   */
  redraw(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.draw();
    });
  }

  private draw(): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.box) return;
    const zoom = map.getZoom();
    // Labels outside the view are skipped by their coordinates, before any projection.
    const view = map.getBounds();
    const [south, north, west, east] = [view.getSouth(), view.getNorth(), view.getWest(), view.getEast()];
    const size = map.getSize();
    const taken: Box[] = this.avoid().map((b) => ({ ...b }));
    const parts: HTMLElement[] = [];
    const place = (label: Label, kind: 'country' | 'place') => {
      const [name, lon, lat, minZoom, capital] = label;
      if (minZoom > zoom || lat < south || lat > north || lon < west || lon > east) return;
      const at = map.latLngToContainerPoint([lat, lon]);
      if (at.x < 0 || at.y < 0 || at.x > size.x || at.y > size.y) return;
      const font = kind === 'country' ? COUNTRY_FONT : capital ? CAPITAL_FONT : PLACE_FONT;
      const text = Math.ceil(this.width(kind === 'country' ? name.toLocaleUpperCase() : name, font)) + 2;
      const height = 17;
      const middle = at.y - height / 2;
      // A country's name is centred on it (or just above or below, if a neighbour's name is there); a place's name stands beside its dot, on the first side left free.
      const spots =
        kind === 'country'
          ? [0, -18, 18].map((dy) => ({ left: at.x - text / 2, top: middle + dy }))
          : [
              { left: at.x + 6, top: middle },
              { left: at.x - 6 - text, top: middle },
              { left: at.x - text / 2, top: at.y + 4 },
              { left: at.x - text / 2, top: at.y - 4 - height },
            ];
      const dot: Box = { left: at.x - 4, top: at.y - 4, right: at.x + 4, bottom: at.y + 4 };
      for (const spot of spots) {
        const bounds: Box = {
          left: spot.left - GAP,
          top: spot.top - GAP,
          right: spot.left + text + GAP,
          bottom: spot.top + height + GAP,
        };
        if (bounds.left < 0 || bounds.right > size.x || bounds.top < 0 || bounds.bottom > size.y) continue;
        if (overlapsAny(bounds, taken) || (kind === 'place' && overlapsAny(dot, taken))) continue;
        taken.push(bounds);
        if (kind === 'place') {
          taken.push(dot);
          parts.push(this.element('map-dot', '', map.containerPointToLayerPoint([at.x - 3, at.y - 3])));
        }
        const className = `map-label map-label--${kind}${capital ? ' map-label--capital' : ''}`;
        parts.push(this.element(className, name, map.containerPointToLayerPoint([spot.left, spot.top])));
        return;
      }
    };
    for (const label of this.labels.countries) place(label, 'country');
    for (const label of this.labels.places) place(label, 'place');
    this.box.replaceChildren(...parts);
    this.box.hidden = false;
  }
}
