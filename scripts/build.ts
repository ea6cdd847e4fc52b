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
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatIssueReport, type ContentIssue } from '../src/catalogue/issues.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { loadSiteConfig, siteConfigSource } from '../src/catalogue/load-site-config.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { option } from './lib/args.ts';
import { writeOfflineFiles } from './lib/offline-files.ts';
import type { RenderRequest, RenderResult } from './lib/render-pages.ts';
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
for (const note of recoverInterruptedBuilds(outDir)) console.log(`Note: ${note}.`);
const staging = stagingFolder(outDir);
rmSync(staging, { recursive: true, force: true });
// The child's request and result travel through a private temporary folder (the output's parent may not exist yet).
const exchange = mkdtempSync(join(tmpdir(), 'atlas-build-'));
const resultFile = join(exchange, 'result.json');
const cleanUp = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(exchange, { recursive: true, force: true });
};
/** Leaves the last good site as it was and says so. */
function buildFailed(message: string): never {
  cleanUp();
  console.error(message);
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  process.exit(1);
}
let child: ReturnType<typeof spawn> | undefined;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(code);
  });
}

// Reading the content and rendering the pages happen in a child process (scripts/lib/render-pages.ts):
// what it holds (the catalogue, Astro's modules) is freed when it exits, before Pagefind needs as much again.
const request: RenderRequest = { contentDir, projectRoot, base, site, siteFile: configSource.path, staging, language: language.lang, resultFile };
const rendered = await renderInChild(request);
if (!rendered.ok && !rendered.refused) buildFailed(rendered.message);
if (!rendered.ok) {
  cleanUp();
  console.error(`\n${existsSync(outDir) ? say.buildRefusedKept({ outDir }) : say.buildRefused()}`);
  process.exit(1);
}
phases.load = rendered.loadSeconds;
phases.astro = rendered.astroSeconds;
phaseStart = performance.now();

async function renderInChild(renderRequest: RenderRequest): Promise<RenderResult> {
  const requestFile = join(exchange, 'request.json');
  writeFileSync(requestFile, JSON.stringify(renderRequest));
  try {
    const script = join(import.meta.dirname, 'lib', 'render-pages.ts');
    child = spawn(process.execPath, [...process.execArgv, script, requestFile], { stdio: 'inherit', env: process.env });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child!.once('exit', (code, signal) => done({ code, signal })));
    child = undefined;
    if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as RenderResult;
    return { ok: false, refused: false, message: `Rendering the pages stopped (${exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`}) before it finished.` };
  } finally {
    rmSync(exchange, { recursive: true, force: true });
  }
}

try {
  const search = await buildSearchIndex(staging);
  endPhase('search');
  if (!process.env.CI) {
    const counts = Object.entries(search.pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
    console.log(`Search index (pages per language): ${counts.join(', ')}.`);
  }
  // After Pagefind: the worker's version and save lists cover the search index too.
  // Beside Astro's cache (astro.config.mjs): the files each page uses, by content, for the next build.
  const refsCacheFile = resolve(projectRoot, process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro', 'practice-atlas', 'offline-refs.json');
  // The network configuration read above is the one the pages had (catalogue.site comes from the same file).
  const offline = await writeOfflineFiles(staging, { base, site: settings, refsCacheFile });
  if (!process.env.CI) console.log(`Offline: build ${offline.version}; ${Object.entries(offline.saveLists).map(([lang, l]) => `${lang} ${l.count} files, ${(l.bytes / 1e6).toFixed(1)} MB`).join('; ')}; ${offline.pagesReadFromCache.cached} of ${offline.pagesReadFromCache.pages} pages known from the last build.`);
  endPhase('offline');
} catch (error) {
  buildFailed(error instanceof Error ? error.message : String(error));
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
console.log(`Built ${rendered.practices} practices and ${rendered.cities} cities into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
