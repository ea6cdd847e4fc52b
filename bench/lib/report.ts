/**
 * The benchmark's report: a Markdown table with one column per catalogue
 * size and, with two sizes or more, the growth of each figure from the
 * first to the last; the failed steps with the end of their logs; the
 * verdict of each of issue 7's targets at the largest size. What was not
 * measured (a failed build, --skip-baseline) is said, never left as a zero.
 */
import type { PreviewFigures } from './preview.ts';
import { formatDuration } from '../../scripts/lib/progress.ts';

export interface Measured {
  seconds: number;
  peakBytes: number;
  /** One-minute load average when the run started and ended. */
  load?: { start: number; end: number };
}

export interface BuildFigures extends Measured {
  /** Build phases in seconds, as scripts/build.ts records them (--timings). */
  phases: Record<string, number>;
  /** Routes Astro logged as generated (the next run's estimate for its progress line). */
  routes?: number;
}

export interface BaselineFigures extends Measured {
  pages: number;
  /** When the figures come from an earlier run (--reuse-baseline): the date they were measured. */
  reusedFrom?: string;
}

export interface Failure {
  step: string;
  exitCode?: number;
  /** The signal that ended it (SIGKILL from the kernel's out-of-memory killer…). */
  signal?: string;
  log?: string;
  /** The log's last meaningful lines. */
  tail: string[];
}

export interface SizeResult {
  practices: number;
  cities: number;
  observations: number;
  bodies?: number;
  check?: Measured;
  build?: BuildFigures & { pages: number };
  rebuild?: BuildFigures;
  site?: { bytes: number; files: number; searchIndexBytes: number };
  practicePage?: { url: string; htmlGzip: number; cssGzip: number; scriptTags: number };
  firstSearch?: { openBytes: number; queryBytes: number; queryRequests: number };
  scripts?: Record<string, { url: string; files: number; gzip: number }>;
  /** `npm run dev` (bench/lib/preview.ts). */
  preview?: PreviewFigures;
  bareMdx?: BaselineFigures;
  bareMd?: BaselineFigures;
  /** The bare site was not built (--skip-baseline, development only). */
  baselineSkipped?: boolean;
  failures: Failure[];
}

export const TARGETS = {
  buildRatio: 0.7,
  memoryRatio: 0.7,
  rebuildShare: 0.15,
  checkSeconds: 10,
  practicePageBytes: 25 * 1024,
  firstSearchBytes: 150 * 1024,
  /** Issue 20: the live preview at 10,000 practices, warm. */
  previewFirstPageSeconds: 15,
  previewEditSeconds: 2,
} as const;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 100 * 1024 * 1024 ? 1 : 0)} MB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;
const s = (n: number) => `${n.toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? '✓' : '✗');
const phasesText = (phases: Record<string, number>) =>
  Object.entries(phases)
    .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)}`)
    .join(' · ') + ' s';
const loadText = (m: Measured | undefined) => (m?.load ? `${m.load.start.toFixed(1)} → ${m.load.end.toFixed(1)}` : '—');

/** Why a figure that needs the bare site is missing. */
function noBaseline(r: SizeResult, which: 'bareMdx' | 'bareMd'): string {
  if (r.baselineSkipped) return '— (no baseline: --skip-baseline)';
  return r.failures.some((f) => f.step.startsWith('bare Astro'))
    ? '— (bare build failed)'
    : `— (no ${which === 'bareMdx' ? 'MDX' : 'Markdown'} baseline)`;
}

/** Why a figure of our build is missing. */
const noBuild = (r: SizeResult) => (r.failures.length ? '— (failed, see below)' : '—');

/** "(exit 134)", "(killed by SIGKILL)" or nothing. */
const howItEnded = (f: Failure) =>
  f.signal ? ` (killed by ${f.signal})` : f.exitCode === undefined ? '' : ` (exit ${f.exitCode})`;

interface Row {
  label: string;
  /** The cell; undefined prints "—". */
  cell: (r: SizeResult) => string | undefined;
  /** The number whose growth from the first size to the last is shown. */
  figure?: (r: SizeResult) => number | undefined;
}

const baselineCell = (r: SizeResult, which: 'bareMdx' | 'bareMd') => {
  const b = r[which];
  if (!b) return noBaseline(r, which);
  return `${s(b.seconds)} (${b.pages} pages)${b.reusedFrom ? `, reused: measured ${b.reusedFrom}` : ''}`;
};

