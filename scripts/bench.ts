/**
 * `npm run bench`: the benchmark of issue 7. For each catalogue size it
 * generates a catalogue (or reuses one generated with the same
 * parameters), times `npm run check`, builds the site from scratch, weighs
 * what it wrote and what a browser loads, rebuilds after one practice
 * changes, then builds a bare Astro site over the same bodies (MDX, and
 * Markdown for reference) and prints our figures beside it. Prints a table
 * and writes the figures to bench-out/bench-results.json; asserts nothing.
 *
 *   node scripts/bench.ts [--sizes 1000,10000] [--cities-per 8] [--rows-per 100] [--query égalité]
 *
 * Cities are N / 8 (at least 50) and KPI rows 100 × N, so that N = 10,000
 * gives the 1,000,000 rows. Builds, logs and sites go to .cache/bench/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { option } from './lib/args.ts';
import { buildBareAstro, prepareBodies } from './lib/bench-baseline.ts';
import { runMeasured, type RunResult } from './lib/bench-process.ts';
import { formatTable, type SizeResult } from './lib/bench-report.ts';
import { measureFirstSearch } from './lib/bench-search-page.ts';
import { pageWeight, scriptsLoaded, siteSize } from './lib/bench-site.ts';
import { launchChromium } from './lib/chromium.ts';
import { generateCatalogue, isGeneratedWith } from './generate-catalogue.ts';
import { startServer } from './serve.ts';

const sizes = option('sizes', '1000,10000').split(',').map(Number).filter((n) => n > 0);
const citiesPer = Number(option('cities-per', '8'));
const rowsPer = Number(option('rows-per', '100'));
const query = option('query', 'égalité');
const work = resolve(option('work', '.cache/bench'));
const quiet = Boolean(process.env.CI) || !process.stderr.isTTY;
mkdirSync(work, { recursive: true });

/** A running line "N = 1000 · our build … 42 s" while a step runs; silent under CI. */
async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const timer = quiet ? undefined : setInterval(() => process.stderr.write(`\r${label} … ${elapsed()}   `), 1000);
  if (!quiet) process.stderr.write(`${label} …`);
  try {
    return await run();
  } finally {
    clearInterval(timer);
    if (!quiet) process.stderr.write(`\r${label}: ${elapsed()}      \n`);
  }
}

function ensureSuccess(result: RunResult, what: string, log: string): RunResult {
  if (result.exitCode !== 0) throw new Error(`${what} failed (exit ${result.exitCode}); see ${log}`);
  return result;
}

/** Our build as `npm run build` runs it, in a child process with its own Astro cache. */
async function ourBuild(content: string, out: string, cacheDir: string, log: string) {
  const timings = `${log}.phases.json`;
  const result = await runMeasured(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    log,
    env: { ...process.env, ATLAS_CACHE_DIR: cacheDir, ATLAS_BUILD_TIMINGS: timings },
  });
  ensureSuccess(result, `the build of ${content}`, log);
  const phases = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>) : {};
  rmSync(timings, { force: true });
  return { ...result, phases };
}

