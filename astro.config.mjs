// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { publishEntryMedia } from './src/integrations/publish-entry-media.ts';
import { readSiteSettings, siteConfig, siteConfigPath } from './src/integrations/site-config.ts';
import { basePathProblem } from './src/schemas/site.ts';
import { sitemapOptions } from './src/publish/sitemap.ts';
import { currentShard } from './src/site/shard.ts';
import { pagesRenderedElsewhere } from './src/integrations/pages-elsewhere.ts';
import { routeFiles } from './src/integrations/route-files.ts';
import { unwatchedPaths } from './src/integrations/dev-watch.ts';
import { previewRequests } from './src/integrations/preview-requests.ts';

/**
 * The site URL and base path come from the network's configuration file
 * (content/site.yaml, or the one `npm run build -- --config` names); the
 * environment overrides them, and chooses the output folder, so that the
 * build script and the tests can each choose without editing a file.
 */
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const settings = readSiteSettings(projectRoot);

const site = process.env.ATLAS_SITE_URL ?? settings.url ?? 'http://127.0.0.1:4321';
const base = process.env.ATLAS_BASE_PATH ?? settings.basePath;
// The override is written into every page like basePath, so it obeys the same rule (scripts/build.ts says why when it does not).
if (basePathProblem(base))
  throw new Error(
    'ATLAS_BASE_PATH is not a base path of safe folder names ("/" or "/atlas/"); see basePath in docs/hosting.md.',
  );

// A build split by language (src/site/shard.ts): the shared shard writes the sitemap, listing the pages the
// language shards render, and the entry media; a language shard writes neither.
const shard = currentShard();
/** @type {string[]} */
const renderedElsewhere = [];
const languages = settings.languages;

export default defineConfig({
  site,
  base,
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Concurrent builds on one checkout (tests beside a benchmark) each keep their own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // astro dev: Vite watches the source and the site file, the content loader the content; generated catalogues, caches and built sites are never watched (src/integrations/dev-watch.ts).
  vite: {
    // astro dev: transforming a page's module starts transforming its imports at once (Vite does so for the browser,
    // not for the server, by default): the first practice page at 10,000 practices compiled in 1 s less CPU and wall.
    environments: { ssr: { dev: { preTransformRequests: true } } },
    server: {
      watch: {
        ignored: [
          unwatchedPaths(
            projectRoot,
            [siteConfigPath(projectRoot)],
            [process.env.ATLAS_CONTENT_DIR ?? `${projectRoot}/content`],
          ),
        ],
      },
    },
  },
  integrations: [
    mdx(),
    siteConfig(),
    previewRequests(),
    // The build keeps unchanged keyed pages out of Astro and links them from the last site (src/site/page-reuse.ts).
    routeFiles(),
    ...(shard !== undefined && shard !== 'shared'
      ? []
      : [
          publishEntryMedia(),
          pagesRenderedElsewhere(renderedElsewhere),
          // sitemap-index.xml: every page with its hreflang alternates (src/publish/sitemap.ts).
          sitemap(
            sitemapOptions(
              { languages, defaultLanguage: settings.defaultLanguage, root: new URL(base, site).href },
              renderedElsewhere,
            ),
          ),
        ]),
  ],
});
