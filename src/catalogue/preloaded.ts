/**
 * The build script validates the catalogue before starting Astro; it leaves
 * the result here so that the content loader, in the same process, does not
 * read and validate every file a second time.
 */
import type { Catalogue } from './model.ts';

export const PRELOADED_CATALOGUE = Symbol.for('practice-atlas.preloaded-catalogue');

export interface PreloadedCatalogue {
  contentDir: string;
  base: string;
  catalogue: Catalogue;
}

export function takePreloaded(contentDir: string, base: string): Catalogue | undefined {
  const preloaded = (globalThis as Record<symbol, PreloadedCatalogue | undefined>)[PRELOADED_CATALOGUE];
  return preloaded && preloaded.contentDir === contentDir && preloaded.base === base ? preloaded.catalogue : undefined;
}
