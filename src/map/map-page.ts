/**
 * The map page in the browser: Leaflet over the Natural Earth basemap,
 * clustered markers for cities and countries, filtered by the catalogue's
 * search state in the URL. Everything it loads comes from the site itself:
 * the data files of /data/map/ and, for a text query, Pagefind's index.
 */
import * as L from 'leaflet';
import type {} from 'leaflet.markercluster';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  hasCriteria,
  parseState,
  serializeState,
  toPagefindFilters,
  type SearchState,
} from '../search/search-state.ts';
import { carryStateToLanguageLinks } from '../i18n/language-links.ts';
import { findPractices } from '../search/find-practices.ts';
import { formatPlural } from '../i18n/plural.ts';
import { fill, practicesLabel, type MapConfig } from './map-config.ts';
import { placeRoleAt } from './place-role-note.ts';
import { textAttribution } from './text-attribution.ts';
import { continuousShape } from './antimeridian.ts';
import { afterNextPaint, inShortTasks, nextTask } from './next-task.ts';
import { LabelLayer } from './label-layer.ts';
import type { Box } from './label-boxes.ts';
import { countDistinct, linkedPlaces, parseView } from './map-view.ts';
import type { BasemapLabels } from './place-labels.ts';
import { twoFingerGestures } from './touch-gestures.ts';
import { fixMarkerCluster, type ViewPadding } from './markercluster-fixes.ts';
import {
  filterPractices,
  inTitleOrder,
  intersect,
  knownValues,
  positionsOf,
  visiblePlaces,
  type FilterIndex,
  type MapData,
  type MapPlace,
  type MapPractice,
  type VisiblePlace,
} from './map-data.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: Record<string, unknown>,
  ): Promise<{
    results: { data: () => Promise<{ meta: Record<string, string>; content: string }> }[];
    filters: Record<string, Record<string, number>>;
  } | null>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
}

/** A div icon that carries an accessible name: Leaflet gives divs role=button and tabindex, not a label. */
const LabelledIcon = L.DivIcon.extend({
  createIcon(this: L.DivIcon & { options: L.DivIconOptions & { label: string } }, old?: HTMLElement) {
    const icon = L.DivIcon.prototype.createIcon.call(this, old);
    icon.setAttribute('aria-label', this.options.label);
    return icon;
  },
}) as unknown as new (options: L.DivIconOptions & { label: string }) => L.DivIcon;

