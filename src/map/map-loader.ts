/**
 * What the map page's script imports once it runs: the map module with
 * Leaflet (about 160 KB). The page itself loads only a small script, so the
 * map's code does not hold back its first paint (Lighthouse, mobile: FCP
 * 2.0 -> 1.2 s; docs/performance.md). Astro still links the styles imported
 * here from the page's head, before the map needs them.
 */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';

export { startMap } from './map-page.ts';
