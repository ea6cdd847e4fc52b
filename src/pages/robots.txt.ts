/**
 * /robots.txt: every page may be crawled, and the site map is named by its
 * absolute address, under the base path. A site published under a sub-path
 * (/atlas/) does not own the host's /robots.txt; its own is still written,
 * for a host that maps the sub-path to a site of its own.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths.ts';
import { SITEMAP_INDEX } from '../publish/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(withBase(base, SITEMAP_INDEX), site).href;
  return new Response(
    `User-agent: *\nAllow: ${base}\nDisallow: ${withBase(base, '404.html')}\n\nSitemap: ${sitemap}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
