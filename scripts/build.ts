/**
 * `npm run build`: checks the network's configuration (site.yaml), then
 * the content, builds the site into a temporary folder next to the output,
 * and only then swaps it in. A bad configuration, invalid content, a failed
 * build or an interrupted run never replaces the last good site.
 *
 *   node scripts/build.ts [--config site.yaml] [--content dir] [--out dir] [--base /atlas/] [--site https://…]
 *
 * --config defaults to <content>/site.yaml; --base and --site (or
 * ATLAS_BASE_PATH, ATLAS_SITE_URL) override its basePath and url.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssueReport, type ContentIssue } from '../src/catalogue/issues.ts';
import { loadCatalogueInParallel } from '../src/catalogue/load-catalogue.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { loadSiteConfig, siteConfigSource } from '../src/catalogue/load-site-config.ts';
import { PRELOADED_CATALOGUE, releasePreloaded, type PreloadedCatalogue } from '../src/catalogue/preloaded.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { option } from './lib/args.ts';
import { writeOfflineFiles } from './lib/offline-files.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { recoverInterruptedBuilds, stagingFolder, swapIntoPlace } from './lib/site-swap.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Content problems are reported in the editor's language, chosen as by npm run check (--lang, ATLAS_LANG, locale).
const language = chooseMessageLanguage(process.argv.slice(2), process.env);
if (!language.ok) {
  console.error(language.error);
  process.exit(2);
}
setMessageLanguage(language.lang);
const projectRoot = process.cwd();
const contentDir = resolve(contentDirFromEnv(process.argv));
const outDir = resolve(option('out', process.env.ATLAS_OUT_DIR ?? 'dist'));
const configSource = siteConfigSource(option('config', process.env.ATLAS_SITE_CONFIG ?? join(contentDir, 'site.yaml')), projectRoot);

// The configuration first: its errors are reported before any content is read or anything built.
const configIssues: ContentIssue[] = [];
const settings = loadSiteConfig(configSource, configIssues);
if (!settings) {
  console.error(formatIssueReport(configIssues));
  console.error(`\n${existsSync(outDir) ? say.buildConfigRefusedKept({ outDir }) : say.buildConfigRefused()}`);
  process.exit(1);
}
const baseOverride = option('base', process.env.ATLAS_BASE_PATH ?? '');
const base = baseOverride ? normalizeBase(baseOverride) : settings.basePath;
const site = option('site', process.env.ATLAS_SITE_URL ?? settings.url ?? 'http://127.0.0.1:4321');
// astro.config.mjs and the content loader read the same file and values.
process.env.ATLAS_SITE_CONFIG = configSource.path;
process.env.ATLAS_BASE_PATH = base;
process.env.ATLAS_SITE_URL = site;

function normalizeBase(value: string): string {
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

const started = performance.now();
// Seconds per phase, written as JSON to ATLAS_BUILD_TIMINGS when set (npm run bench reads it).
const phases: Record<string, number> = {};
let phaseStart = started;
const endPhase = (name: string) => {
  const now = performance.now();
  phases[name] = (now - phaseStart) / 1000;
  phaseStart = now;
};
// Entry folders are read on worker threads; the records and issues are those of loadCatalogue().
// `let`: the catalogue (1,000,000 KPI rows at 10,000 practices) is let go once Astro has rendered the pages.
let { catalogue, issues } = await loadCatalogueInParallel({ contentDir, projectRoot, base, siteFile: configSource.path });
if (!catalogue) {
  console.error(formatIssueReport(issues));
  console.error(`\n${existsSync(outDir) ? say.buildRefusedKept({ outDir }) : say.buildRefused()}`);
  process.exit(1);
}

endPhase('load');
const built = { practices: catalogue.practices.length, cities: catalogue.cities.length };
const siteSettings = catalogue.site;
for (const note of recoverInterruptedBuilds(outDir)) console.log(`Note: ${note}.`);
const staging = stagingFolder(outDir);
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
  endPhase('astro');
  // Nothing after Astro reads the catalogue: the build lets go of it before Pagefind and the offline step
  // (at 1,000 practices the heap did not shrink: something of Astro's page modules still reaches it).
  releasePreloaded();
  catalogue = undefined;
  const search = await buildSearchIndex(staging);
  endPhase('search');
  if (!process.env.CI) {
    const counts = Object.entries(search.pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
    console.log(`Search index (pages per language): ${counts.join(', ')}.`);
  }
  // After Pagefind: the worker's version and save lists cover the search index too.
  // Beside Astro's cache (astro.config.mjs): the files each page uses, by content, for the next build.
  const refsCacheFile = resolve(projectRoot, process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro', 'practice-atlas', 'offline-refs.json');
  const offline = await writeOfflineFiles(staging, { base, site: siteSettings, refsCacheFile });
  if (!process.env.CI) console.log(`Offline: build ${offline.version}; ${Object.entries(offline.saveLists).map(([lang, l]) => `${lang} ${l.count} files, ${(l.bytes / 1e6).toFixed(1)} MB`).join('; ')}; ${offline.pagesReadFromCache.cached} of ${offline.pagesReadFromCache.pages} pages known from the last build.`);
  endPhase('offline');
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  process.exit(1);
}

// Swap: the old site stays in place until the new one is complete (scripts/lib/site-swap.ts).
try {
  swapIntoPlace(staging, outDir);
  endPhase('swap');
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe new site could not be put in place: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  process.exit(1);
}
if (process.env.ATLAS_BUILD_TIMINGS) writeFileSync(process.env.ATLAS_BUILD_TIMINGS, JSON.stringify(phases));
console.log(`Built ${built.practices} practices and ${built.cities} cities into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
