/**
 * In the shared shard of a build split by language (src/site/shard.ts),
 * the sitemap must still list the pages the language shards render. Their
 * routes noted them as they were left out (src/site/static-paths.ts); once
 * the shard's pages are written, this puts their addresses into the
 * sitemap's `customPages`, as @astrojs/sitemap writes the addresses of the
 * pages it saw (it sorts them all, so the file is the single build's).
 * It must come before the sitemap in the list of integrations.
 */
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { pagesElsewhere } from '../site/static-paths.ts';

export function pagesRenderedElsewhere(customPages: string[]): AstroIntegration {
  const routes = new Map<string, IntegrationResolvedRoute>();
  let root: URL | undefined;
  return {
    name: 'practice-atlas:pages-elsewhere',
    hooks: {
      'astro:routes:resolved': ({ routes: resolved }) => {
        for (const route of resolved) routes.set(route.pattern, route);
      },
      'astro:config:done': ({ config }) => {
        if (config.site) root = new URL(config.base, config.site);
      },
      'astro:build:done': () => {
        if (!root) return;
        for (const { route, params } of pagesElsewhere()) {
          const resolved = routes.get(route);
          if (resolved?.type !== 'page') continue;
          const path = `${root.pathname}${resolved.generate(params).slice(1)}`;
          const url = new URL(path, root).href;
          customPages.push(url.endsWith('/') ? url : `${url}/`);
        }
      },
    },
  };
}
