// @ts-check
/**
 * The bare Astro site `npm run bench` compares our build with: the same
 * bodies as a plain content collection, one page each, nothing else. The
 * bodies folder, their format (mdx or md), the output and cache folders
 * come from the environment (bench/lib/baseline.ts sets them).
 */
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR ?? './dist',
  cacheDir: process.env.BARE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
