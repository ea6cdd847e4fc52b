// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { publishEntryMedia } from './src/integrations/publish-entry-media.ts';
import { readSiteSettings, siteConfig } from './src/integrations/site-config.ts';
import { sitemapOptions } from './src/publish/sitemap.ts';

/**
 * The site URL and base path come from the network's configuration file
 * (content/site.yaml, or the one `npm run build -- --config` names); the
 * environment overrides them, and chooses the output folder, so that the
 * build script and the tests can each choose without editing a file.
 */
const settings = readSiteSettings(process.cwd());

const site = process.env.ATLAS_SITE_URL ?? settings.url ?? 'http://127.0.0.1:4321';
const base = process.env.ATLAS_BASE_PATH ?? settings.basePath;

export default defineConfig({
  site,
  base,
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Concurrent builds on one checkout (tests beside a benchmark) each keep their own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() entry gives a cacheKey equal to the last build's (and whose code did
  // not change) are copied from <cacheDir>/dist instead of rendered: src/site/page-keys.ts.
  experimental: { incrementalBuild: true },
  integrations: [
    mdx(),
    publishEntryMedia(),
    siteConfig(),
    // sitemap-index.xml: every page with its hreflang alternates (src/publish/sitemap.ts).
    sitemap(sitemapOptions({ languages: settings.languages, defaultLanguage: settings.defaultLanguage, root: new URL(base, site).href })),
  ],
});
