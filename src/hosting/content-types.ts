/**
 * The content type of every kind of file a build writes, by extension: the
 * one list the nginx and Apache configurations are written from. Hosts'
 * own tables miss some (Debian's /etc/nginx/mime.types has neither
 * `.webmanifest` nor `.csv`), so the configurations name them all.
 * Pagefind's index files (`.pagefind`, `.pf_*`) are bytes the script reads
 * itself: the default type, application/octet-stream, is right for them.
 */
export const SITE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'application/javascript',
  mjs: 'application/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  csv: 'text/csv',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Text types sent with "; charset=utf-8" (every text file the build writes is UTF-8). */
export const UTF8_TEXT_TYPES = [
  'text/html',
  'text/css',
  'text/csv',
  'text/plain',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
];

/** The content type a correctly configured host sends for a file of the site. */
export function contentTypeOf(path: string): string {
  const extension = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (extension && SITE_CONTENT_TYPES[extension]) || DEFAULT_CONTENT_TYPE;
}

/** The extensions of each content type, for configurations that list them by type (nginx's `types`). */
export function extensionsByType(): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(SITE_CONTENT_TYPES))
    byType.set(type, [...(byType.get(type) ?? []), extension]);
  return byType;
}