function ratioCell(r: SizeResult, ours: number | undefined, theirs: number | undefined, target?: number): string {
  if (ours === undefined) return noBuild(r);
  if (theirs === undefined) return noBaseline(r, 'bareMdx');
  const value = ours / theirs;
  return `${value.toFixed(2)}${target === undefined ? '' : ` ${verdict(value <= target)}`}`;
}

const ROWS: Row[] = [
  {
    label: 'practices · cities · KPI rows',
    cell: (r) => `${r.practices} · ${r.cities} · ${r.observations}`,
    figure: (r) => r.practices,
  },
  {
    label: 'failed steps',
    cell: (r) => (r.failures.length ? r.failures.map((f) => `${f.step}${howItEnded(f)}`).join('; ') : 'none'),
  },
  {
    label: 'bodies rendered (all languages)',
    cell: (r) => (r.bodies === undefined ? undefined : String(r.bodies)),
    figure: (r) => r.bodies,
  },
  {
    label: '`npm run check` (target ≤ 10 s at 10,000 + 1,000,000 rows)',
    cell: (r) =>
      r.check
        ? `${s(r.check.seconds)} ${verdict(r.check.seconds <= TARGETS.checkSeconds)}, ${gb(r.check.peakBytes)}`
        : noBuild(r),
    figure: (r) => r.check?.seconds,
  },
  {
    label: '`npm run dev`: ready · first practice page (target ≤ 15 s at 10,000)',
    cell: (r) =>
      r.preview
        ? `${s(r.preview.readySeconds)} · ${s(r.preview.firstPageSeconds)} ${verdict(r.preview.firstPageSeconds <= TARGETS.previewFirstPageSeconds)}`
        : undefined,
    figure: (r) => r.preview?.firstPageSeconds,
  },
  {
    label: '`npm run dev`: edit visible (target ≤ 2 s) · peak memory',
    cell: (r) =>
      r.preview
        ? `${s(r.preview.editSeconds)} ${verdict(r.preview.editSeconds <= TARGETS.previewEditSeconds)} · ${gb(r.preview.peakBytes)}`
        : undefined,
    figure: (r) => r.preview?.editSeconds,
  },
  { label: 'build: total', cell: (r) => (r.build ? s(r.build.seconds) : noBuild(r)), figure: (r) => r.build?.seconds },
  { label: 'build: phases', cell: (r) => (r.build ? phasesText(r.build.phases) : undefined) },
  {
    label: 'build: pages written · routes generated',
    cell: (r) => (r.build ? `${r.build.pages} · ${r.build.routes ?? '—'}` : undefined),
    figure: (r) => r.build?.pages,
  },
  {
    label: 'build: pages per second',
    cell: (r) => (r.build ? (r.build.pages / r.build.seconds).toFixed(0) : undefined),
    figure: (r) => (r.build ? r.build.pages / r.build.seconds : undefined),
  },
  {
    label: 'build: peak memory (process tree)',
    cell: (r) => (r.build ? gb(r.build.peakBytes) : undefined),
    figure: (r) => r.build?.peakBytes,
  },
  { label: 'bare Astro, MDX: build', cell: (r) => baselineCell(r, 'bareMdx'), figure: (r) => r.bareMdx?.seconds },
  {
    label: 'bare Astro, MDX: peak memory (process tree)',
    cell: (r) => (r.bareMdx ? gb(r.bareMdx.peakBytes) : undefined),
    figure: (r) => r.bareMdx?.peakBytes,
  },
  { label: 'bare Astro, Markdown: build', cell: (r) => baselineCell(r, 'bareMd'), figure: (r) => r.bareMd?.seconds },
  {
    label: 'bare Astro, Markdown: peak memory (process tree)',
    cell: (r) => (r.bareMd ? gb(r.bareMd.peakBytes) : undefined),
    figure: (r) => r.bareMd?.peakBytes,
  },
  {
    label: 'build time ÷ bare MDX (target ≤ 0.7)',
    cell: (r) => ratioCell(r, r.build?.seconds, r.bareMdx?.seconds, TARGETS.buildRatio),
    figure: (r) => (r.build && r.bareMdx ? r.build.seconds / r.bareMdx.seconds : undefined),
  },
  {
    label: 'peak memory ÷ bare MDX (target ≤ 0.7)',
    cell: (r) => ratioCell(r, r.build?.peakBytes, r.bareMdx?.peakBytes, TARGETS.memoryRatio),
    figure: (r) => (r.build && r.bareMdx ? r.build.peakBytes / r.bareMdx.peakBytes : undefined),
  },
  {
    label: 'build time ÷ bare Markdown (reference)',
    cell: (r) => (r.bareMd || !r.build ? ratioCell(r, r.build?.seconds, r.bareMd?.seconds) : noBaseline(r, 'bareMd')),
    figure: (r) => (r.build && r.bareMd ? r.build.seconds / r.bareMd.seconds : undefined),
  },
  {
    label: 'rebuild after one practice changes (target ≤ 15 %)',
    cell: (r) =>
      r.rebuild && r.build
        ? `${s(r.rebuild.seconds)} = ${((r.rebuild.seconds / r.build.seconds) * 100).toFixed(0)} % ${verdict(r.rebuild.seconds <= TARGETS.rebuildShare * r.build.seconds)}`
        : noBuild(r),
    figure: (r) => r.rebuild?.seconds,
  },
  { label: 'rebuild: phases', cell: (r) => (r.rebuild ? phasesText(r.rebuild.phases) : undefined) },
  {
    label: 'rebuild: peak memory (process tree)',
    cell: (r) => (r.rebuild ? gb(r.rebuild.peakBytes) : undefined),
    figure: (r) => r.rebuild?.peakBytes,
  },
  {
    label: 'search index (pagefind/)',
    cell: (r) => (r.site ? mb(r.site.searchIndexBytes) : undefined),
    figure: (r) => r.site?.searchIndexBytes,
  },
  {
    label: 'first search: open catalogue · query (target ≤ 150 KB)',
    cell: (r) =>
      r.firstSearch
        ? `${kb(r.firstSearch.openBytes)} · ${kb(r.firstSearch.queryBytes)} ${verdict(r.firstSearch.queryBytes <= TARGETS.firstSearchBytes)}`
        : undefined,
    figure: (r) => r.firstSearch?.queryBytes,
  },
  {
    label: 'built site',
    cell: (r) => (r.site ? `${mb(r.site.bytes)} in ${r.site.files} files` : undefined),
    figure: (r) => r.site?.bytes,
  },
  {
    label: 'practice page, HTML + CSS gzipped (target ≤ 25 KB)',
    cell: (r) =>
      r.practicePage
        ? `${kb(r.practicePage.htmlGzip + r.practicePage.cssGzip)} ${verdict(r.practicePage.htmlGzip + r.practicePage.cssGzip <= TARGETS.practicePageBytes)}`
        : undefined,
    figure: (r) => (r.practicePage ? r.practicePage.htmlGzip + r.practicePage.cssGzip : undefined),
  },
  ...(['home', 'catalogue', 'practice', 'city', 'map', 'indicator'] as const).map((type): Row => ({
    label: `JavaScript loaded, gzipped: ${type}`,
    cell: (r) => (r.scripts?.[type] ? `${kb(r.scripts[type].gzip)} (${r.scripts[type].files} files)` : undefined),
    figure: (r) => r.scripts?.[type]?.gzip,
  })),
  { label: 'load average (start → end): check', cell: (r) => loadText(r.check) },
  {
    label: 'load average (start → end): build · rebuild',
    cell: (r) => `${loadText(r.build)} · ${loadText(r.rebuild)}`,
  },
  {
    label: 'load average (start → end): bare MDX · bare Markdown',
    cell: (r) => `${loadText(r.bareMdx)} · ${loadText(r.bareMd)}`,
  },
];

