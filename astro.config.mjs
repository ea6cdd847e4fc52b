// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { publishEntryMedia } from './src/integrations/publish-entry-media.ts';

/**
 * The site URL, base path and output folder come from the environment so
 * that the build script, the tests and a network's hosting can each choose
 * them without editing this file.
 */
export default defineConfig({
  site: process.env.ATLAS_SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.ATLAS_BASE_PATH ?? '/',
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Concurrent builds on one checkout (tests beside a benchmark) each keep their own cache.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx(), publishEntryMedia()],
});
