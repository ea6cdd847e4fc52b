/**
 * The offline part of the build, run after Pagefind over the staging
 * folder: app icons and one web app manifest per language, the build
 * version, a build marker in every page, the list of files to save per
 * language, and the service worker `sw.js` with its configuration.
 * What it decides is in offline-lists.ts (pure); this module reads and
 * writes files.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import sharp from 'sharp';
import { CONTENT_LANGUAGES } from '../../i18n/languages.ts';
import { afterCharset, buildMarker, markerOffset, readBuildMarker } from '../../offline/build-marker.ts';
import { totalOf, type SaveList } from '../../offline/save-list.ts';
import { saveListPath, urlPathOfFile } from '../../offline/site-files.ts';
import { APP_ICONS, backgroundColourOf, manifestPath, webAppManifest, type WebAppSite } from '../../offline/web-app.ts';
import type { WorkerConfig } from '../../offline/worker-config.ts';
import { fileHash } from './file-hash.ts';
import { PageRefsCache } from './page-refs-cache.ts';
import {
  buildVersion,
  PathInterner,
  referencedPaths,
  saveListFiles,
  shellPaths,
  usedFiles,
  verifiedHashes,
  VERSION_LENGTH,
  type BuiltFile,
} from './lists.ts';

export interface OfflineOptions {
  base: string;
  /** The catalogue's site settings: name, and, when the network sets them, colours and logo. */
  site: WebAppSite & { logo?: { source?: string }; favicon?: { source?: string } };
  /** Where the files each page uses are remembered between builds (page-refs-cache.ts); none: every page is read. */
  refsCacheFile?: string;
}

export interface OfflineReport {
  version: string;
  /** Files and bytes to save per language. */
  saveLists: Record<string, { count: number; bytes: number }>;
  shell: { count: number; bytes: number };
  /** Pages whose used files were known from an earlier build, of all pages. */
  pagesReadFromCache: { cached: number; pages: number };
}

const WORKER_SOURCE = resolve(import.meta.dirname, '../../offline/service-worker.ts');

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, root);
    return [relative(root, full).split(sep).join('/')];
  });
}

/**
 * Icons from the network's favicon or logo when it has one, else the site's favicon.svg; the maskable one on
 * the background colour with a safe margin. A network's image also becomes favicon.svg (the browser tab's icon,
 * the path every page links): rasterized by sharp and wrapped, so its own SVG is never served as the icon.
 */
async function writeIcons(siteDir: string, site: OfflineOptions['site']): Promise<void> {
  const own = [site.favicon?.source, site.logo?.source].find((file): file is string => !!file && existsSync(file));
  const source = own ?? [join(siteDir, 'favicon.svg')].find((file) => existsSync(file));
  if (!source)
    throw new Error(
      `No image for the app icons: neither the favicon or logo of site.yaml nor ${join(siteDir, 'favicon.svg')} exists. Add public/favicon.svg or a logo.`,
    );
  if (own) await writeFavicon(siteDir, readFileSync(own));
  const image = readFileSync(source);
  mkdirSync(join(siteDir, 'icons'), { recursive: true });
  for (const icon of APP_ICONS) {
    const target = join(siteDir, icon.path);
    const background = backgroundColourOf(site);
    // Maskable icons are cropped to a circle of 80 % by some launchers: the logo stays inside 60 %.
    const inner = icon.purpose === 'maskable' ? Math.round(icon.size * 0.6) : icon.size;
    const margin = (icon.size - inner) / 2;
    const resized = sharp(image, { density: 600 }).resize(inner, inner, {
      fit: 'contain',
      background: icon.purpose === 'maskable' ? background : { r: 0, g: 0, b: 0, alpha: 0 },
    });
    const framed =
      icon.purpose === 'maskable'
        ? resized
            .extend({
              top: Math.floor(margin),
              bottom: Math.ceil(margin),
              left: Math.floor(margin),
              right: Math.ceil(margin),
              background,
            })
            .flatten({ background })
        : resized;
    await framed.png({ compressionLevel: 9 }).toFile(target);
  }
}

