/**
 * Lighthouse benchmark: serves the built site (dist/, or --dir) as
 * `npm run serve` does (same security headers), and runs Lighthouse in
 * Debian's Chromium on every page type (mobile: Lighthouse's default phone,
 * simulated slow 4G and CPU), printing the four scores per page and what
 * keeps a score below 100. Asserts nothing; the targets are in
 * docs/performance.md.
 *
 *   npm run bench:lighthouse [-- --dir dist --lang fr --only practice,city --desktop --runs 3]
 *
 * With --runs N each page is measured N times and the run with the median
 * performance score is printed, with the spread of the scores: on a shared
 * machine a single run moves by tens of points. Each line also gives the
 * load average and Lighthouse's benchmark index (its measure of the CPU at
 * that moment) so a reader can tell a slow page from a busy machine.
 *
 * Lighthouse (with its Puppeteer and trace engine, ~70 MB) is not a
 * dependency of the project: the benchmark uses $LIGHTHOUSE_CLI (a path to
 * lighthouse/cli/index.js), else the project's node_modules if a developer
 * installed it there, else .cache/lighthouse/, where it installs the pinned
 * version with npm the first time (git-ignored). Chromium: $CHROME_PATH,
 * else /usr/bin/chromium.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium.ts';
import { option } from '../scripts/lib/args.ts';
import { sitePages } from '../scripts/lib/site-pages.ts';
import { startServer } from '../scripts/serve.ts';

/** Lighthouse 13 needs Node 22 for npm itself and its lockfiles trouble npm ci; 12.2 runs on Node 20 and 24. */
const LIGHTHOUSE_VERSION = '12.2.3';
const TOOL_DIR = resolve('.cache/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const dir = resolve(option('dir', 'dist'));
const langs = option('lang', 'fr')
  .split(',')
  .filter((l) => l && l !== 'all');
const kinds = option('only', '').split(',').filter(Boolean);
const desktop = process.argv.includes('--desktop');
const runs = Math.max(1, Number.parseInt(option('runs', '1'), 10) || 1);

function lighthouseCli(): string {
  const candidates = [
    process.env.LIGHTHOUSE_CLI,
    resolve('node_modules/lighthouse/cli/index.js'),
    join(TOOL_DIR, 'node_modules/lighthouse/cli/index.js'),
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  console.log(`Lighthouse ${LIGHTHOUSE_VERSION} is not installed: installing it into ${TOOL_DIR} (git-ignored)…`);
  mkdirSync(TOOL_DIR, { recursive: true });
  if (!existsSync(join(TOOL_DIR, 'package.json')))
    writeFileSync(join(TOOL_DIR, 'package.json'), '{ "private": true }\n');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '-E', `lighthouse@${LIGHTHOUSE_VERSION}`], {
    cwd: TOOL_DIR,
    stdio: 'inherit',
  });
  const installed = join(TOOL_DIR, 'node_modules/lighthouse/cli/index.js');
  if (install.status !== 0 || !existsSync(installed))
    throw new Error(`npm could not install lighthouse@${LIGHTHOUSE_VERSION} into ${TOOL_DIR}`);
  return installed;
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  finalDisplayedUrl: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
  environment?: { benchmarkIndex?: number };
}

interface Row {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number | undefined>;
  metrics: string;
  /** Audits that cost points outside performance, by id. */
  misses: string[];
  /** Lighthouse's CPU benchmark during the run (higher is faster) and the 1-minute load average after it. */
  benchmarkIndex?: number;
  load: number;
}

/** Asynchronous: the site is served by this same process, which must stay free to answer. */
async function run(cli: string, url: string, chromeFlags: string[], out: string): Promise<Report> {
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS, ...chromeFlags].join(' ')}`,
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  try {
    await promisify(execFile)(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH },
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    throw new Error(`Lighthouse failed on ${url}: ${stderr.trim().split('\n').slice(-3).join(' ')}`, { cause: error });
  }
  if (!existsSync(out)) throw new Error(`Lighthouse wrote no report for ${url}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

function summarize(page: string, report: Report): Row {
  const score = (c: string) => {
    const value = report.categories[c]?.score;
    return value === null || value === undefined ? undefined : Math.round(value * 100);
  };
  const misses = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (report.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${c}: ${a.id}`),
  );
  const metric = (id: string) => report.audits[id]?.displayValue?.replace(/\s/g, ' ') ?? '?';
  return {
    page,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    metrics: `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
    misses,
    benchmarkIndex: report.environment?.benchmarkIndex,
    load: loadavg()[0]!,
  };
}

/** The run whose performance score is the median of the runs (the lower middle one for an even count). */
function medianRun(rows: Row[]): Row {
  const sorted = [...rows].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}
const cli = lighthouseCli();
// Lighthouse refuses to audit a page answered with 404 ("unable to reliably load"): the 404 pages are left out.
const pages = sitePages(kinds, langs).filter((p) => p.kind !== 'not-found' && p.kind !== 'root-404');
const { server, url } = await startServer({ dir, port: 0 });
const work = resolve('.cache/lighthouse-reports');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const rows: Row[] = [];
try {
  console.log(
    `Lighthouse ${LIGHTHOUSE_VERSION}, ${desktop ? 'desktop' : 'mobile'} (simulated throttling), Chromium ${CHROMIUM_PATH}, ${pages.length} pages from ${dir}, ${runs} run(s) each (median shown), load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  for (const [index, page] of pages.entries()) {
    const address = new URL(page.path.replace(/^\//, ''), url).href;
    // The root sends a visitor on to a language of the browser: a German-speaking one stays on the chooser.
    const flags = page.contextOptions.locale ? [`--accept-lang=${page.contextOptions.locale}`, '--lang=de'] : [];
    const measured: Row[] = [];
    for (let attempt = 0; attempt < runs; attempt += 1) {
      try {
        const report = await run(cli, address, flags, join(work, `${index}-${attempt}.json`));
        measured.push(summarize(`${page.kind} ${page.path}`, report));
      } catch (error) {
        console.log(`${page.kind} ${page.path}: ${(error as Error).message}`);
      }
    }
    if (measured.length === 0) continue;
    const row = medianRun(measured);
    rows.push(row);
    const s = row.scores;
    const spread = measured.length > 1 ? `  (perf ${measured.map((m) => m.scores.performance ?? '–').join(', ')})` : '';
    console.log(
      `${row.page.padEnd(44)} perf ${String(s.performance ?? '–').padStart(3)}  a11y ${String(s.accessibility ?? '–').padStart(3)}  best ${String(s['best-practices'] ?? '–').padStart(3)}  seo ${String(s.seo ?? '–').padStart(3)}   ${row.metrics}; load ${row.load.toFixed(1)}, benchmark ${row.benchmarkIndex ?? '?'}${spread}`,
    );
    // An audit missed in any run is printed, not only the median run's.
    for (const miss of new Set(measured.flatMap((m) => m.misses))) console.log(`    below 100: ${miss}`);
  }
} finally {
  server.close();
}
const lowest = (c: (typeof CATEGORIES)[number]) =>
  Math.min(...rows.map((r) => r.scores[c] ?? 0).filter((v) => Number.isFinite(v)));
console.log(
  `\nLowest: performance ${lowest('performance')}, accessibility ${lowest('accessibility')}, best practices ${lowest('best-practices')}, SEO ${lowest('seo')} (targets: 95, 100, 100, 100)`,
);
