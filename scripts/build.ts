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
import { inertLine } from '../src/catalogue/report-safety.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { loadSiteConfig, siteConfigSource } from '../src/catalogue/load-site-config.ts';
import { basePathProblem } from '../src/schemas/site.ts';
import { isExactWebUrl } from '../src/schemas/site-values.ts';
import { RENDER_GROUP_ENV } from '../src/site/render-group.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { exitAfterOutput, flushOutput } from './lib/exit-after-output.ts';
import { option } from './lib/args.ts';
import { describeSite, writeOfflineFiles, type DescribedSite } from './lib/offline-files.ts';
import { mergeOutput } from './lib/merge-output.ts';
import type { RenderRequest, RenderResult } from './lib/render-pages.ts';
import { countPracticeFolders, removeStaleWorkDirs, renderPlan, renderProcessCount, renderWorkRoot, type RenderProcess } from './lib/render-plan.ts';
import { fillDataPageSizes } from './lib/data-page-sizes.ts';
import { openSearchIndex, type SearchIndexer, type SearchIndexReport } from './lib/search-index.ts';
import { recoverInterruptedBuilds, removeInBackground, stagingFolder, swapIntoPlace } from './lib/site-swap.ts';

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
  await flushOutput();
  process.exit(1);
}
const baseOverride = option('base', process.env.ATLAS_BASE_PATH ?? '');
const base = baseOverride ? normalizeBase(baseOverride) : settings.basePath;
// An override is written into every page like basePath: the same rule, and the refused value is not repeated.
const baseRefused = basePathProblem(base);
if (baseRefused) {
  console.error(`${say.baseOptionRefused({ option: process.argv.includes('--base') ? '--base' : 'ATLAS_BASE_PATH' })} ${baseRefused.message}\n→ ${baseRefused.suggestion}`);
  process.exit(2);
}
const site = option('site', process.env.ATLAS_SITE_URL ?? settings.url ?? 'http://127.0.0.1:4321');
if (!isExactWebUrl(site)) {
  console.error(say.siteOptionRefused({ option: process.argv.includes('--site') ? '--site' : 'ATLAS_SITE_URL' }));
  process.exit(2);
}
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
removeStaleWorkDirs(renderWorkRoot(projectRoot));
const staging = stagingFolder(outDir);
rmSync(staging, { recursive: true, force: true });
// The child's request and result travel through a private temporary folder (the output's parent may not exist yet).
const exchange = mkdtempSync(join(tmpdir(), 'atlas-build-'));
const resultFile = join(exchange, 'result.json');
// The render processes of this build (scripts/lib/render-plan.ts), known once the content folder is counted.
let plan: RenderProcess[] = [];
const cleanUp = () => {
  rmSync(staging, { recursive: true, force: true });
  rmSync(exchange, { recursive: true, force: true });
  for (const { outDir, workDir } of plan) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  }
};
/** Leaves the last good site as it was and says so. */
async function buildFailed(message: string): Promise<never> {
  cleanUp();
  // An error may quote content (a title, a file name): no line of it may start a CI workflow command.
  console.error(message.split(/\r?\n/).map(inertLine).join('\n'));
  console.error(`\nThe build failed: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  return exitAfterOutput(1);
}
const children = new Set<ReturnType<typeof spawn>>();
/** Resolved once the render process that syncs has synced (or has stopped): the other may then build (render-pages.ts). */
const otherSynced = Promise.withResolvers<void>();
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
    cleanUp();
    process.exit(code);
  });
}

// Reading the content and rendering the pages happen in child processes (scripts/lib/render-pages.ts):
// what they hold (the catalogue, Astro's modules) is freed when they exit, before Pagefind needs as much again.
// On a large catalogue two render at once, each a group of pages (scripts/lib/render-plan.ts).
const cacheRoot = resolve(projectRoot, process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro');
try {
  plan = renderPlan(renderProcessCount(countPracticeFolders(contentDir)), staging, cacheRoot, renderWorkRoot(projectRoot));
} catch (error) {
  await buildFailed(error instanceof Error ? error.message : String(error));
}
const renderStarted = performance.now();
// Only practice pages are searchable (search-index.ts): with two processes, Pagefind reads them as soon as their
// process ends, on the core it leaves free while the other still renders.
let searchIndexing: Promise<SearchIndexer> | undefined;
const outcomes = await renderAll(plan, (done) => {
  if (done.group !== 'practice-pages') return;
  searchIndexing = indexPagesOf(done.outDir);
  searchIndexing.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
});
rmSync(exchange, { recursive: true, force: true });
const refused = outcomes.find((o) => !o.result.ok && o.result.refused);
const failed = outcomes.find((o) => !o.result.ok && !o.result.refused && !o.stoppedBecauseOther);
if (refused && refused.process.reportIssues) {
  cleanUp();
  console.error(`\n${existsSync(outDir) ? say.buildRefusedKept({ outDir }) : say.buildRefused()}`);
  await flushOutput();
  process.exit(1);
}
if (failed && !failed.result.ok && !failed.result.refused) await buildFailed(failed.result.message);
if (refused) await buildFailed(`The ${refused.process.group ?? 'page'} render process refused the content, and the one that reports problems did not: report this, and build again with ATLAS_RENDER_PROCESSES=1.`);
const rendered = outcomes.map((o) => o.result).filter((r): r is Extract<RenderResult, { ok: true }> => r.ok);
if (rendered.length !== plan.length) await buildFailed('A render process stopped without saying why.');
phases.load = Math.max(...rendered.map((r) => r.loadSeconds));
phases.astro = (performance.now() - renderStarted) / 1000 - phases.load;
phaseStart = performance.now();
let searchIndexer: SearchIndexer | undefined;
try {
  searchIndexer = await searchIndexing;
  // What Pagefind still had to read once both processes were done (nothing if the practice pages finished first).
  if (searchIndexer) endPhase('search: reading left');
  for (const other of plan.filter((p) => p.outDir !== staging)) mergeOutput(other.outDir, staging);
} catch (error) {
  await buildFailed(error instanceof Error ? error.message : String(error));
}
if (plan.length > 1) {
  endPhase('merge');
  if (!process.env.CI) {
    const each = outcomes.map((o) => o.result.ok && `${o.process.group}: read ${o.result.loadSeconds.toFixed(1)} s, rendered ${o.result.astroSeconds.toFixed(1)} s`).filter(Boolean);
    console.log(`Rendered in ${plan.length} processes (${each.join('; ')}).`);
  }
}
const counts = rendered[0]!;

interface RenderOutcome {
  process: RenderProcess;
  result: RenderResult;
  /** Stopped by this script because the other process failed: its own result says nothing about the content. */
  stoppedBecauseOther: boolean;
}

async function indexPagesOf(dir: string): Promise<SearchIndexer> {
  const indexer = await openSearchIndex();
  try {
    await indexer.addPagesOf(dir);
    return indexer;
  } catch (error) {
    await indexer.close();
    throw error;
  }
}

/**
 * Runs the plan's processes at once; a process that fails stops the others, whose work would be thrown away.
 * `onRendered` hears of each process that finished its pages.
 */
async function renderAll(processes: RenderProcess[], onRendered: (done: RenderProcess) => void): Promise<RenderOutcome[]> {
  let stopping = false;
  return Promise.all(
    processes.map(async (renderProcess) => {
      const result = await renderInChild(renderProcess);
      if (result.ok && !stopping) onRendered(renderProcess);
      const stoppedBecauseOther = stopping && !result.ok;
      // A silent process that refused the content waits for the one that prints the report.
      if (!result.ok && !stopping && (renderProcess.reportIssues || !result.refused)) {
        stopping = true;
        for (const child of children) child.kill('SIGTERM');
      }
      return { process: renderProcess, result, stoppedBecauseOther };
    }),
  );
}

async function renderInChild(renderProcess: RenderProcess): Promise<RenderResult> {
  const name = renderProcess.group ?? 'all';
  const resultFile = join(exchange, `result-${name}.json`);
  const requestFile = join(exchange, `request-${name}.json`);
  const request: RenderRequest = {
    contentDir,
    projectRoot,
    base,
    site,
    siteFile: configSource.path,
    staging: renderProcess.outDir,
    language: language.lang,
    resultFile,
    workDir: renderProcess.workDir,
    reportIssues: renderProcess.reportIssues,
    sync: plan.length === 1 ? 'sync' : renderProcess.reportIssues ? 'sync-and-signal' : 'wait-for-other',
  };
  writeFileSync(requestFile, JSON.stringify(request));
  rmSync(renderProcess.outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_CACHE_DIR: renderProcess.cacheDir };
  if (renderProcess.group) env[RENDER_GROUP_ENV] = renderProcess.group;
  else delete env[RENDER_GROUP_ENV];
  const script = join(import.meta.dirname, 'lib', 'render-pages.ts');
  const child = spawn(process.execPath, [...process.execArgv, script, requestFile], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
  children.add(child);
  if (request.sync === 'sync-and-signal') {
    child.on('message', (message) => message === 'synced' && otherSynced.resolve());
    child.once('exit', () => otherSynced.resolve());
  }
  if (request.sync === 'wait-for-other') void otherSynced.promise.then(() => child.connected && child.send('go'));
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  children.delete(child);
  rmSync(request.workDir, { recursive: true, force: true });
  if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as RenderResult;
  const what = renderProcess.group ? `the ${renderProcess.group.replace('-', ' ')}` : 'the pages';
  return { ok: false, refused: false, message: `Rendering ${what} stopped (${exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`}) before it finished.` };
}

try {
  // The data pages show the sizes of the files written, generated or copied from the last build (before Pagefind and the offline step read the pages).
  fillDataPageSizes(staging);
  // With one render process Pagefind reads the practice pages now; with two it read them as soon as their process ended.
  const indexer = searchIndexer ?? (await indexPagesOf(staging));
  // Beside Astro's cache (astro.config.mjs): the files each page uses, by content, for the next build.
  // The network configuration read above is the one the pages had (catalogue.site comes from the same file).
  const offlineOptions = { base, site: settings, refsCacheFile: join(cacheRoot, 'practice-atlas', 'offline-refs.json') };
  let search: SearchIndexReport;
  let described: DescribedSite;
  try {
    // Pagefind writes its index in its own process, on one core and a half; meanwhile this one reads the rest of the site for the offline step.
    const writing = indexer.writeInto(staging);
    writing.catch(() => undefined); // awaited below
    described = await describeSite(staging, offlineOptions);
    search = await writing;
  } finally {
    await indexer.close();
  }
  endPhase('search');
  if (!process.env.CI) {
    const counts = Object.entries(search.pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
    console.log(`Search index (pages per language): ${counts.join(', ')}.`);
  }
  // After Pagefind: the worker's version and save lists cover the search index too.
  const offline = await writeOfflineFiles(staging, offlineOptions, described);
  if (!process.env.CI) console.log(`Offline: build ${offline.version}; ${Object.entries(offline.saveLists).map(([lang, l]) => `${lang} ${l.count} files, ${(l.bytes / 1e6).toFixed(1)} MB`).join('; ')}; ${offline.pagesReadFromCache.cached} of ${offline.pagesReadFromCache.pages} pages known from the last build.`);
  endPhase('offline');
} catch (error) {
  await buildFailed(error instanceof Error ? error.message : String(error));
}

// Swap: the old site stays in place until the new one is complete (scripts/lib/site-swap.ts).
let replaced: string | undefined;
try {
  replaced = swapIntoPlace(staging, outDir);
  endPhase('swap');
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : error);
  console.error(`\nThe new site could not be put in place: ${existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written'}.`);
  await flushOutput();
  process.exit(1);
}
if (process.env.ATLAS_BUILD_TIMINGS) writeFileSync(process.env.ATLAS_BUILD_TIMINGS, JSON.stringify(phases));
console.log(`Built ${counts.practices} practices and ${counts.cities} cities into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
// The site is in place and reported; the one it replaced is removed after this process ends.
if (replaced) removeInBackground(replaced);