/** One practice's body edited (a sentence added), the way an editor's change lands; undone by the returned function. */
function changeOnePractice(content: string): () => void {
  const folder = join(content, 'practices', readdirSync(join(content, 'practices')).sort()[0]!);
  const file = join(folder, readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort()[0]!);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nA sentence added to measure a rebuild.\n`);
  return () => writeFileSync(file, original);
}

/** A practice, a city and an indicator of the built site, for the page-type measurements. */
function samplePaths(site: string): Record<string, string> {
  const firstDir = (path: string, skip: string[] = []) => readdirSync(join(site, path)).filter((d) => !skip.includes(d) && existsSync(join(site, path, d, 'index.html'))).sort()[0];
  return {
    home: '/fr/',
    catalogue: '/fr/practices/',
    practice: `/fr/practices/${firstDir('fr/practices', ['page'])}/`,
    city: `/fr/cities/${firstDir('fr/cities')}/`,
    map: '/fr/map/',
    indicator: `/fr/indicators/${firstDir('fr/indicators')}/`,
  };
}

async function benchSize(practices: number): Promise<SizeResult> {
  const cities = Math.max(50, Math.round(practices / citiesPer));
  const observations = practices * rowsPer;
  const content = join('bench-out', `catalogue-${practices}`);
  const generate = { practices, cities, observations, out: content };
  const label = `N = ${practices}`;
  if (!isGeneratedWith(generate)) await step(`${label} · generating the catalogue`, async () => generateCatalogue(generate));

  const checkLog = join(work, `check-${practices}.log`);
  const check = ensureSuccess(await step(`${label} · npm run check`, () => runMeasured(process.execPath, ['scripts/check.ts', '--content', content], { log: checkLog })), 'the check', checkLog);

  const site = join(work, `site-${practices}`);
  const cacheDir = join(work, `astro-${practices}`);
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  const build = await step(`${label} · our build`, () => ourBuild(content, site, cacheDir, join(work, `build-${practices}.log`)));
  const size = siteSize(site);
  const paths = samplePaths(site);

  const { server, url } = await startServer({ dir: site, port: 0 });
  const browser = await launchChromium();
  let firstSearch;
  const scripts: SizeResult['scripts'] = {};
  try {
    firstSearch = await step(`${label} · first search in Chromium`, () => measureFirstSearch(browser, url, query));
    await step(`${label} · JavaScript per page type`, async () => {
      for (const [type, path] of Object.entries(paths)) scripts[type] = await scriptsLoaded(browser, url, site, path);
    });
  } finally {
    await browser.close();
    server.close();
  }

  const undo = changeOnePractice(content);
  let rebuild;
  try {
    rebuild = await step(`${label} · rebuild after one practice changes`, () => ourBuild(content, site, cacheDir, join(work, `rebuild-${practices}.log`)));
  } finally {
    undo();
  }

  const bare = async (format: 'mdx' | 'md') => {
    const bodies = join(work, `bare-bodies-${practices}-${format}`);
    const count = prepareBodies(content, bodies, format);
    const out = join(work, `bare-site-${practices}-${format}`);
    const log = join(work, `bare-${format}-${practices}.log`);
    const result = ensureSuccess(
      await step(`${label} · bare Astro, ${format} (${count} bodies)`, () => buildBareAstro({ bodiesDir: bodies, format, outDir: out, cacheDir: join(work, `bare-astro-cache-${practices}-${format}`), log })),
      `the bare Astro build (${format})`,
      log,
    );
    return { count, seconds: result.seconds, peakBytes: result.peakBytes, pages: siteSize(out).pages };
  };
  const bareMdx = await bare('mdx');
  const bareMd = await bare('md');

  return {
    practices,
    cities,
    observations,
    bodies: bareMdx.count,
    check: { seconds: check.seconds, peakBytes: check.peakBytes },
    build: { seconds: build.seconds, peakBytes: build.peakBytes, pages: size.pages, phases: build.phases },
    rebuild: { seconds: rebuild.seconds, peakBytes: rebuild.peakBytes },
    site: { bytes: size.bytes, files: size.files, searchIndexBytes: size.searchIndexBytes },
    practicePage: pageWeight(site, paths.practice!),
    firstSearch: { openBytes: firstSearch.openBytes, queryBytes: firstSearch.queryBytes, queryRequests: firstSearch.queryRequests },
    scripts,
    bareMdx: { seconds: bareMdx.seconds, peakBytes: bareMdx.peakBytes, pages: bareMdx.pages },
    bareMd: { seconds: bareMd.seconds, peakBytes: bareMd.peakBytes, pages: bareMd.pages },
  };
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.versions.node}, load average ${loadavg()[0]!.toFixed(1)} at the end`;
mkdirSync('bench-out', { recursive: true });
writeFileSync(join('bench-out', 'bench-results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
console.log(`\n${machine}\n`);
console.log(formatTable(results));
console.log('\nFigures also in bench-out/bench-results.json. Times are wall-clock; other work on the machine inflates them.');
