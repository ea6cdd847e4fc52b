import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { reusableBaseline, saveBaseline, type BaselineRecord } from '../../../bench/lib/baseline.ts';
import { failureTail, runMeasured } from '../../../bench/lib/process.ts';
import { formatFailures, formatTable, formatVerdicts, growth, type SizeResult } from '../../../bench/lib/report.ts';

const GB = 1024 ** 3;
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function measured(practices: number, scale: number): SizeResult {
  return {
    practices,
    cities: practices / 8,
    observations: practices * 100,
    bodies: practices * 3,
    check: { seconds: 2 * scale, peakBytes: 0.2 * GB * scale, load: { start: 0.5, end: 1 } },
    build: {
      seconds: 30 * scale,
      peakBytes: 1 * GB * scale,
      pages: 4000 * scale,
      phases: { load: 3 * scale, astro: 20 * scale },
      routes: 5000 * scale,
      load: { start: 1, end: 1.5 },
    },
    rebuild: { seconds: 10 * scale, peakBytes: 1 * GB * scale, phases: { load: 3, astro: 5 } },
    site: { bytes: 100e6 * scale, files: 5000 * scale, searchIndexBytes: 2e6 * scale },
    practicePage: { url: '/fr/practices/a/', htmlGzip: 8000, cssGzip: 2000, scriptTags: 1 },
    firstSearch: { openBytes: 200_000, queryBytes: 50_000, queryRequests: 20 },
    preview: {
      readySeconds: 1 * scale,
      firstPageSeconds: 1.5 * scale,
      editSeconds: 0.15 * scale,
      peakBytes: 0.3 * GB * scale,
      load: { start: 1, end: 1 },
    },
    scripts: { home: { url: '/fr/', files: 1, gzip: 3000 } },
    bareMdx: { seconds: 40 * scale, peakBytes: 1.5 * GB * scale, pages: practices * 3 },
    bareMd: { seconds: 20 * scale, peakBytes: 0.7 * GB * scale, pages: practices * 3 },
    failures: [],
  };
}

const rowOf = (table: string, label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));

describe("the benchmark's table", () => {
  test('one column per size and the growth of each figure from the first size to the last', () => {
    const table = formatTable([measured(1000, 1), measured(10_000, 10)]);
    expect(table.split('\n')[0]).toBe('| | N = 1,000 | N = 10,000 | growth 1,000 → 10,000 |');
    expect(rowOf(table, 'build: total')).toBe('| build: total | 30.0 s | 300.0 s | ×10.0 |');
    expect(rowOf(table, 'build time ÷ bare MDX')).toBe(
      '| build time ÷ bare MDX (target ≤ 0.7) | 0.75 ✗ | 0.75 ✗ | ×1.00 |',
    );
    expect(rowOf(table, '`npm run dev`: ready')).toBe(
      '| `npm run dev`: ready · first practice page (target ≤ 15 s at 10,000) | 1.0 s · 1.5 s ✓ | 10.0 s · 15.0 s ✓ | ×10.0 |',
    );
    expect(rowOf(table, '`npm run dev`: edit')).toBe(
      '| `npm run dev`: edit visible (target ≤ 2 s) · peak memory | 0.1 s ✓ · 0.30 GB | 1.5 s ✓ · 3.00 GB | ×10.0 |',
    );
    expect(rowOf(table, 'rebuild: phases')).toBe(
      '| rebuild: phases | load 3.0 · astro 5.0 s | load 3.0 · astro 5.0 s |  |',
    );
    expect(rowOf(table, 'load average (start → end): build')).toBe(
      '| load average (start → end): build · rebuild | 1.0 → 1.5 · — | 1.0 → 1.5 · — |  |',
    );
  });
  test('a single size has no growth column', () => {
    expect(formatTable([measured(200, 1)]).split('\n')[0]).toBe('| | N = 200 |');
  });
  test('growth is missing where either figure is', () => {
    expect(growth(undefined, 3)).toBe('—');
    expect(growth(0, 3)).toBe('—');
    expect(growth(2, 3)).toBe('×1.50');
  });
  test('a failed build is reported with its log, and the baseline still shows', () => {
    const failed: SizeResult = {
      ...measured(10_000, 10),
      build: undefined,
      rebuild: undefined,
      site: undefined,
      practicePage: undefined,
      firstSearch: undefined,
      scripts: undefined,
    };
    failed.failures.push({
      step: 'our build',
      exitCode: 134,
      log: '.cache/bench/build-10000.log',
      tail: ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'],
    });
    const table = formatTable([measured(1000, 1), failed]);
    expect(rowOf(table, 'failed steps')).toBe('| failed steps | none | our build (exit 134) |  |');
    expect(rowOf(table, 'build: total')).toBe('| build: total | 30.0 s | — (failed, see below) | — |');
    expect(rowOf(table, 'bare Astro, MDX: build')).toBe(
      '| bare Astro, MDX: build | 40.0 s (3000 pages) | 400.0 s (30000 pages) | ×10.0 |',
    );
    expect(rowOf(table, 'peak memory ÷ bare MDX')).toBe(
      '| peak memory ÷ bare MDX (target ≤ 0.7) | 0.67 ✓ | — (failed, see below) | — |',
    );
    expect(formatFailures([failed])).toBe(
      'N = 10,000, our build failed (exit 134); log: .cache/bench/build-10000.log\n```\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n```',
    );
    expect(formatVerdicts([measured(1000, 1), failed])).toContain(
      '- build time ≤ 0.7 × bare Astro MDX: not measured (our build failed)',
    );
    const killed: SizeResult = {
      ...failed,
      failures: [
        { step: 'bare Astro, mdx', exitCode: 1, signal: 'SIGKILL', log: '.cache/bench/bare-mdx-10000.log', tail: [] },
      ],
    };
    expect(rowOf(formatTable([killed]), 'failed steps')).toBe('| failed steps | bare Astro, mdx (killed by SIGKILL) |');
    expect(formatFailures([killed])).toBe(
      'N = 10,000, bare Astro, mdx failed (killed by SIGKILL); log: .cache/bench/bare-mdx-10000.log',
    );
  });
  test('a skipped baseline leaves the ratios missing and says why; a reused one says when it was measured', () => {
    const skipped: SizeResult = { ...measured(200, 1), bareMdx: undefined, bareMd: undefined, baselineSkipped: true };
    const table = formatTable([skipped]);
    expect(rowOf(table, 'bare Astro, MDX: build')).toBe(
      '| bare Astro, MDX: build | — (no baseline: --skip-baseline) |',
    );
    expect(rowOf(table, 'build time ÷ bare MDX')).toBe(
      '| build time ÷ bare MDX (target ≤ 0.7) | — (no baseline: --skip-baseline) |',
    );
    expect(formatVerdicts([skipped])).toContain('not measured (--skip-baseline)');
    const reused = measured(200, 1);
    reused.bareMdx = { ...reused.bareMdx!, reusedFrom: '2026-11-21T08:10:00.000Z' };
    expect(rowOf(formatTable([reused]), 'bare Astro, MDX: build')).toBe(
      '| bare Astro, MDX: build | 40.0 s (600 pages), reused: measured 2026-11-21T08:10:00.000Z |',
    );
  });
  test('verdicts are given at the largest size', () => {
    const verdicts = formatVerdicts([measured(10_000, 10), measured(1000, 1)]);
    expect(verdicts.split('\n')[0]).toBe('Targets of issues 7 and 20 at N = 10,000:');
    expect(verdicts).toContain('- `npm run dev` ready with the first practice page ≤ 15 s: 15.0 s ✓');
    expect(verdicts).toContain('- `npm run dev` edit visible ≤ 2 s: 1.5 s ✓');
    expect(verdicts).toContain('- rebuild after one practice ≤ 15 % of a full build: 33 % ✗');
    expect(verdicts).toContain('- `npm run check` ≤ 10 s: 20.0 s ✗');
    expect(verdicts).toContain('- first search ≤ 150 KB: 48.8 KB ✓');
  });
});

