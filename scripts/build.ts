/**
 * `npm run build`: validates the content, builds the site into a temporary
 * folder next to the output, and only then swaps it in. Invalid content,
 * a failed build or an interrupted run never replaces the last good site.
 *
 *   node scripts/build.ts [--content dir] [--out dir] [--base /atlas/] [--site https://…]
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { PRELOADED_CATALOGUE, type PreloadedCatalogue } from '../src/catalogue/preloaded.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { option } from './lib/args.ts';
import { buildSearchIndex } from './lib/search-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const projectRoot = process.cwd();
const contentDir = resolve(contentDirFromEnv(process.argv));
const outDir = resolve(option('out', process.env.ATLAS_OUT_DIR ?? 'dist'));
const base = normalizeBase(option('base', process.env.ATLAS_BASE_PATH ?? '/'));
const site = option('site', process.env.ATLAS_SITE_URL ?? 'http://127.0.0.1:4321');

function normalizeBase(value: string): string {
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

const started = performance.now();
const { catalogue, issues } = loadCatalogue({ contentDir, projectRoot, base });
if (!catalogue) {
  console.error(formatIssueReport(issues));
  console.error(`\nThe content has problems: the site was not built${existsSync(outDir) ? `, and ${outDir} was left as it was` : ''}.`);
  process.exit(1);
}

const staging = join(dirname(outDir), `.atlas-build-${basename(outDir)}-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const cleanUp = () => rmSync(staging, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
process.once('SIGTERM', () => {
  cleanUp();
  process.exit(143);
});

(globalThis as Record<symbol, PreloadedCatalogue>)[PRELOADED_CATALOGUE] = { contentDir, base, catalogue };
process.env.ATLAS_CONTENT_DIR = contentDir;

try {
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir: staging, base, site, logLevel: process.env.CI ? 'warn' : 'info' });
  const search = await buildSearchIndex(staging);
  if (!process.env.CI) {
    const counts = Object.entries(search.pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
    console.log(`Search index (pages per language): ${counts.join(', ')}.`);
  }
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  process.exit(1);
}

// Swap: the old site stays in place until the new one is complete.
const previous = `${staging}-previous`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${catalogue.practices.length} practices and ${catalogue.cities.length} cities into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
