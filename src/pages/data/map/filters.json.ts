/**
 * /data/map/filters.json: for each facet value, the practices that carry
 * it; the map reads it only when the URL filters the catalogue.
 */
import type { APIRoute } from 'astro';
import { buildFilterIndex } from '../../../map/build-map-data.ts';
import { getCatalogue } from '../../../site/catalogue-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildFilterIndex(await getCatalogue())), {
    headers: { 'Content-Type': 'application/json' },
  });
