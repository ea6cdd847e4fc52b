/**
 * /data/map/countries.json: the basemap, Natural Earth's 1:110m countries
 * as TopoJSON, ids turned into ISO alpha-2 codes.
 */
import type { APIRoute } from 'astro';
import { naturalEarthBasemap } from '../../../map/natural-earth.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(naturalEarthBasemap()), { headers: { 'Content-Type': 'application/json' } });
