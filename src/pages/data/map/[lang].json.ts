/**
 * /data/map/<lang>.json: the places and practices the map of one language
 * shows (src/map/map-data.ts describes the shape).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang } from '../../../i18n/languages.ts';
import { languagePaths } from '../../../site/languages.ts';
import { buildMapData } from '../../../map/build-map-data.ts';
import { naturalEarthCentroids } from '../../../map/natural-earth.ts';
import { getCatalogue } from '../../../site/catalogue-data.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`Unknown language "${params.lang}" for the map data.`);
  const catalogue = await getCatalogue();
  return new Response(JSON.stringify(buildMapData(catalogue, params.lang, naturalEarthCentroids())), {
    headers: { 'Content-Type': 'application/json' },
  });
};
