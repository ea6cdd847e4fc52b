/**
 * Hands Astro's resolved routes to the page reuse of a build
 * (src/site/page-reuse.ts), which names the file each page writes from
 * them, before any route lists its pages.
 */
import type { AstroIntegration } from 'astro';
import { setRouteFiles, type RouteFiles } from '../site/page-reuse.ts';

export function routeFiles(): AstroIntegration {
  return {
    name: 'practice-atlas:route-files',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        setRouteFiles(new Map<string, RouteFiles>(routes.map((route) => [route.pattern, route])));
      },
    },
  };
}
