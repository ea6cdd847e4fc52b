/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page whose `getStaticPaths()` entry returns the same `cacheKey` as in the
 * last build (and whose modules did not change) is copied from the cache
 * instead of rendered. Our pages read the catalogue preloaded in the build
 * process (src/catalogue/preloaded.ts), which Astro does not see, so the
 * key must hash every datum the page shows.
 *
 * A key that misses an input publishes a stale page without any error; a
 * key that is too broad only costs a render. So every key includes the
 * catalogue-wide part below (whatever the layout or any page may show),
 * and each page adds what is its own.
 */
import { createHash } from 'node:crypto';
import type { Catalogue } from '../catalogue/model.ts';

/**
 * JSON with object keys sorted at every level, so that two equal values
 * serialize the same whatever order their keys were written in. Values JSON
 * cannot hold are written so that they still tell values apart.
 */
export function stableSerialize(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): string => {
    if (v === undefined) return 'undefined';
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : `#${String(v)}`;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`cannot key a ${typeof v}: pass the data it shows instead`);
    if (v instanceof Date) return `@${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}`;
    if (v instanceof URL) return `url(${JSON.stringify(v.href)})`;
    const object = v as object;
    if (seen.has(object)) throw new TypeError('cannot key a value that contains itself');
    seen.add(object);
    let out: string;
    if (Array.isArray(object)) out = `[${object.map(walk).join(',')}]`;
    else if (object instanceof Map) out = `map(${walk([...object.entries()].sort(([a], [b]) => compare(walk(a), walk(b))))})`;
    else if (object instanceof Set) out = `set(${walk([...object].map(walk).sort(compare))})`;
    else {
      const entries = Object.entries(object)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => compare(a, b));
      out = `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${walk(item)}`).join(',')}}`;
    }
    seen.delete(object);
    return out;
  };
  return walk(value);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

const catalogueKeys = new WeakMap<Catalogue, string>();

/**
 * What any page may show beyond its own data: the site settings (name,
 * languages, colours, base path…), every vocabulary's labels, the
 * indicators and the datasets' descriptions (not their rows, which only
 * KPI pages show: those pages key their own rows). Computed once per
 * catalogue object.
 */
export function catalogueKey(catalogue: Catalogue): string {
  let key = catalogueKeys.get(catalogue);
  if (key === undefined) {
    key = hash(
      stableSerialize({
        site: catalogue.site,
        taxonomies: catalogue.taxonomies,
        indicators: catalogue.indicators,
        datasets: catalogue.datasets.map((d) => ({ id: d.id, meta: d.meta, file: d.file })),
      }),
    );
    catalogueKeys.set(catalogue, key);
  }
  return key;
}

const objectHashes = new WeakMap<object, string>();

/**
 * The hash of one record, computed once per object: a practice appears in
 * its three pages, its related practices' pages and its listings, and its
 * bodies are the largest part of the catalogue. Records are never mutated
 * during a build, which is what makes memoizing by identity safe.
 */
export function recordHash(record: object): string {
  let found = objectHashes.get(record);
  if (found === undefined) {
    found = hash(stableSerialize(record));
    objectHashes.set(record, found);
  }
  return found;
}

/** A page's cache key: the catalogue-wide key and the page's own inputs. */
export function pageCacheKey(catalogue: Catalogue, ...inputs: unknown[]): string {
  return hash(`${catalogueKey(catalogue)}\u0000${stableSerialize(inputs)}`);
}