describe('a failed run', () => {
  test("its log's last lines leave out a native stack trace", () => {
    const log = [
      'Search index (pages per language): en 10000, es 10000, fr 10000.',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      '',
      ' 1: 0x931db0  [/work/main/node_modules/node/bin/node]',
      '18: 0x7ef4fe _start [/work/main/node_modules/node/bin/node]',
      '',
    ].join('\n');
    expect(failureTail(log, 2)).toEqual([
      'Search index (pages per language): en 10000, es 10000, fr 10000.',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    ]);
  });
  test('a command is measured with its exit code, its output streamed line by line and logged, the load around it', async () => {
    const lines: string[] = [];
    const log = join(dir, 'child.log');
    const script =
      "process.stdout.write('one\\ntw'); setTimeout(() => { console.log('o'); console.error('three'); process.exit(3); }, 300);";
    const result = await runMeasured(process.execPath, ['-e', script], {
      log,
      sampleMs: 20,
      onLine: (line) => lines.push(line),
    });
    expect(result.exitCode).toBe(3);
    expect(result.peakBytes).toBeGreaterThan(0);
    expect(result.load.start).toBeGreaterThanOrEqual(0);
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
    expect(readFileSync(log, 'utf8')).toContain('three');
    expect(result.signal).toBeUndefined();
    const killed = await runMeasured(process.execPath, ['-e', "process.kill(process.pid, 'SIGKILL')"], { log });
    expect(killed).toMatchObject({ exitCode: 1, signal: 'SIGKILL' });
  });
});

describe('a reused baseline', () => {
  const identity = {
    bodies: 'abc',
    format: 'mdx' as const,
    machine: 'AMD EPYC × 2, 24 GB, Node 24.21.0, Astro 7.3.5, @astrojs/mdx 8.0.2',
    site: 'def',
  };
  const record: BaselineRecord = {
    date: '2026-11-21T08:10:00.000Z',
    identity,
    seconds: 14,
    peakBytes: GB,
    pages: 671,
    load: { start: 1, end: 2 },
  };
  test('is taken only when bodies, format, machine, versions and bare site are the same', () => {
    const file = join(dir, 'baseline-200-mdx.json');
    saveBaseline(file, record);
    expect(reusableBaseline(file, identity)).toEqual(record);
    expect(reusableBaseline(file, { ...identity, bodies: 'abd' })).toBeUndefined();
    expect(
      reusableBaseline(file, { ...identity, machine: identity.machine.replace('7.3.5', '7.4.0') }),
    ).toBeUndefined();
    expect(reusableBaseline(file, { ...identity, site: 'changed' })).toBeUndefined();
    expect(reusableBaseline(join(dir, 'none.json'), identity)).toBeUndefined();
    writeFileSync(file, '{ broken');
    expect(reusableBaseline(file, identity)).toBeUndefined();
  });
});
