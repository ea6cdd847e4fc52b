/**
 * Checked entry folders kept between two readings of the same content: each
 * entry folder's result (fields, issues, warnings; HTML when the reading
 * renders bodies), with the stamp of its files when it was read. The live
 * preview keeps one between starts (no HTML) and the build one between
 * builds (with HTML, beside Astro's cache): a folder whose files have the
 * same stamp is taken from here instead of being read, parsed, validated
 * and rendered again, which is most of reading a large catalogue
 * (docs/performance.md).
 *
 * Only clean results are kept: a folder without an issue or a warning
 * depends on its own files alone, while a folder's problems may name its
 * neighbours and a warning may depend on the day. The whole file is
 * dropped when the code that reads content changes (its key hashes the
 * reading code, the lock file and the options), and any unreadable cache
 * is simply a cold start.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FolderResult } from './load-entries.ts';

type AnyFolder = FolderResult<unknown, unknown>;

/** Folders of source whose code decides what a content file reads as. */
const READING_CODE = ['src/catalogue', 'src/schemas', 'src/i18n'];
/** Modules there that only hand the catalogue over or follow files: changing them keeps the cache. */
const NOT_READING = new Set([
  'src/catalogue/astro-loader.ts',
  'src/catalogue/content-watcher.ts',
  'src/catalogue/live-catalogue.ts',
  'src/catalogue/live-preview.ts',
  'src/catalogue/preloaded.ts',
]);

interface CacheFile {
  key: string;
  folders: [string, { stamp: FolderStamp; result: AnyFolder }][];
}

const describe = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.mode}`;

/** What a folder's stamp is made of: the folder's own description, then each file's name and description. */
export interface FolderStamp {
  folder: string;
  files: [name: string, description: string][];
}

function describePath(path: string): string {
  const stats = lstatSync(path);
  return stats.isSymbolicLink()
    ? `${describe(stats)}>${realpathSync(path)}:${describe(statSync(path))}`
    : describe(stats);
}

/**
 * The stamp of an entry folder as it is now: the folder's inode and
 * modification time (which change when a file is added, removed or
 * renamed in it), and the name, size, modification time and inode of each
 * file (where a link leads, for a link). Undefined when it cannot be read:
 * the folder is then read and its problem reported.
 */
export function folderStamp(folder: string): FolderStamp | undefined {
  try {
    const files = readdirSync(folder)
      .sort()
      .map((name): [string, string] => [name, describePath(join(folder, name))]);
    return { folder: describePath(folder), files };
  } catch {
    return undefined;
  }
}

/**
 * Whether a folder is still as stamped, without listing it: its own
 * description says no file came or went, and each file's says none changed.
 */
export function stillStamped(folder: string, stamp: FolderStamp): boolean {
  try {
    return (
      describePath(folder) === stamp.folder &&
      stamp.files.every(([name, description]) => describePath(join(folder, name)) === description)
    );
  } catch {
    return false;
  }
}

function listSources(root: string, folder: string, into: string[]): void {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) listSources(root, path, into);
    else if (/\.(ts|json|mjs)$/.test(entry.name) && !NOT_READING.has(path)) into.push(path);
  }
}

/** Where this code lives: the project whose reading code the key hashes. */
const CODE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The cache's key: the code that reads content, the dependencies' versions, Node, and how this run reads. */
export function readingKey(options: Record<string, unknown>): string {
  const projectRoot = CODE_ROOT;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ node: process.version, options }));
  const files: string[] = [];
  for (const folder of READING_CODE) listSources(projectRoot, folder, files);
  return hashFiles(hash, projectRoot, [...files.sort(), 'package-lock.json']).digest('hex');
}

/** Feeds each file's name and bytes to `hash` ("absent" for a file that cannot be read), paths from `root`. */
export function hashFiles(hash: Hash, root: string, files: readonly string[]): Hash {
  for (const file of files) {
    hash.update(`\u0000${file}\u0000`);
    try {
      hash.update(readFileSync(resolve(root, file)));
    } catch {
      hash.update('absent');
    }
  }
  return hash;
}

export class FolderCache {
  readonly #file: string;
  readonly #key: string;
  #entries = new Map<string, { stamp: FolderStamp; result: AnyFolder }>();

  /** `file` holds the cache of one content folder read one way; `key` says with which code (readingKey). */
  constructor(file: string, key: string) {
    this.#file = file;
    this.#key = key;
  }

  /** Reads the file; a missing, damaged or outdated cache leaves it empty. */
  load(): void {
    try {
      const read = deserialize(readFileSync(this.#file)) as CacheFile;
      if (read.key === this.#key) this.#entries = new Map(read.folders);
    } catch {
      this.#entries = new Map();
    }
  }

  /** The result kept for `id` (its folder at `path`) if the folder is still as it was when read. */
  get(id: string, path: string): AnyFolder | undefined {
    const found = this.#entries.get(id);
    return found && stillStamped(path, found.stamp) ? found.result : undefined;
  }

  /**
   * Keeps a result to be saved, if it is clean (see the module's comment),
   * with the stamp its folder had before it was read: a file saved while it
   * was read then differs from the stamp, and is read again next time.
   */
  set(id: string, stamp: FolderStamp | undefined, result: AnyFolder): void {
    if (stamp && result.entry && result.issues.length === 0 && !result.warnings?.length)
      this.#entries.set(id, { stamp, result });
    else this.#entries.delete(id);
  }

  /** Keeps only these folders (the others were removed). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.#entries.keys()) if (!ids.has(id)) this.#entries.delete(id);
  }

  /** Writes the file whole, through a temporary name, so that a stopped preview never leaves half a cache. */
  save(): void {
    const data: CacheFile = { key: this.#key, folders: [...this.#entries] };
    mkdirSync(join(this.#file, '..'), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(data));
    renameSync(temporary, this.#file);
  }
}
