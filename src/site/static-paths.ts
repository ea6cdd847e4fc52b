/**
 * How every route with parameters lists its pages:
 *
 *   export const getStaticPaths = staticPaths((catalogue) => [...]);
 *
 * The route is given the catalogue (the one pages read: catalogue-data.ts)
 * and Astro's options, and lists all its pages; the pages of other shards
 * are left out here, in one place (shard.ts), never in a route. The shared
 * shard, which writes the sitemap, notes the pages it left out so the
 * sitemap still lists every page (src/integrations/pages-elsewhere.ts).
 * Pages whose key and file are unchanged since the last build are left out
 * too, and noted the same way: the build links their files from the last
 * site (page-reuse.ts).
 */
import type { GetStaticPathsItem, GetStaticPathsOptions } from 'astro';
import type { Catalogue } from '../catalogue/model.ts';
import { getCatalogue } from './catalogue-data.ts';
import { leaveOutReused } from './page-reuse.ts';
import { currentShard, inShard } from './shard.ts';

/** A page another shard renders: its route (Astro's pattern, "/[lang]/practices/[id]") and parameters. */
export interface PageElsewhere {
  route: string;
  params: GetStaticPathsItem['params'];
}

const ELSEWHERE = Symbol.for('practice-atlas.pages-elsewhere');

/** The pages left out of this process's shard so far (shared across Astro's and Vite's module graphs). */
export function pagesElsewhere(): PageElsewhere[] {
  const global = globalThis as Record<symbol, PageElsewhere[] | undefined>;
  return (global[ELSEWHERE] ??= []);
}

export function staticPaths<Path extends GetStaticPathsItem>(
  list: (catalogue: Catalogue, options: GetStaticPathsOptions) => Path[] | Promise<Path[]>,
) {
  return async (options: GetStaticPathsOptions): Promise<Path[]> => {
    const paths = await list(await getCatalogue(), options);
    const shard = currentShard();
    const inThisShard = shard === undefined ? paths : paths.filter((path) => inShard(path.params, shard));
    const elsewhere = pagesElsewhere();
    const route = options.routePattern;
    if (shard === 'shared' && inThisShard.length < paths.length) {
      for (const path of paths) if (!inShard(path.params, shard)) elsewhere.push({ route, params: path.params });
    }
    const { render, reused } = leaveOutReused(route, inThisShard);
    for (const path of reused) elsewhere.push({ route, params: path.params });
    return render;
  };
}
