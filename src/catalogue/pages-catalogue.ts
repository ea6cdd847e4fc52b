/**
 * The catalogue handed to the pages, in the process that renders them.
 * Whoever read and validated the content hands it over here once: the
 * build's render process (src/build/render-pages.ts), or the content loader
 * when `astro build` runs on its own (astro-loader.ts). Pages read it back
 * through src/site/catalogue-data.ts, never through Astro's data store,
 * which would serialize the whole catalogue (rendered bodies, every KPI
 * row) into a module the build bundles and parses again. It is kept on
 * `globalThis` because the loader runs in Astro's module graph and the
 * pages in Vite's, in one process.
 */
import type { Catalogue } from './model.ts';

const HANDED = Symbol.for('practice-atlas.pages-catalogue');

export interface HandedCatalogue {
  catalogue: Catalogue;
  /**
   * The build fills in the data page's sizes once the files are written
   * (src/build/data-page-sizes.ts); otherwise the page measures them itself.
   */
  sizesFilledByBuild: boolean;
}

export function handToPages(handed: HandedCatalogue): void {
  (globalThis as Record<symbol, HandedCatalogue | undefined>)[HANDED] = handed;
}

export function handedToPages(): HandedCatalogue | undefined {
  return (globalThis as Record<symbol, HandedCatalogue | undefined>)[HANDED];
}
