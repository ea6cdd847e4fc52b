/**
 * Which pages this Astro process renders. By default one process renders
 * every page. A build split by language (src/build/shards.ts) gives each
 * render process one shard in ATLAS_SHARD: a published language (every
 * path whose `lang` parameter is that language: its pages, feed and map
 * data) or "shared" (every path without one: the open data and KPI files).
 * Pages without parameters (the root, 404, robots.txt) are rendered in
 * every shard, the same bytes, and the merge keeps one. `inShard` is the
 * only place that decides; routes reach it through staticPaths
 * (static-paths.ts).
 */
import { CONTENT_LANGUAGES, type Lang } from '../i18n/languages.ts';

export type ShardName = 'shared' | Lang;

/** The environment variable that names the shard of a render process. */
export const SHARD_ENV = 'ATLAS_SHARD';

export function isShardName(value: string): value is ShardName {
  return value === 'shared' || (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** The shard of this process; undefined (every page) when none is named or the name is not one. */
export function currentShard(env: NodeJS.ProcessEnv = process.env): ShardName | undefined {
  const named = env[SHARD_ENV];
  return named && isShardName(named) ? named : undefined;
}

/** Whether a page of these parameters belongs to the shard (every page belongs when there is none). */
export function inShard(params: Record<string, string | number | undefined>, shard: ShardName | undefined): boolean {
  if (shard === undefined) return true;
  const lang = params.lang;
  return lang === undefined ? shard === 'shared' : lang === shard;
}
