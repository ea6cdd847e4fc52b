/**
 * The map's credits as text. Leaflet's attribution control writes its
 * texts with innerHTML, and the tile layer's credit comes from site.yaml
 * (untrusted: `<img onerror>`, `javascript:` links and `<style>` would reach
 * the page), so this control builds the same box from text nodes instead.
 */
import * as L from 'leaflet';

export function textAttribution(credits: readonly string[]): L.Control {
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => {
    const box = L.DomUtil.create('div', 'leaflet-control-attribution leaflet-control');
    L.DomEvent.disableClickPropagation(box);
    const leaflet = document.createElement('a');
    leaflet.href = 'https://leafletjs.com';
    leaflet.textContent = 'Leaflet';
    // Strings given to append() become text nodes: nothing in a credit is parsed as markup.
    box.append(leaflet, ' | ', credits.join(', '));
    return box;
  };
  return control;
}