/** favicon.svg from a network's image: a 64-pixel PNG (sharp) inside an SVG of the same size. */
async function writeFavicon(siteDir: string, image: Buffer): Promise<void> {
  const size = 64;
  const png = await sharp(image, { density: 300 })
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><image width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/></svg>\n`;
  writeFileSync(join(siteDir, 'favicon.svg'), svg);
}

function readWhole(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) throw new Error(`A file shrank while it was read (${read} of ${size} bytes).`);
    read += n;
  }
  return bytes;
}

function writeWhole(fd: number, bytes: Buffer, from: number, position: number): void {
  for (let done = from; done < bytes.length;)
    done += writeSync(fd, bytes, done, bytes.length - done, position + done - from);
}

/** Bytes at the start of a page searched for its charset declaration before decoding the whole page. */
const HEAD_BYTES = 4096;

/** Byte offset where a page's marker goes (see insertBuildMarker). */
function markerByteOffset(bytes: Buffer): number {
  // Latin-1 maps each byte to one character, so an offset in the text is an offset in the bytes.
  const inHead = afterCharset(bytes.toString('latin1', 0, Math.min(bytes.length, HEAD_BYTES)));
  if (inHead !== undefined) return inHead;
  const html = bytes.toString('utf8');
  return Buffer.byteLength(html.slice(0, markerOffset(html)));
}

/** A path found in bytes read as Latin-1, as the UTF-8 text it is. */
function fromLatin1(path: string): string {
  return /[\u0080-\uffff]/.test(path) ? Buffer.from(path, 'latin1').toString('utf8') : path;
}

/**
 * The files a page uses, found in its bytes read as Latin-1, which the
 * expressions of referencedPaths allow: no UTF-8 decoding of the page,
 * a large part of the time over French, English and Spanish pages.
 */
function filesUsedBy(bytes: Buffer, base: string, paths: PathInterner): string[] {
  const found = referencedPaths(bytes.toString('latin1'), Buffer.from(base).toString('latin1')).map(fromLatin1);
  return paths.internAll(usedFiles(found));
}

/**
 * Reads a file once: size and hash as built, and for a page the files it
 * uses; then writes into the page, in place, a marker whose version is a
 * placeholder of the same length, filled in once every file is hashed
 * (fillMarker). Writing in place, rather than truncating and rewriting,
 * avoids freeing and reallocating the file's blocks, which dominated the
 * step on this project's disk. A page linked from the last site
 * (src/site/page-reuse.ts) carries that build's marker, which is not part
 * of the page as built, and shares its bytes with the live site: it is
 * written as a new file, never through the link.
 */
function describe(
  siteDir: string,
  file: string,
  base: string,
  refs: PageRefsCache,
  paths: PathInterner,
  placeholder: Buffer,
): BuiltFile & { markerAt?: number } {
  const isPage = file.endsWith('.html');
  const path = join(siteDir, file);
  const fd = openSync(path, isPage ? 'r+' : 'r');
  let replacement: Buffer | undefined;
  try {
    const read = readWhole(fd);
    if (!isPage) return { file, bytes: read.length, hash: fileHash(read) };
    const linked = fstatSync(fd).nlink > 1;
    let at: number;
    try {
      at = markerByteOffset(read);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    const marked = hasMarkerAt(read, at, placeholder.length);
    const bytes = marked ? Buffer.concat([read.subarray(0, at), read.subarray(at + placeholder.length)]) : read;
    const described: BuiltFile & { markerAt?: number } = { file, bytes: bytes.length, hash: fileHash(bytes) };
    described.refs = refs.refsOf(described.hash, () => filesUsedBy(bytes, base, paths));
    if (!linked) {
      writeWhole(fd, placeholder, 0, at);
      if (!marked) writeWhole(fd, bytes, at, at + placeholder.length);
    }
    described.markerAt = at;
    described.bytes += placeholder.length;
    if (linked) replacement = Buffer.concat([bytes.subarray(0, at), placeholder, bytes.subarray(at)]);
    return described;
  } finally {
    closeSync(fd);
    if (replacement) {
      // Unlinked here only: the last site keeps its file as it was.
      rmSync(path);
      writeFileSync(path, replacement);
    }
  }
}

/** Whether a page holds a build marker (of an earlier build) at a byte offset. */
function hasMarkerAt(bytes: Buffer, at: number, length: number): boolean {
  const found = bytes.toString('latin1', at, at + length);
  return found.length === length && readBuildMarker(found) !== undefined && found.startsWith('<meta');
}

/** Puts the build's version in place of the placeholder of a page's marker. */
function fillMarker(path: string, markerAt: number, marker: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeWhole(fd, marker, 0, markerAt);
  } finally {
    closeSync(fd);
  }
}

async function bundleWorker(config: WorkerConfig): Promise<string> {
  const result = await esbuild({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text;
  return `// Practice Atlas offline worker, build ${config.version}. Generated by src/build/offline/files.ts.\nconst ATLAS_OFFLINE=${JSON.stringify(config)};\n${code}`;
}

