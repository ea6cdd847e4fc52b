/**
 * The one inline script of every page, run in <head> before the first
 * paint: it tells the CSS that JavaScript runs (the catalogue's search box,
 * facets and sort, and the map's frame, get their place at once) and
 * whether the URL carries a search (the catalogue's full list would be the
 * wrong content: a loading state shows instead). If the catalogue's script
 * never starts (blocked, failed), the marks go at the load event and the
 * page reads as without JavaScript.
 * Inline because an extra request would come after the first paint; the
 * Content-Security-Policy allows it by its hash (src/integrations/site-config.ts).
 */
import { createHash } from 'node:crypto';

export const FIRST_PAINT_SCRIPT =
  "(function(){var d=document.documentElement;d.setAttribute('data-search-js','');" +
  "if(/^\\?./.test(location.search))d.setAttribute('data-search-pending','');" +
  "addEventListener('load',function(){if(document.querySelector('[data-catalogue-search]:not([data-search-started])')){" +
  "d.removeAttribute('data-search-js');d.removeAttribute('data-search-pending')}})})();";

/** The script's hash as Astro's CSP configuration takes it (sha256-…, Astro adds the quotes). */
export function firstPaintScriptHash(): string {
  return `sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}`;
}
