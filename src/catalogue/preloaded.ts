/**
 * The build script validates the catalogue before starting Astro; it leaves
 * the result here, in the same process, so that neither the content loader
 * nor the pages read, validate or copy it again.
 *
 * Without it (`astro dev`, `astro build` run directly), the loader reads
 * the content folder and the pages read the content collections, as usual.
 * With it, the collections stay empty and the pages read this object: going
 * through Astro's data store would serialize the whole catalogue (rendered
 * bodies, every KPI row) into a JavaScript module that the build bundles,
 * parses and deserializes again — at 10,000 practices and 1,000,000 rows,
 * hundreds of megabytes and a large share of the build.
 */
import type { Catalogue } from './model.ts';

export const PRELOADED_CATALOGUE = Symbol.for('practice-atlas.preloaded-catalogue');

export interface PreloadedCatalogue {
  contentDir: string;
  base: string;
  catalogue: Catalogue;
  /** Set by the content loader when it matched this catalogue and left the collections empty. */
  servesPages?: boolean;
}

function preloaded(): PreloadedCatalogue | undefined {
  return (globalThis as Record<symbol, PreloadedCatalogue | undefined>)[PRELOADED_CATALOGUE];
}

export function takePreloaded(contentDir: string, base: string): Catalogue | undefined {
  const found = preloaded();
  if (!found || found.contentDir !== contentDir || found.base !== base) return undefined;
  found.servesPages = true;
  return found.catalogue;
}

/** The catalogue the build script loaded, whether or not the content loader has matched it yet. */
export function preloadedCatalogue(): Catalogue | undefined {
  return preloaded()?.catalogue;
}

/** The catalogue the build script loaded for this build, if pages are rendered by it. */
export function preloadedForPages(): Catalogue | undefined {
  const found = preloaded();
  return found?.servesPages ? found.catalogue : undefined;
}
