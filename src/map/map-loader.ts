/**
 * What the map page loads once its first paint is done: Leaflet's styles
 * and the map module with Leaflet itself. The page's own script only
 * imports this file, so the ~160 KB of map code and its stylesheet neither
 * hold back the page's first paint nor compete with its HTML and styles
 * (measured with Lighthouse: docs/performance.md).
 */
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';

export { startMap } from './map-page.ts';
