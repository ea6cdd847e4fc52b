/**
 * The map page in the browser: Leaflet over the Natural Earth basemap,
 * clustered markers for cities and countries, filtered by the catalogue's
 * search state in the URL. Everything it loads comes from the site itself:
 * the data files of /data/map/ and, for a text query, Pagefind's index.
 */
import * as L from 'leaflet';
import type {} from 'leaflet.markercluster';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
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
import {
  filterPractices,
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
  count: number;
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
  for (const position of visible.practices) {
    const practice = data.practices[position]!;
    const item = element('li');
    item.append(element('a', { href: urlOf(config.practiceUrl, practice.i), lang: practice.l }, practice.t));
    if (place.k === 'k') item.append(element('span', { class: 'map-popup__note' }, scopeText(config, practice)));
    const role = placeRoleAt(practice, visible.index);
    if (role) item.append(element('span', { class: 'map-popup__note', 'data-place-role': '' }, role));
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

  canvas.hidden = false;
  const map = L.map(canvas, {
    zoomControl: false,
    minZoom: 1,
    maxZoom: config.tiles?.maxZoom ?? 12,
    worldCopyJump: true,
    attributionControl: false,
  });
  L.control.zoom({ zoomInTitle: config.strings.zoomIn, zoomOutTitle: config.strings.zoomOut }).addTo(map);
  // The credits as text (text-attribution.ts): the tile layer's comes from site.yaml and is never given to Leaflet as HTML.
  textAttribution(
    config.tiles ? [config.strings.attribution, config.tiles.attribution] : [config.strings.attribution],
  ).addTo(map);
  if (config.tiles) L.tileLayer(config.tiles.url, { maxZoom: config.tiles.maxZoom }).addTo(map);

  const places = visiblePlaces(data, kept, new Intl.Collator(config.lang).compare);
  const countryMarkers = new Map<string, L.Marker>();
  const countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection;
  const highlighted = new Set(places.filter((p) => p.place.k === 'k').map((p) => p.place.i));
  L.geoJSON(countries, { interactive: false, style: { className: 'map-country', weight: 0.6, fillOpacity: 1 } }).addTo(
    map,
  );
  const withPractices: FeatureCollection = {
    ...countries,
    features: countries.features.filter((f) => highlighted.has(String(f.id))),
  };
  L.geoJSON(withPractices, {
    style: { className: 'map-country map-country--practices', weight: 1, fillOpacity: 1 },
    onEachFeature: (shape, layer) =>
      layer.on('click', () => {
        const marker = countryMarkers.get(String(shape.id));
        if (marker) clusters.zoomToShowLayer(marker, () => marker.openPopup());
      }),
  }).addTo(map);

  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  let ready = false;
  const clusters: L.MarkerClusterGroup = L.markerClusterGroup({
    chunkedLoading: true,
    showCoverageOnHover: false,
    maxClusterRadius: 48,
    iconCreateFunction: (cluster) => {
      const count = cluster
        .getAllChildMarkers()
        .reduce((sum, marker) => sum + (marker.options as PlaceMarkerOptions).count, 0);
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
  const markReady = () => {
    if (ready) return;
    ready = true;
    canvas.dataset.ready = 'true';
  };
  map.addLayer(clusters);

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
      count,
    } as PlaceMarkerOptions);
    marker.bindPopup(() => popupContent(config, data, visible), { maxWidth: 320, className: 'map-popup-frame' });
    if (place.k === 'k') countryMarkers.set(place.i, marker);
    return marker;
  });

  // A cluster opened from the keyboard zooms in and disappears: focus goes to the icon nearest its place.
  let refocusAt: L.LatLng | undefined;
  clusters.on('clusterclick clusterkeypress', (event) => {
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
  clusters.on('animationend spiderfied', refocus);

  map.on('popupopen', (event) => {
    const popup = event.popup.getElement();
    popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', config.strings.close);
    popup?.querySelector<HTMLElement>('.map-popup a')?.focus({ preventScroll: true });
  });

  if (markers.length > 0) {
    const bounds = L.latLngBounds(markers.map((marker) => marker.getLatLng()));
    map.fitBounds(bounds.pad(0.3), { maxZoom: 6, animate: false });
    clusters.addLayers(markers);
  } else {
    map.setView([20, 0], 1);
    markReady();
  }
}
