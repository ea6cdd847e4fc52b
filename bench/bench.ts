/**
 * `npm run bench`: the benchmark of issue 7. For each catalogue size it
 * generates a catalogue (or reuses one generated with the same
 * parameters), times `npm run check` and the live preview (`npm run dev`:
 * ready, first practice page, an edit visible), builds the site from scratch, weighs
 * what it wrote and what a browser loads, rebuilds after one practice
 * changes, then builds a bare Astro site over the same bodies (MDX, and
 * Markdown for reference) and prints our figures beside it. A step that
 * fails is reported with its log and the run goes on with what it can
 * still measure. Prints a table and writes the figures to
 * bench-out/bench-results.json (after each size); asserts nothing.
 *
 *   node bench/bench.ts [--sizes 1000,10000] [--cities-per 8] [--rows-per 100] [--query égalité]
 *                         [--skip-baseline] [--reuse-baseline] [--preview-only]
 *
 * --preview-only measures the live preview alone (generation, then
 * `npm run dev` twice): the editor's figures at 10,000 without the builds.
 * --skip-baseline (development only) builds no bare site: the ratios are
 * missing. --reuse-baseline takes the bare site's figures from
 * bench-out/baseline-<N>-<format>.json when they were measured on the same
 * bodies, bare site, machine, Node and Astro; otherwise it measures them.
 *
 * Cities are N / 8 (at least 50) and KPI rows 100 × N, so that N = 10,000
 * gives the 1,000,000 rows. Builds, logs and sites go to .cache/bench/.
 */
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  closeSync,
  fstatSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { option } from '../scripts/lib/args.ts';
import { estimateRoutes, previousRoutes, routeCountKey, type RouteCounts } from './lib/astro-log.ts';
import {
  bareSiteHash,
  baselineFile,
  buildBareAstro,
  prepareBodies,
  reusableBaseline,
  saveBaseline,
  type BodyFormat,
} from './lib/baseline.ts';
import { catalogueShape, changeOnePractice, countBodies, linkTree } from './lib/content.ts';
import { describeMachine, formatMachine, machineIdentity } from './lib/machine.ts';
import { failureTail, runMeasured, type RunResult } from './lib/process.ts';
import {
  durationLine,
  formatFailures,
  formatTable,
  formatVerdicts,
  type BaselineFigures,
  type BuildFigures,
  type Failure,
  type SizeResult,
} from './lib/report.ts';
import { measurePreview } from './lib/preview.ts';
import { measureFirstSearch } from './lib/search-page.ts';
import { pageWeight, scriptsLoaded, siteSize } from './lib/site.ts';
import { pendingRemovals } from '../src/build/site-swap.ts';
import { step, type StepReporter } from './lib/step.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { generateCatalogue, isGeneratedWith } from './generate-catalogue.ts';
import { startServer } from '../scripts/serve.ts';

const argv = process.argv.slice(2);
const sizes = option('sizes', '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const citiesPer = Number(option('cities-per', '8'));
const rowsPer = Number(option('rows-per', '100'));
const query = option('query', 'égalité');
const work = resolve(option('work', '.cache/bench'));
const skipBaseline = argv.includes('--skip-baseline');
const reuseBaseline = argv.includes('--reuse-baseline');
const previewOnly = argv.includes('--preview-only');
// A preview-only run keeps the full run's figures.
const resultsFile = join('bench-out', previewOnly ? 'bench-preview-results.json' : 'bench-results.json');
mkdirSync(work, { recursive: true });
const machine = describeMachine();
// Routes counted by earlier runs make the progress line's estimate.
const routesFile = join('bench-out', 'bench-routes.json');
const routeCounts: RouteCounts = existsSync(routesFile)
  ? (JSON.parse(readFileSync(routesFile, 'utf8')) as RouteCounts)
  : {};

/** A step that failed, with what the report shows of it. */
class StepFailed extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(`${failure.step} failed`);
    this.failure = failure;
  }
}