/** Pagefind's folder: written while the rest of the site is described (build.ts), so described last. */
const SEARCH_INDEX_DIR = 'pagefind';

/** What `describeSite` read of the site, for `writeOfflineFiles` to finish. */
export interface DescribedSite {
  files: (BuiltFile & { markerAt?: number })[];
  paths: PathInterner;
  refs: PageRefsCache;
  placeholder: Buffer;
}

/**
 * The first half of the offline step, which does not need the search
 * index: icons and manifests written, then every file but Pagefind's read
 * once (size, hash, the files a page uses) and each page's marker
 * placeholder written in place. scripts/build.ts runs it while Pagefind
 * writes its index in its own process, on the core Pagefind leaves idle.
 */
export async function describeSite(
  siteDir: string,
  { base, site, refsCacheFile }: OfflineOptions,
): Promise<DescribedSite> {
  const languages = CONTENT_LANGUAGES.filter((lang) => existsSync(join(siteDir, lang, 'index.html')));
  rmSync(join(siteDir, 'sw.js'), { force: true });
  rmSync(join(siteDir, 'offline'), { recursive: true, force: true });

  await writeIcons(siteDir, site);
  for (const lang of languages)
    writeFileSync(join(siteDir, manifestPath(lang)), `${JSON.stringify(webAppManifest(site, lang, base), null, 2)}\n`);

  // Hashes of the files as built, before the marker: the same content gives the same version.
  // One file at a time: what is kept of each is its path, size, hash and the few files it uses.
  const paths = new PathInterner();
  const refs = new PageRefsCache(refsCacheFile, base, paths);
  const placeholder = Buffer.from(buildMarker('0'.repeat(VERSION_LENGTH)));
  const files = readdirSync(siteDir)
    .filter((name) => name !== SEARCH_INDEX_DIR)
    .flatMap((name) => (statSync(join(siteDir, name)).isDirectory() ? listFiles(join(siteDir, name), siteDir) : [name]))
    .map((file) => describe(siteDir, file, base, refs, paths, placeholder));
  return { files, paths, refs, placeholder };
}

/**
 * The offline files: the build's version in every page's marker, the save
 * list of each language and the service worker. `described` is what
 * `describeSite` already read (read now when not given); Pagefind's files
 * are read here, once written.
 */
export async function writeOfflineFiles(
  siteDir: string,
  options: OfflineOptions,
  described?: DescribedSite,
): Promise<OfflineReport> {
  const { base } = options;
  const languages = CONTENT_LANGUAGES.filter((lang) => existsSync(join(siteDir, lang, 'index.html')));
  const { paths, refs, placeholder, files: rest } = described ?? (await describeSite(siteDir, options));
  const searchFiles = listFiles(join(siteDir, SEARCH_INDEX_DIR), siteDir).map((file) =>
    describe(siteDir, file, base, refs, paths, placeholder),
  );
  // In path order, whichever half a file was read in: the save lists do not depend on when it was read.
  const files = [...rest, ...searchFiles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const version = await buildVersion(files);
  const marker = Buffer.from(buildMarker(version));
  for (const f of files) if (f.markerAt !== undefined) fillMarker(join(siteDir, f.file), f.markerAt, marker);

  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const saveLists: OfflineReport['saveLists'] = {};
  mkdirSync(join(siteDir, 'offline'), { recursive: true });
  const lists: BuiltFile[] = [];
  for (const lang of languages) {
    const list: SaveList = { version, lang, files: saveListFiles(files, lang, entry) };
    const path = saveListPath(lang);
    writeFileSync(join(siteDir, path), JSON.stringify(list));
    saveLists[lang] = totalOf(list.files);
    lists.push(describe(siteDir, path, base, refs, paths, placeholder));
  }

  const all = [...files, ...lists];
  const shell = shellPaths(all, languages);
  const config: WorkerConfig = {
    version,
    base,
    languages,
    shell,
    hashes: verifiedHashes(all),
    navigationTimeoutMs: 4000,
    autoUpdateBytes: 2_000_000,
  };
  writeFileSync(join(siteDir, 'sw.js'), await bundleWorker(config));
  const pages = files.filter((f) => f.markerAt !== undefined).length;
  const cached = refs.hits;
  refs.save();
  const sizes = new Map(all.map((f) => [urlPathOfFile(f.file), f.bytes]));
  return {
    version,
    saveLists,
    shell: { count: shell.length, bytes: shell.reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0) },
    pagesReadFromCache: { cached, pages },
  };
}
