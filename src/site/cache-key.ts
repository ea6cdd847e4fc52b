/**
 * Page keys for the build's reuse of unchanged pages (page-reuse.ts): a
 * page whose `getStaticPaths()` entry returns the same `cacheKey` as in the
 * last build (and whose code did not change) is linked from the last site
 * instead of rendered. Our pages read the catalogue handed to them in the
 * render process (src/catalogue/pages-catalogue.ts), which Astro does not
 * see, so the key must hash every datum the page shows.
 *
 * A key that misses an input publishes a stale page without any error; a
 * key that is too broad only costs a render. So every key includes the
 * catalogue-wide part below (whatever the layout or any page may show),
 * and each page adds what is its own.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Observation } from '../catalogue/model.ts';
import { livePreview } from '../catalogue/live-preview.ts';

/**
 * JSON with object keys sorted at every level, so that two equal values
 * serialize the same whatever order their keys were written in. Values JSON
 * cannot hold are written so that they still tell values apart.
 */
export function stableSerialize(value: unknown): string {
  // One string grown in place and the chain of objects being written (for
  // cycles): keys of large records (KPI series, bodies) are computed
  // thousands of times a build, and intermediate arrays and joins showed in
  // the profile.
  let out = '';
  const ancestors: object[] = [];
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        out += JSON.stringify(v);
        return;
      case 'number':
        out += Number.isFinite(v) ? String(v) : `#${String(v)}`;
        return;
      case 'boolean':
        out += v ? 'true' : 'false';
        return;
      case 'undefined':
        out += 'undefined';
        return;
      case 'bigint':
        out += `${v}n`;
        return;
      case 'function':
      case 'symbol':
        throw new TypeError(`cannot key a ${typeof v}: pass the data it shows instead`);
    }
    if (v === null) {
      out += 'null';
      return;
    }
    if (v instanceof Date) {
      out += `@${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()}`;
      return;
    }
    if (v instanceof URL) {
      out += `url(${JSON.stringify(v.href)})`;
      return;
    }
    const object = v as object;
    if (ancestors.includes(object)) throw new TypeError('cannot key a value that contains itself');
    ancestors.push(object);
    if (Array.isArray(object)) {
      out += '[';
      for (let i = 0; i < object.length; i++) {
        if (i > 0) out += ',';
        walk(object[i]);
      }
      out += ']';
    } else if (object instanceof Map || object instanceof Set) {
      // Entries in the order of their serialization, whatever the insertion order.
      const items = [...object].map((item) => stableSerialize(item)).sort(compare);
      out += `${object instanceof Map ? 'map' : 'set'}(${items.join(',')})`;
    } else {
      const record = object as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      out += '{';
      let first = true;
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += JSON.stringify(key);
        out += ':';
        walk(item);
      }
      out += '}';
    }
    ancestors.pop();
  };
  walk(value);
  return out;
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

const observationHashes = new WeakMap<readonly Observation[], string>();

/**
 * The digest of KPI rows, memoized per array: one line per row fed to the
 * hash a megabyte at a time, far faster than `recordHash` on the same
 * rows, which matters because the KPI files and city profiles key on every row of the
 * catalogue. Two different rows never give the same line: ids and periods
 * are validated slugs and dates (no separator in them), numbers are in
 * JavaScript's shortest form, free text (source, note) is a JSON string,
 * and an absent one is nothing.
 */
export function observationsHash(rows: readonly Observation[]): string {
  let found = observationHashes.get(rows);
  if (found === undefined) {
    const digest = createHash('sha256');
    let chunk = '';
    for (const o of rows) {
      chunk += `${o.dataset}\u001f${o.city}\u001f${o.indicator}\u001f${o.period}\u001f${o.value}\u001f${o.source === undefined ? '' : JSON.stringify(o.source)}\u001f${o.note === undefined ? '' : JSON.stringify(o.note)}\n`;
      if (chunk.length > 1 << 20) {
        digest.update(chunk);
        chunk = '';
      }
    }
    found = digest.update(chunk).digest('base64url');
    observationHashes.set(rows, found);
  }
  return found;
}

/**
 * Whether pages need cache keys: only the build's page reuse reads them.
 * The live preview renders each request anew, and computing a key reads
 * what the page does not (every body of a practice, every related
 * practice), so its key functions return `NO_KEY` at once.
 */
export function keysWanted(): boolean {
  return livePreview() === undefined;
}

export const NO_KEY = 'live-preview';

/** A page's cache key: the catalogue-wide key and the page's own inputs. */
export function pageCacheKey(catalogue: Catalogue, ...inputs: unknown[]): string {
  return hash(`${catalogueKey(catalogue)}\u0000${stableSerialize(inputs)}`);
}