/** The end of a log, read without loading a log of tens of megabytes. */
function logTail(path: string, bytes = 64 * 1024): string {
  if (!existsSync(path)) return '';
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(bytes, size));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function ensureSuccess(result: RunResult, stepName: string, log: string): RunResult {
  if (result.exitCode !== 0) {
    throw new StepFailed({
      step: stepName,
      exitCode: result.exitCode,
      ...(result.signal ? { signal: result.signal } : {}),
      log: relative(process.cwd(), log),
      tail: failureTail(logTail(log)),
    });
  }
  return result;
}

/** Runs a step of one size; a failure is recorded in its result and the size goes on. */
async function attempt<T>(result: SizeResult, stepName: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    result.failures.push(
      error instanceof StepFailed
        ? error.failure
        : {
            step: stepName,
            tail: failureTail(error instanceof Error ? (error.stack ?? error.message) : String(error)),
          },
    );
    return undefined;
  }
}

/** Our build as an editor runs it (`npm run build`), in a child process with its own Astro cache and Node's default heap. */
async function ourBuild(
  stepName: string,
  content: string,
  out: string,
  cacheDir: string,
  log: string,
  reporter: StepReporter,
): Promise<BuildFigures> {
  const timings = `${log}.phases.json`;
  rmSync(timings, { force: true });
  // Split by language when the catalogue is large enough to gain from it (src/build/render-plan.ts).
  const result = await runMeasured(
    process.execPath,
    [
      'scripts/build.ts',
      '--content',
      content,
      '--out',
      out,
      '--cache-dir',
      cacheDir,
      '--shards',
      'auto',
      '--timings',
      timings,
    ],
    {
      log,
      onLine: (line) => reporter.buildLine(line),
    },
  );
  ensureSuccess(result, stepName, log);
  const phases = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>) : {};
  rmSync(timings, { force: true });
  // The site the build replaced is removed after it exits (site-swap.ts): waited for, so the next step has the disk to
  // itself, and shown as a phase after the build's own time.
  const removalStarted = performance.now();
  while (pendingRemovals(out).length > 0) await new Promise((done) => setTimeout(done, 100));
  const removal = (performance.now() - removalStarted) / 1000;
  if (removal > 0.05) phases['old site removed after exit'] = removal;
  return {
    seconds: result.seconds,
    peakBytes: result.peakBytes,
    load: result.load,
    phases,
    ...(reporter.routes() > 0 ? { routes: reporter.routes() } : {}),
  };
}

/** A practice, a city and an indicator of the built site, for the page-type measurements. */
function samplePaths(site: string): Record<string, string> {
  const firstDir = (path: string, skip: string[] = []) =>
    readdirSync(join(site, path))
      .filter((d) => !skip.includes(d) && existsSync(join(site, path, d, 'index.html')))
      .sort()[0];
  return {
    home: '/fr/',
    catalogue: '/fr/practices/',
    practice: `/fr/practices/${firstDir('fr/practices', ['page'])}/`,
    city: `/fr/cities/${firstDir('fr/cities')}/`,
    map: '/fr/map/',
    indicator: `/fr/indicators/${firstDir('fr/indicators')}/`,
  };
}

