/**
 * Prints the nginx server block for a built site (docs/hosting.md):
 *
 *   node scripts/nginx-config.ts --dir dist --docroot /srv/www --server-name atlas.example.org
 *     [--listen 80] [--base /atlas/] [--config content/site.yaml]
 *
 * The base path is the configuration's basePath unless --base is given;
 * the Content-Security-Policy header is computed from the built pages, so
 * print the block again after each build that changes inline scripts.
 */
import { resolve } from 'node:path';
import type { ContentIssue } from '../src/catalogue/issues.ts';
import { loadSiteConfig, siteConfigSource } from '../src/catalogue/load-site-config.ts';
import { option } from './lib/args.ts';
import { localizedNotFoundLanguages, nginxServerBlock, siteHeaderPolicy } from './lib/nginx-config.ts';

const dir = resolve(option('dir', 'dist'));
const issues: ContentIssue[] = [];
const settings = loadSiteConfig(siteConfigSource(option('config', 'content/site.yaml')), issues);
const base = option('base', settings?.basePath ?? '/');
process.stdout.write(
  nginxServerBlock({
    docroot: option('docroot', '/srv/www'),
    basePath: base.endsWith('/') ? base : `${base}/`,
    listen: option('listen', '80'),
    serverName: option('server-name', settings?.url ? new URL(settings.url).hostname : '_'),
    csp: siteHeaderPolicy(dir),
    languages: localizedNotFoundLanguages(dir),
  }),
);
