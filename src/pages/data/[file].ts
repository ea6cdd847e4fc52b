/**
 * /data/<file>: the open-data files (practices, cities, KPI observations,
 * indicators, vocabularies, their JSON Schemas and the licence), listed
 * once in src/publish/data-files.ts. Each is keyed by what it is made from
 * (src/site/data-file-keys.ts), so that the build links it from the last
 * site when that did not change (src/site/page-reuse.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_TYPES, dataFiles, type DataFile } from '../../publish/data-files.ts';
import { publishContext } from '../../publish/site-context.ts';
import { dataFileKey } from '../../site/data-file-keys.ts';
import { staticPaths } from '../../site/static-paths.ts';

export const getStaticPaths = staticPaths((catalogue) => {
  const context = publishContext(catalogue.site);
  const files = dataFiles(catalogue, context);
  return files.map((file) => ({
    params: { file: file.name },
    props: { file },
    cacheKey: dataFileKey(catalogue, context, file),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: DataFile };
  return new Response(file.body(), { headers: { 'Content-Type': CONTENT_TYPES[file.format] } });
};
