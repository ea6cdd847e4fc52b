/**
 * What a built site weighs: pages, bytes on disk, the search index, a
 * practice page as a visitor downloads it (HTML and the CSS it links,
 * gzipped as a host would serve them), and the JavaScript each page type
 * makes the browser fetch (gzipped).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SiteSize {
  pages: number;
  files: number;
  bytes: number;
  searchIndexBytes: number;
}

function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, statSync(path).size);
  }
}

export function siteSize(siteDir: string): SiteSize {
  const size: SiteSize = { pages: 0, files: 0, bytes: 0, searchIndexBytes: 0 };
  walk(siteDir, (path, bytes) => {
    size.files++;
    size.bytes += bytes;
    if (path.endsWith('.html')) size.pages++;
  });
  if (existsSync(join(siteDir, 'pagefind')))
    walk(join(siteDir, 'pagefind'), (_, bytes) => (size.searchIndexBytes += bytes));
  return size;
}

export const gzippedBytes = (data: Buffer | string): number => gzipSync(data).length;

/** The file of the site that serves a root-relative URL path. */
function fileFor(siteDir: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
}

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  /** Script files the HTML references directly (src or module imports aside). */
  scriptTags: number;
}

/** A page's HTML and linked stylesheets, gzipped, read from the built files. */
export function pageWeight(siteDir: string, urlPath: string): PageWeight {
  const html = readFileSync(fileFor(siteDir, urlPath), 'utf8');
  const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => Boolean(h));
  const cssGzip = sheets.reduce((sum, href) => sum + gzippedBytes(readFileSync(fileFor(siteDir, href))), 0);
  return { url: urlPath, htmlGzip: gzippedBytes(html), cssGzip, scriptTags: (html.match(/<script\b/g) ?? []).length };
}

export interface ScriptLoad {
  url: string;
  files: number;
  gzip: number;
}

/**
 * The JavaScript a page makes the browser fetch until the network is idle
 * (module graph, dynamic imports and workers included), gzipped from the
 * built files. Pagefind's WebAssembly and index files are data, not
 * counted here: the first-search figure counts them.
 */
export async function scriptsLoaded(
  browser: Browser,
  siteUrl: string,
  siteDir: string,
  urlPath: string,
): Promise<ScriptLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.m?js$/.test(path) || request.resourceType() === 'script') fetched.add(path);
    });
    await page.goto(new URL(urlPath.replace(/^\//, ''), siteUrl).href, { waitUntil: 'networkidle' });
    let gzip = 0;
    for (const path of fetched) gzip += gzippedBytes(readFileSync(fileFor(siteDir, path)));
    return { url: urlPath, files: fetched.size, gzip };
  } finally {
    await context.close();
  }
}
