/**
 * Every HTML page of a build carries the build's version in a meta element,
 * added after the pages are written. The service worker reads it from pages
 * that come from the network, to know whether the server still has the
 * version it holds; the page scripts read it to compare with the worker's.
 */
export const BUILD_META_NAME = 'atlas-build';

export function buildMarker(version: string): string {
  return `<meta name="${BUILD_META_NAME}" content="${version}">`;
}

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;

/** Where the marker goes: right after the charset declaration; undefined when the text holds none. */
export function afterCharset(html: string): number | undefined {
  const charset = CHARSET.exec(html);
  return charset ? charset.index + charset[0].length : undefined;
}

/** Where the marker goes in a whole page: after its charset declaration, else after its <head>. */
export function markerOffset(html: string): number {
  const charset = afterCharset(html);
  if (charset !== undefined) return charset;
  const head = /<head>/i.exec(html);
  if (!head) throw new Error('A page has no <head>: the offline build marker cannot be added.');
  return head.index + head[0].length;
}

/** The page with the marker right after its charset declaration (or its <head>). */
export function insertBuildMarker(html: string, version: string): string {
  const at = markerOffset(html);
  return html.slice(0, at) + buildMarker(version) + html.slice(at);
}

const MARKER = new RegExp(`<meta name="${BUILD_META_NAME}" content="([\\w-]+)">`);

/** The version a page was built as, or undefined for a page without marker. */
export function readBuildMarker(html: string): string | undefined {
  return MARKER.exec(html)?.[1];
}

/** The page as it was before the marker was added, to compare it across builds. */
export function removeBuildMarker(html: string): string {
  return html.replace(MARKER, '');
}
