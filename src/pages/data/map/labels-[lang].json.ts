/**
 * /data/map/labels-<lang>.json: the basemap's country and place names in
 * one language, with the zoom each shows from (src/map/place-labels.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang } from '../../../i18n/languages.ts';
import { naturalEarthLabels } from '../../../map/natural-earth.ts';
import { keysWanted, NO_KEY, pageCacheKey } from '../../../site/cache-key.ts';
import { staticPaths } from '../../../site/static-paths.ts';

// Made from the language, the code and packages' data alone (the lock file is in the code digest of page-reuse.ts): linked from
// the last build unless those changed; the catalogue-wide part of the key, too broad, is the usual safe side.
export const getStaticPaths = staticPaths((catalogue) =>
  catalogue.site.languages.map((lang) => ({
    params: { lang },
    cacheKey: keysWanted() ? pageCacheKey(catalogue, 'map-labels', lang) : NO_KEY,
  })),
) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`Unknown language "${params.lang}" for the map labels.`);
  return new Response(JSON.stringify(naturalEarthLabels(params.lang)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