/** The bare site over the same bodies, measured now or (--reuse-baseline) taken from an identical earlier measurement. */
async function bareBaseline(
  result: SizeResult,
  generated: string,
  format: BodyFormat,
): Promise<BaselineFigures | undefined> {
  const { practices } = result;
  const stepName = `bare Astro, ${format}`;
  return attempt(result, stepName, async () => {
    const bodies = join(work, `bare-bodies-${practices}-${format}`);
    const prepared = prepareBodies(generated, bodies, format);
    const identity = { bodies: prepared.hash, format, machine: machineIdentity(machine), site: bareSiteHash() };
    const file = baselineFile(practices, format);
    const reused = reuseBaseline ? reusableBaseline(file, identity) : undefined;
    if (reused) {
      process.stderr.write(`N = ${practices} · ${stepName}: reused, measured ${reused.date} (${file})\n`);
      return {
        seconds: reused.seconds,
        peakBytes: reused.peakBytes,
        pages: reused.pages,
        load: reused.load,
        reusedFrom: reused.date,
      };
    }
    const out = join(work, `bare-site-${practices}-${format}`);
    const log = join(work, `bare-${format}-${practices}.log`);
    const run = await step(
      `N = ${practices} · ${stepName} (${prepared.count} bodies)`,
      (reporter) => {
        reporter.expect(prepared.count, false);
        return buildBareAstro({
          bodiesDir: bodies,
          format,
          outDir: out,
          cacheDir: join(work, `bare-astro-cache-${practices}-${format}`),
          log,
          onLine: (line) => reporter.buildLine(line),
        });
      },
      { stage: 'starting Astro', source: 'astro', failed: (r) => r.exitCode !== 0 },
    );
    ensureSuccess(run, stepName, log);
    const pages = siteSize(out).pages;
    saveBaseline(file, {
      date: new Date().toISOString(),
      identity,
      seconds: run.seconds,
      peakBytes: run.peakBytes,
      pages,
      load: run.load,
    });
    return { seconds: run.seconds, peakBytes: run.peakBytes, pages, load: run.load };
  });
}

/**
 * `npm run check` on the working copy, timed on its second run: the first
 * reads catalogue files that may not have been read for hours (a cold disk
 * cache made it 4–7 × slower in session 8), while an editor checks files
 * just written.
 */
async function measureCheck(result: SizeResult, content: string): Promise<void> {
  const { practices } = result;
  const checkLog = join(work, `check-${practices}.log`);
  const check = await attempt(result, 'npm run check', async () => {
    await step(`N = ${practices} · npm run check, first run (disk cache warmed)`, () =>
      runMeasured(process.execPath, ['scripts/check.ts', '--content', content], { log: checkLog }),
    );
    return ensureSuccess(
      await step(
        `N = ${practices} · npm run check`,
        () => runMeasured(process.execPath, ['scripts/check.ts', '--content', content], { log: checkLog }),
        { failed: (r) => r.exitCode !== 0 },
      ),
      'npm run check',
      checkLog,
    );
  });
  if (check) result.check = { seconds: check.seconds, peakBytes: check.peakBytes, load: check.load };
}

/** The editor's live preview (issue 20): started twice, so that the figures are a warm start's (Vite's, Astro's and the preview's caches made). */
async function measurePreviewTwice(result: SizeResult, content: string): Promise<void> {
  const { practices } = result;
  await attempt(result, 'npm run dev', async () => {
    await step(`N = ${practices} · npm run dev, first start`, () =>
      measurePreview(content, join(work, `dev-cold-${practices}.log`)),
    );
    result.preview = await step(`N = ${practices} · npm run dev: ready, first practice page, edit visible`, () =>
      measurePreview(content, join(work, `dev-${practices}.log`), { untilComplete: true }),
    );
  });
}