const sizeName = (n: number) => n.toLocaleString('en');

/** "×9.8" from the first size's figure to the last's; "—" when either is missing. */
export function growth(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined || !(first > 0)) return '—';
  const ratio = last / first;
  return `×${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(1)}`;
}

export function formatTable(results: readonly SizeResult[]): string {
  const first = results[0];
  const last = results.at(-1);
  const withGrowth = results.length >= 2 && first !== undefined && last !== undefined;
  const header = `| | ${results.map((r) => `N = ${sizeName(r.practices)}`).join(' | ')}${withGrowth ? ` | growth ${sizeName(first.practices)} → ${sizeName(last.practices)}` : ''} |`;
  const rule = `| --- | ${results.map(() => '---:').join(' | ')}${withGrowth ? ' | ---:' : ''} |`;
  const lines = ROWS.map((row) => {
    const cells = results.map((r) => row.cell(r) ?? '—');
    if (withGrowth) cells.push(row.figure ? growth(row.figure(first), row.figure(last)) : '');
    return `| ${row.label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** Each failed step with its log and the log's last lines. */
export function formatFailures(results: readonly SizeResult[]): string {
  const blocks: string[] = [];
  for (const r of results) {
    for (const f of r.failures) {
      blocks.push(
        [
          `N = ${sizeName(r.practices)}, ${f.step} failed${howItEnded(f)}${f.log ? `; log: ${f.log}` : ''}`,
          ...(f.tail.length ? ['```', ...f.tail, '```'] : []),
        ].join('\n'),
      );
    }
  }
  return blocks.join('\n\n');
}

/** The targets of issue 7, judged at the largest size measured (they are set at N = 10,000). */
export function formatVerdicts(results: readonly SizeResult[]): string {
  const r = [...results].sort((a, b) => a.practices - b.practices).at(-1);
  if (!r) return '';
  const at =
    r.practices === 10_000
      ? 'N = 10,000'
      : `N = ${sizeName(r.practices)} (the targets are set at N = 10,000: indicative only)`;
  const missing = (what: string) => `not measured (${what})`;
  const lines: [string, string][] = [
    [
      'build time ≤ 0.7 × bare Astro MDX',
      r.build && r.bareMdx
        ? `${(r.build.seconds / r.bareMdx.seconds).toFixed(2)} ${verdict(r.build.seconds <= TARGETS.buildRatio * r.bareMdx.seconds)}`
        : missing(!r.build ? 'our build failed' : r.baselineSkipped ? '--skip-baseline' : 'no baseline'),
    ],
    [
      'peak memory ≤ 0.7 × bare Astro MDX',
      r.build && r.bareMdx
        ? `${(r.build.peakBytes / r.bareMdx.peakBytes).toFixed(2)} ${verdict(r.build.peakBytes <= TARGETS.memoryRatio * r.bareMdx.peakBytes)}`
        : missing(!r.build ? 'our build failed' : r.baselineSkipped ? '--skip-baseline' : 'no baseline'),
    ],
    [
      'rebuild after one practice ≤ 15 % of a full build',
      r.build && r.rebuild
        ? `${((r.rebuild.seconds / r.build.seconds) * 100).toFixed(0)} % ${verdict(r.rebuild.seconds <= TARGETS.rebuildShare * r.build.seconds)}`
        : missing('a build failed'),
    ],
    [
      '`npm run check` ≤ 10 s',
      r.check
        ? `${s(r.check.seconds)} ${verdict(r.check.seconds <= TARGETS.checkSeconds)}`
        : missing('the check failed'),
    ],
    [
      'practice page ≤ 25 KB gzipped',
      r.practicePage
        ? `${kb(r.practicePage.htmlGzip + r.practicePage.cssGzip)} ${verdict(r.practicePage.htmlGzip + r.practicePage.cssGzip <= TARGETS.practicePageBytes)}`
        : missing('no site'),
    ],
    [
      '`npm run dev` ready with the first practice page ≤ 15 s',
      r.preview
        ? `${s(r.preview.firstPageSeconds)} ${verdict(r.preview.firstPageSeconds <= TARGETS.previewFirstPageSeconds)}`
        : missing('the preview was not measured'),
    ],
    [
      '`npm run dev` edit visible ≤ 2 s',
      r.preview
        ? `${s(r.preview.editSeconds)} ${verdict(r.preview.editSeconds <= TARGETS.previewEditSeconds)}`
        : missing('the preview was not measured'),
    ],
    [
      'first search ≤ 150 KB',
      r.firstSearch
        ? `${kb(r.firstSearch.queryBytes)} ${verdict(r.firstSearch.queryBytes <= TARGETS.firstSearchBytes)}`
        : missing('no site'),
    ],
  ];
  return [`Targets of issues 7 and 20 at ${at}:`, ...lines.map(([target, value]) => `- ${target}: ${value}`)].join(
    '\n',
  );
}

/** "N = 1,000: 11 min 02 s" for the run's summary. */
export const durationLine = (practices: number, seconds: number): string =>
  `N = ${sizeName(practices)}: ${formatDuration(seconds)}`;
