/**
 * Cache Storage is shared by the whole origin: a site under "/" and another
 * under "/atlas/" on the same host must not delete each other's caches. A
 * cache name says whose it is (the base path) and which build it holds.
 */
const PREFIX = 'atlas-offline';

export function cachePrefix(base: string): string {
  return `${PREFIX} ${base} `;
}

export function cacheName(base: string, version: string): string {
  return cachePrefix(base) + version;
}

/** The version a cache of this site holds, or undefined for another site's (or another tool's) cache. */
export function versionOfCache(name: string, base: string): string | undefined {
  const prefix = cachePrefix(base);
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

/** This site's caches of other builds: emptied once a new build is in use. */
export function outdatedCaches(names: readonly string[], base: string, version: string): string[] {
  return names.filter((name) => {
    const held = versionOfCache(name, base);
    return held !== undefined && held !== version;
  });
}