async function benchSize(practices: number): Promise<SizeResult> {
  const cities = Math.max(50, Math.round(practices / citiesPer));
  const observations = practices * rowsPer;
  const result: SizeResult = { practices, cities, observations, failures: [] };
  const generated = join('bench-out', `catalogue-${practices}`);
  const generate = { practices, cities, observations, out: generated };
  const label = `N = ${practices}`;
  if (!isGeneratedWith(generate)) {
    const ok = await attempt(result, 'generating the catalogue', () =>
      step(`${label} · generating the catalogue`, async () => generateCatalogue(generate), { live: false }),
    );
    if (!ok) return result;
  }
  // Builds read a working copy of hard links: the rebuild's edit never reaches bench-out/.
  const content = join(work, `content-${practices}`);
  if (!(await attempt(result, 'preparing the working copy', async () => (linkTree(generated, content), true))))
    return result;

  if (!previewOnly) await measureCheck(result, content);
  await measurePreviewTwice(result, content);
  if (previewOnly) return result;

  const site = join(work, `site-${practices}`);
  const cacheDir = join(work, `astro-${practices}`);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  const shape = catalogueShape(content, { practices, cities, observations });
  const known = previousRoutes(routeCounts, shape);
  const build = await attempt(result, 'our build', () =>
    step(
      `${label} · our build`,
      (reporter) => {
        reporter.expect(known ?? estimateRoutes(shape), true);
        return ourBuild('our build', content, site, cacheDir, join(work, `build-${practices}.log`), reporter);
      },
      { stage: 'loading the catalogue' },
    ),
  );

  if (build) {
    const paths = await attempt(result, 'weighing the site', async () => {
      const size = siteSize(site);
      result.build = { ...build, pages: size.pages };
      result.site = { bytes: size.bytes, files: size.files, searchIndexBytes: size.searchIndexBytes };
      const paths = samplePaths(site);
      result.practicePage = pageWeight(site, paths.practice!);
      return paths;
    });
    if (paths) {
      await attempt(result, 'measuring in Chromium', async () => {
        const { server, url } = await startServer({ dir: site, port: 0 });
        try {
          const browser = await launchChromium();
          try {
            const firstSearch = await step(`${label} · first search in Chromium`, () =>
              measureFirstSearch(browser, url, query),
            );
            result.firstSearch = {
              openBytes: firstSearch.openBytes,
              queryBytes: firstSearch.queryBytes,
              queryRequests: firstSearch.queryRequests,
            };
            const scripts: NonNullable<SizeResult['scripts']> = {};
            await step(`${label} · JavaScript per page type`, async () => {
              for (const [type, path] of Object.entries(paths))
                scripts[type] = await scriptsLoaded(browser, url, site, path);
            });
            result.scripts = scripts;
          } finally {
            await browser.close();
          }
        } finally {
          server.close();
        }
      });
    }

    changeOnePractice(content);
    const rebuild = await attempt(result, 'rebuild after one practice changes', () =>
      step(
        `${label} · rebuild after one practice changes`,
        (reporter) => {
          if (build.routes) reporter.expect(build.routes, false);
          return ourBuild(
            'rebuild after one practice changes',
            content,
            site,
            cacheDir,
            join(work, `rebuild-${practices}.log`),
            reporter,
          );
        },
        { stage: 'loading the catalogue' },
      ),
    );
    if (rebuild) result.rebuild = rebuild;
  }

  result.bodies = countBodies(content);
  if (skipBaseline) result.baselineSkipped = true;
  else {
    // The bodies as generated, without the rebuild's edit of the working copy.
    result.bareMdx = await bareBaseline(result, generated, 'mdx');
    result.bareMd = await bareBaseline(result, generated, 'md');
  }
  return result;
}

function report(results: SizeResult[]): string {
  const failures = formatFailures(results);
  return [
    formatMachine(machine),
    formatTable(results),
    ...(failures ? [`Failed steps:\n\n${failures}`] : []),
    formatVerdicts(results),
  ].join('\n\n');
}

const started = performance.now();
const results: SizeResult[] = [];
const durations: string[] = [];
for (const size of sizes) {
  const sizeStarted = performance.now();
  results.push(await benchSize(size));
  durations.push(durationLine(size, (performance.now() - sizeStarted) / 1000));
  // Written after each size, so that a run stopped at 10,000 keeps its 1,000.
  mkdirSync('bench-out', { recursive: true });
  const last = results.at(-1)!;
  if (last.build?.routes) {
    routeCounts[routeCountKey(last)] = last.build.routes;
    writeFileSync(routesFile, `${JSON.stringify(routeCounts, null, 2)}\n`);
  }
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ date: new Date().toISOString(), machine, skipBaseline, reuseBaseline, previewOnly, results }, null, 2)}\n`,
  );
}
console.log(`\n${report(results)}\n`);
console.log(
  `Run: ${durations.join(', ')}; ${((performance.now() - started) / 60000).toFixed(1)} min in all. Figures also in ${resultsFile}; logs in ${relative(process.cwd(), work)}/.`,
);
console.log('Times are wall-clock; other work on the machine inflates them (see the load averages).');
process.exitCode = results.some((r) => r.failures.length > 0) ? 1 : 0;
