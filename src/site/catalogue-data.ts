/**
 * The catalogue as pages see it: the one the build script validated, in
 * the same process (src/catalogue/preloaded.ts); in the live preview, the
 * one the content loader keeps up to date (src/catalogue/live-preview.ts);
 * or else read back from the content collections once per build.
 */
import { getCollection } from 'astro:content';
import type { Catalogue, Taxonomies } from '../catalogue/model.ts';
import { livePreview } from '../catalogue/live-preview.ts';
import { preloadedForPages } from '../catalogue/preloaded.ts';

let cached: Promise<Catalogue> | undefined;

async function read(): Promise<Catalogue> {
  const [practices, cities, taxonomies, indicators, datasets, site] = await Promise.all([
    getCollection('practices'),
    getCollection('cities'),
    getCollection('taxonomies'),
    getCollection('indicators'),
    getCollection('datasets'),
    getCollection('site'),
  ]);
  return {
    site: site[0]!.data,
    practices: practices.map((e) => e.data),
    cities: cities.map((e) => e.data),
    taxonomies: Object.fromEntries(taxonomies.map((e) => [e.data.id, e.data.entries])) as Taxonomies,
    indicators: indicators.map((e) => e.data),
    datasets: datasets.map((e) => e.data),
  };
}

export function getCatalogue(): Promise<Catalogue> {
  const preloaded = preloadedForPages();
  if (preloaded) return Promise.resolve(preloaded);
  const live = livePreview();
  if (live) {
    if (!live.catalogue)
      return Promise.reject(
        new Error('The site file has never been read without a problem; the preview shows its problems.'),
      );
    return Promise.resolve(live.catalogue);
  }
  cached ??= read();
  return cached;
}