interface PlaceMarkerOptions extends L.MarkerOptions {
  /** Positions of the practices shown at the place: a cluster counts the distinct ones of its places. */
  practices: number[];
  /** Position of the place in MapData.places. */
  place: number;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const urlOf = (template: string, id: string) => template.replace('{id}', encodeURIComponent(id));

/** Ids of the practices a text query finds, read from Pagefind's `practice` meta as the catalogue does. */
async function practicesFound(config: MapConfig, state: SearchState): Promise<Set<string>> {
  const pagefind = (await import(/* @vite-ignore */ `${config.base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: config.base });
  if (state.allLanguages) {
    const bundle = new URL(`${config.base}pagefind/`, location.href).href;
    for (const language of config.languages.filter((l) => l !== config.lang))
      await pagefind.mergeIndex(bundle, { language, baseUrl: config.base });
  }
  const search = await findPractices(pagefind, state.query, { filters: toPagefindFilters(state) });
  const ids = new Set<string>();
  const results = search?.results ?? [];
  // Each result's data is a small fragment file: fetched a batch at a time, not thousands at once.
  for (let from = 0; from < results.length; from += 24) {
    const data = await Promise.all(results.slice(from, from + 24).map((result) => result.data()));
    for (const item of data) if (item.meta.practice) ids.add(item.meta.practice);
  }
  return ids;
}

function scopeText(config: MapConfig, practice: MapPractice): string {
  if (practice.s === 'n') return config.strings.national;
  if (practice.s === 'r') return practice.r ? `${config.strings.regional} · ${practice.r}` : config.strings.regional;
  return config.strings.countryLevel;
}

let collator: Intl.Collator | undefined;

function popupContent(config: MapConfig, data: MapData, visible: VisiblePlace): HTMLElement {
  const { place } = visible;
  const box = element('div', { class: 'map-popup' });
  const heading = element('p', { class: 'map-popup__place' });
  if (place.k === 'c') {
    heading.append(element('a', { href: urlOf(config.cityUrl, place.i), lang: place.l }, place.n));
    box.append(heading);
  } else {
    heading.append(element('strong', {}, place.n));
    box.append(heading, element('p', { class: 'map-popup__scope' }, config.strings.wholeCountry));
  }
  const list = element('ul', { class: 'map-popup__practices' });
  collator ??= new Intl.Collator(config.lang);
  for (const position of inTitleOrder(data, visible.practices, collator.compare)) {
    const practice = data.practices[position]!;
    const item = element('li');
    item.append(element('a', { href: urlOf(config.practiceUrl, practice.i), lang: practice.l }, practice.t));
    if (place.k === 'k') item.append(element('span', { class: 'map-popup__note' }, scopeText(config, practice)));
    const role = placeRoleAt(practice, visible.index);
    if (role) item.append(element('span', { class: 'map-popup__note', 'data-place-role': '' }, role));
    const elsewhere = practice.p.filter((other) => other !== visible.index).map((other) => data.places[other]!.n);
    if (elsewhere.length > 0)
      item.append(
        element('span', { class: 'map-popup__also' }, fill(config.strings.alsoAt, { places: elsewhere.join(', ') })),
      );
    list.append(item);
  }
  box.append(list);
  if (place.k === 'k') {
    const more = element('p');
    more.append(element('a', { href: urlOf(config.countryUrl, place.i) }, config.strings.countryPage));
    box.append(more);
  }
  return box;
}

function markerLabel(config: MapConfig, place: MapPlace, count: number): string {
  return fill(place.k === 'c' ? config.strings.cityMarker : config.strings.countryMarker, {
    place: place.n,
    count: practicesLabel(config, count),
  });
}

/** Hides the practices of the server-rendered list that the search leaves out, and countries left empty. */
function filterList(data: MapData, kept: ReadonlySet<number> | undefined): void {
  if (!kept) return;
  const ids = new Set([...kept].map((position) => data.practices[position]!.i));
  for (const item of document.querySelectorAll<HTMLElement>('[data-map-practice]'))
    item.hidden = !ids.has(item.dataset.mapPractice!);
  for (const country of document.querySelectorAll<HTMLElement>('[data-map-country]'))
    country.hidden = country.querySelector('[data-map-practice]:not([hidden])') === null;
}

export async function startMap(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as MapConfig;
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]')!;
  const status = root.querySelector<HTMLElement>('[data-map-status]')!;
  const listLink = root.querySelector<HTMLAnchorElement>('[data-map-list]')!;
  const allLink = root.querySelector<HTMLAnchorElement>('[data-map-all]')!;
  const params = new URLSearchParams(location.search);
  const filtered = config.facetKeys.some((key) => params.has(key));

  // The names are fetched alongside but wait for nothing: the markers are interactive before them.
  const labels = getJson<BasemapLabels>(config.labelsUrl).catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  let data: MapData;
  let topology: Topology;
  let state: SearchState;
  let kept: Set<number> | undefined;
  try {
    const [mapData, basemap, index] = await Promise.all([
      getJson<MapData>(config.dataUrl),
      getJson<Topology>(config.basemapUrl),
      filtered ? getJson<FilterIndex>(config.filtersUrl) : Promise.resolve(undefined),
    ]);
    data = mapData;
    topology = basemap;
    state = parseState(location.search, index ? knownValues(index) : {});
    kept = index ? filterPractices(index, state.filters) : undefined;
    if (state.query.trim()) kept = intersect(kept, positionsOf(data, await practicesFound(config, state)));
  } catch (error) {
    console.error(error);
    status.textContent = config.strings.error;
    return;
  }

  listLink.href = `${config.listUrl}${serializeState(state)}`;
  carryStateToLanguageLinks(serializeState(state));
  allLink.hidden = !hasCriteria(state);
  const total = data.practices.length;
  status.textContent = hasCriteria(state)
    ? formatPlural(config.strings.status, config.lang, kept?.size ?? total, { total })
    : formatPlural(config.strings.statusAll, config.lang, total);
  filterList(data, hasCriteria(state) ? (kept ?? new Set(data.practices.keys())) : undefined);
  // The first plural above loaded the language's Intl data (tens of milliseconds on a phone): the map comes in tasks after it.
  await nextTask();

  canvas.hidden = false;
  // The smallest zoom shows the world once across the map's width, never a world with empty sea on both sides.
  const minZoom = Math.max(0, Math.ceil(Math.log2(canvas.clientWidth / 256) * 4) / 4);
  const map = L.map(canvas, {
    zoomControl: false,
    minZoom,
    maxZoom: config.tiles?.maxZoom ?? 12,
    zoomSnap: 0.25,
    worldCopyJump: true,
    maxBounds: [
      [-85, -200],
      [85, 200],
    ],
    maxBoundsViscosity: 1,
    attributionControl: false,
  });
  twoFingerGestures(map, root, config.strings.touchHint);
  // The view shown, in the form a link's #map= takes (parseView): tests and a future "share this view" read it.
  map.on('moveend', () => {
    const at = map.getCenter();
    canvas.dataset.view = `${map.getZoom()}/${at.lat.toFixed(4)}/${at.lng.toFixed(4)}`;
  });
  L.control.zoom({ zoomInTitle: config.strings.zoomIn, zoomOutTitle: config.strings.zoomOut }).addTo(map);
  // The credits as text (text-attribution.ts): the tile layer's comes from site.yaml and is never given to Leaflet as HTML.
  textAttribution(
    config.tiles ? [config.strings.attribution, config.tiles.attribution] : [config.strings.attribution],
  ).addTo(map);
  if (config.tiles) L.tileLayer(config.tiles.url, { maxZoom: config.tiles.maxZoom }).addTo(map);
  await nextTask();

  const places = visiblePlaces(data, kept);
  const countryMarkers = new Map<string, L.Marker>();
  const markers = places.map((visible) => {
    const { place } = visible;
    const count = visible.practices.length;
    const marker = L.marker([place.a[1], place.a[0]], {
      icon: new LabelledIcon({
        html: `<span aria-hidden="true">${count}</span>`,
        className: `map-marker map-marker--${place.k === 'c' ? 'city' : 'country'}`,
        iconSize: L.point(30, 30),
        label: markerLabel(config, place, count),
      }),
      keyboard: true,
      practices: visible.practices,
      place: visible.index,
    } as PlaceMarkerOptions);
    marker.bindPopup(() => popupContent(config, data, visible), { className: 'map-popup-frame' });
    if (place.k === 'k') countryMarkers.set(place.i, marker);
    return marker;
  });

  // The first view comes before any layer, so that each is projected and drawn once, at that view.
  const view = parseView(location.hash);
  if (view) map.setView([view.lat, view.lon], view.zoom, { animate: false });
  else if (markers.length > 0)
    // The practices shown, filters applied, fill the map: markers stay clear of its edges and controls.
    map.fitBounds(L.latLngBounds(markers.map((marker) => marker.getLatLng())), {
      ...viewPadding(canvas),
      maxZoom: 7,
      animate: false,
    });
  else map.setView([20, 0], minZoom);

  // markercluster is fetched while the basemap is drawn; it reads Leaflet from window.L.
  (window as unknown as { L: typeof L }).L = L;
  const clustering = import('leaflet.markercluster');
  await nextTask();
  // The basemap, country by country in short tasks (next-task.ts); the countries with practices above it.
  // Its pane is left out of the page's layout meanwhile: the browser lays out and paints it once, whole.
  const basemapPane = map.getPane('overlayPane')!;
  basemapPane.style.display = 'none';
  const highlighted = new Set(places.filter((p) => p.place.k === 'k').map((p) => p.place.i));
  const withPractices: Feature[] = [];
  const land = L.geoJSON(undefined, {
    interactive: false,
    style: { className: 'map-country', weight: 0.6, fillOpacity: 1 },
  }).addTo(map);
  await inShortTasks((topology.objects.countries as GeometryCollection).geometries, (geometry) => {
    const shape = continuousShape(feature(topology, geometry) as Feature);
    land.addData(shape);
    if (highlighted.has(String(shape.id))) withPractices.push(shape);
  });

  await clustering;
  await nextTask();
  fixMarkerCluster(L, map, () => viewPadding(canvas));
  let ready = false;
  let nameLayer: LabelLayer | undefined;
  const markReady = () => {
    if (ready) return;
    ready = true;
    canvas.dataset.ready = 'true';
    // The names come last, in tasks of their own: they go around the markers, in place by now.
    void labels.then(async (names) => {
      if (!names) return;
      await nextTask();
      nameLayer = new LabelLayer(names, { avoid: () => iconBoxes(map, canvas) }).addTo(map);
      canvas.dataset.labels = 'true';
    });
  };
  const group = L.markerClusterGroup({
    chunkedLoading: true,
    // Markers are added in tasks of about 10 ms (markercluster looks at the clock every 200 markers).
    chunkInterval: 10,
    chunkDelay: 1,
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    iconCreateFunction: (cluster) => {
      // A practice at three of the cluster's places is one practice.
      const count = countDistinct(
        cluster.getAllChildMarkers().map((marker) => (marker.options as PlaceMarkerOptions).practices),
      );
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      return new LabelledIcon({
        html: `<span aria-hidden="true">${count}</span>`,
        className: `map-cluster map-cluster--${size}`,
        iconSize: L.point(40, 40),
        label: practicesLabel(config, count),
      });
    },
    chunkProgress: (processed, all) => {
      if (processed === all) setTimeout(markReady);
    },
  });
  L.geoJSON(withPractices, {
    style: { className: 'map-country map-country--practices', weight: 1, fillOpacity: 1 },
    onEachFeature: (shape, layer) =>
      layer.on('click', () => {
        const marker = countryMarkers.get(String(shape.id));
        if (marker) group.zoomToShowLayer(marker, () => marker.openPopup());
      }),
  }).addTo(map);
  basemapPane.style.display = '';
  // The browser lays out and paints the basemap in a task of its own, before the markers are added.
  await afterNextPaint();
  map.addLayer(group);
  // Names go under the markers and avoid them: they are placed again whenever the clusters change.
  group.on('animationend', () => nameLayer?.redraw());

  // A cluster opened from the keyboard zooms in and disappears: focus goes to the icon nearest its place.
  let refocusAt: L.LatLng | undefined;
  group.on('clusterclick clusterkeypress', (event) => {
    // Enter on a focused cluster opens it, and markercluster then focuses the map container.
    const { layer, originalEvent } = event as L.LeafletEvent & { layer: L.Marker; originalEvent?: KeyboardEvent };
    if (originalEvent?.type === 'keypress' && originalEvent.keyCode === 13) refocusAt = layer.getLatLng();
  });
  const refocus = () => {
    if (!refocusAt) return;
    const target = map.latLngToContainerPoint(refocusAt);
    const box = canvas.getBoundingClientRect();
    refocusAt = undefined;
    let nearest: HTMLElement | undefined;
    let best = Infinity;
    for (const icon of canvas.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
      const rect = icon.getBoundingClientRect();
      const distance = Math.hypot(
        rect.x + rect.width / 2 - box.x - target.x,
        rect.y + rect.height / 2 - box.y - target.y,
      );
      if (distance < best) [best, nearest] = [distance, icon];
    }
    nearest?.focus({ preventScroll: true });
  };
  group.on('animationend spiderfied', refocus);

  map.on('popupopen', (event) => {
    const popup = event.popup.getElement();
    popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', config.strings.close);
    popup?.querySelector<HTMLElement>('.map-popup a')?.focus({ preventScroll: true });
  });

  linkPlaces(map, canvas, group, markers);
  keepPopupsClear(map, canvas, markers);

  if (markers.length > 0) group.addLayers(markers);
  else markReady();
}

/** Room a view of places keeps free (the first view, and a cluster opened): markers clear of the controls and credits. */
function viewPadding(canvas: HTMLElement): ViewPadding {
  const credits = canvas.querySelector('.leaflet-control-attribution')?.getBoundingClientRect().height ?? 0;
  return { paddingTopLeft: [64, 40], paddingBottomRight: [40, 32 + credits] };
}

/**
 * The marker and cluster icons and the controls, in the map container's
 * pixels: labels leave them free. Icons are taken where Leaflet puts them,
 * not where they are drawn: during a cluster's animation they are still
 * sliding there.
 */
function iconBoxes(map: L.Map, canvas: HTMLElement): Box[] {
  const boxes: Box[] = [];
  for (const icon of canvas.querySelectorAll<HTMLElement>('.leaflet-marker-icon')) {
    const at = map.layerPointToContainerPoint(L.DomUtil.getPosition(icon));
    const left = at.x + (parseFloat(icon.style.marginLeft) || 0);
    const top = at.y + (parseFloat(icon.style.marginTop) || 0);
    boxes.push({
      left: left - 4,
      top: top - 4,
      right: left + icon.offsetWidth + 4,
      bottom: top + icon.offsetHeight + 4,
    });
  }
  const frame = canvas.getBoundingClientRect();
  for (const control of canvas.querySelectorAll<HTMLElement>('.leaflet-control')) {
    const rect = control.getBoundingClientRect();
    boxes.push({
      left: rect.left - frame.left - 4,
      top: rect.top - frame.top - 4,
      right: rect.right - frame.left + 4,
      bottom: rect.bottom - frame.top + 4,
    });
  }
  return boxes;
}

/**
 * One practice at several places is one practice: pointing at, focusing or
 * opening a place marks the other places (or the clusters holding them)
 * where the same practices are.
 */
function linkPlaces(map: L.Map, canvas: HTMLElement, clusters: L.MarkerClusterGroup, markers: L.Marker[]): void {
  const lists = markers.map((marker) => (marker.options as PlaceMarkerOptions).practices);
  const byIcon = new WeakMap<Element, number>();
  markers.forEach((marker, position) =>
    marker.on('add', () => {
      const icon = marker.getElement();
      if (icon) byIcon.set(icon, position);
    }),
  );
  let open: number | undefined;
  const mark = (position: number | undefined) => {
    for (const icon of canvas.querySelectorAll('.map-icon--linked')) icon.classList.remove('map-icon--linked');
    if (position === undefined) return;
    for (const other of linkedPlaces(lists, position)) {
      const shown = clusters.getVisibleParent(markers[other]!) as L.Marker | null;
      if (shown && shown !== markers[position]) shown.getElement()?.classList.add('map-icon--linked');
    }
  };
  markers.forEach((marker, position) => {
    marker.on('mouseover', () => mark(position));
    marker.on('mouseout', () => mark(open));
    marker.on('popupopen', () => mark((open = position)));
    marker.on('popupclose', () => mark((open = undefined)));
  });
  canvas.addEventListener('focusin', (event) => {
    const position = byIcon.get(event.target as Element);
    if (position !== undefined) mark(position);
  });
  canvas.addEventListener('focusout', () => mark(open));
  map.on('zoomend', () => mark(open));
  clusters.on('animationend', () => mark(open));
}

/**
 * A pop-up opens where the zoom buttons and the credits cannot cover it:
 * the map moves it right of the buttons and above the credits, and it is
 * never wider or taller than the room left between them. Set on every
 * pop-up before any opens, and again when the map changes size.
 */
function keepPopupsClear(map: L.Map, canvas: HTMLElement, markers: readonly L.Marker[]): void {
  const fit = () => {
    const frame = canvas.getBoundingClientRect();
    const zoom = canvas.querySelector('.leaflet-control-zoom')?.getBoundingClientRect();
    const credits = canvas.querySelector('.leaflet-control-attribution')?.getBoundingClientRect();
    const left = zoom ? Math.ceil(zoom.right - frame.left) + 8 : 10;
    const bottom = credits ? Math.ceil(frame.bottom - credits.top) + 8 : 10;
    const room = {
      autoPanPaddingTopLeft: L.point(left, 10),
      autoPanPaddingBottomRight: L.point(10, bottom),
      maxWidth: Math.max(160, Math.min(320, frame.width - left - 10 - 42)),
      maxHeight: Math.max(120, frame.height - 10 - bottom - 60),
    };
    for (const marker of markers) {
      const popup = marker.getPopup();
      if (popup) Object.assign(popup.options, room);
    }
  };
  fit();
  map.on('resize', fit);
}
