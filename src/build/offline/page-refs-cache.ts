/**
 * The files each page uses (offline-lists.ts, usedFiles of
 * referencedPaths), remembered from one build to the next by the page's
 * content hash. Finding them means decoding a page and running three
 * regular expressions over it: most of the offline step's time. A rebuild after one
 * practice changes meets the same content for nearly every page, and
 * reads the answer here instead.
 *
 * Safe by construction: the key is the content itself (its hash), the
 * base path, and the source of the code that decides (offline-lists.ts and
 * the file kinds of src/offline/site-files.ts), so a change to that code
 * starts an empty cache. Only the pages of the last build are written back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileHash } from './file-hash.ts';
import type { PathInterner } from './lists.ts';

const DECIDING_SOURCES = [
  resolve(import.meta.dirname, 'lists.ts'),
  resolve(import.meta.dirname, '../../offline/site-files.ts'),
];

interface Stored {
  key: string;
  /** Every distinct path, once. */
  paths: string[];
  /** Page content hash → indexes into paths. */
  pages: Record<string, number[]>;
}

function keyOf(base: string): string {
  return fileHash(Buffer.from([base, ...DECIDING_SOURCES.map((file) => readFileSync(file, 'utf8'))].join('\0')));
}

export class PageRefsCache {
  readonly #file: string | undefined;
  readonly #key: string;
  readonly #known = new Map<string, readonly string[]>();
  readonly #used = new Map<string, readonly string[]>();

  /** A cache kept in `file` (none when undefined: every page is read). */
  constructor(file: string | undefined, base: string, paths: PathInterner) {
    this.#file = file;
    this.#key = keyOf(base);
    if (!file || !existsSync(file)) return;
    let stored: Stored;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    } catch {
      return; // unreadable (an interrupted write): start empty
    }
    if (stored.key !== this.#key) return;
    const known = paths.internAll(stored.paths);
    for (const [hash, indexes] of Object.entries(stored.pages))
      this.#known.set(
        hash,
        indexes.map((i) => known[i]!),
      );
  }

  /** The files a page of this content uses, computed by `find` when not known. */
  refsOf(hash: string, find: () => readonly string[]): readonly string[] {
    const refs = this.#known.get(hash) ?? find();
    this.#used.set(hash, refs);
    return refs;
  }

  /** How many pages were answered from the previous builds. */
  get hits(): number {
    let hits = 0;
    for (const hash of this.#used.keys()) if (this.#known.has(hash)) hits += 1;
    return hits;
  }

  /** Writes the pages of this build (written beside, then renamed: a crash leaves the old cache or none). */
  save(): void {
    if (!this.#file) return;
    const index = new Map<string, number>();
    const pages: Record<string, number[]> = {};
    for (const [hash, refs] of this.#used) {
      pages[hash] = refs.map((path) => {
        let i = index.get(path);
        if (i === undefined) index.set(path, (i = index.size));
        return i;
      });
    }
    const stored: Stored = { key: this.#key, paths: [...index.keys()], pages };
    mkdirSync(dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, this.#file);
  }
}
