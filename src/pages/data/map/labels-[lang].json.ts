/**
 * /data/map/labels-<lang>.json: the basemap's country and place names in
 * one language, with the zoom each shows from (src/map/place-labels.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLang } from '../../../i18n/languages.ts';
import { naturalEarthLabels } from '../../../map/natural-earth.ts';
import { languagePaths } from '../../../site/languages.ts';

export const getStaticPaths = languagePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  if (!isLang(params.lang)) throw new Error(`Unknown language "${params.lang}" for the map labels.`);
  return new Response(JSON.stringify(naturalEarthLabels(params.lang)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
