// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { publishEntryMedia } from './src/integrations/publish-entry-media.ts';
import { readSiteSettings, siteConfig } from './src/integrations/site-config.ts';

/**
 * The site URL and base path come from the network's configuration file
 * (content/site.yaml, or the one `npm run build -- --config` names); the
 * environment overrides them, and chooses the output folder, so that the
 * build script and the tests can each choose without editing a file.
 */
const settings = readSiteSettings(process.cwd());

export default defineConfig({
  site: process.env.ATLAS_SITE_URL ?? settings.url ?? 'http://127.0.0.1:4321',
  base: process.env.ATLAS_BASE_PATH ?? settings.basePath,
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Concurrent builds on one checkout (tests beside a benchmark) each keep their own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx(), publishEntryMedia(), siteConfig()],
});
