/**
 * The build's first stage: the network's configuration (site.yaml) read
 * and checked before any content is read, and the values every later stage
 * uses (base path, site address) settled once.
 */
import { join, resolve } from 'node:path';
import type { ContentIssue } from '../catalogue/issues.ts';
import { loadSiteConfig, siteConfigSource } from '../catalogue/load-site-config.ts';
import type { MessageLanguage } from '../catalogue/messages/index.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { ShardName } from '../site/shard.ts';

export interface BuildOptions {
  /** The project (astro.config.mjs, src/, node_modules/). */
  projectRoot: string;
  contentDir: string;
  /** Where the finished site goes; the last good site there is replaced only by a complete one. */
  outDir: string;
  /** The network's configuration; <contentDir>/site.yaml when absent. */
  configFile?: string;
  /** Overrides site.yaml's basePath for this build. */
  base?: string;
  /** Overrides site.yaml's url for this build. */
  site?: string;
  /** The build's cache: Astro's, checked entry folders, reusable pages' manifest (page-reuse.ts), the offline step's. */
  cacheDir: string;
  /** The language of the problems reported. */
  language: MessageLanguage;
  /**
   * One render process (the default, or 1), or the build split by language
   * into shards (docs/sharding.md), rendered this many at once ('auto': one
   * per core from SHARD_FROM_PRACTICES practices on SHARD_FROM_CORES cores, else one process).
   */
  shards?: number | 'auto';
  /** Builds only this shard, into `outDir` (a CI job; another merges the shards). */
  shard?: ShardName;
  /** Merges the shards built in these folders (each a shard's, or holding shards') instead of rendering. */
  mergeFrom?: string[];
  /** Short logs (CI): no summary lines, Astro's warnings only. */
  quiet?: boolean;
}

export interface Configuration {
  settings: SiteSettings;
  /** The configuration file read (the pages read the same one). */
  configFile: string;
  base: string;
  site: string;
}

export type Configured = { ok: true; configuration: Configuration } | { ok: false; issues: ContentIssue[] };

export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

export function configure(options: BuildOptions): Configured {
  const source = siteConfigSource(
    resolve(options.projectRoot, options.configFile ?? join(options.contentDir, 'site.yaml')),
    options.projectRoot,
  );
  const issues: ContentIssue[] = [];
  const settings = loadSiteConfig(source, issues);
  if (!settings) return { ok: false, issues };
  return {
    ok: true,
    configuration: {
      settings,
      configFile: source.path,
      base: options.base ? normalizeBase(options.base) : settings.basePath,
      site: options.site || settings.url || DEFAULT_SITE_URL,
    },
  };
}

/** "atlas", "/atlas" or "atlas/" → "/atlas/"; "" or "/" → "/". */
export function normalizeBase(value: string): string {
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
