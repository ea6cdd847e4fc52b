import { describe, expect, test } from 'vitest';
import { buildLogEvent, estimateRoutes, lineSplitter, previousRoutes } from '../../../bench/lib/astro-log.ts';
import { step, stepText } from '../../../bench/lib/step.ts';
import { formatDuration, isQuiet, progressText } from '../../../scripts/lib/progress.ts';

/** A stand-in for process.stderr that keeps what is written. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return {
    stream: { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream,
    written,
  };
}

describe("Astro's build output, read line by line", () => {
  test('a generated route is a line with a tree branch, with or without a time stamp or colours', () => {
    expect(buildLogEvent('07:07:18   ├─ /fr/practices/x/index.html (+5ms) ')).toEqual({ kind: 'route' });
    expect(buildLogEvent('07:07:18   └─ /data/kpi/cities/a/b.csv (+2m 3s) ')).toEqual({ kind: 'route' });
    expect(buildLogEvent('  \u001b[2m├─\u001b[22m /cities/a/en/index.html \u001b[2m(+3ms)\u001b[22m')).toEqual({
      kind: 'route',
    });
  });
  test('other lines are stages or nothing', () => {
    expect(buildLogEvent(' generating static routes ')).toEqual({ kind: 'stage', stage: 'pages' });
    expect(buildLogEvent('07:36:16 [build] Building static entrypoints...')).toEqual({
      kind: 'stage',
      stage: 'bundling',
    });
    expect(buildLogEvent('07:58:41 [build] Complete!')).toEqual({ kind: 'stage', stage: 'search index' });
    // The bare site is Astro alone: nothing follows.
    expect(buildLogEvent('07:58:41 [build] Complete!', 'astro')).toEqual({ kind: 'stage', stage: 'finishing' });
    expect(buildLogEvent('Search index (pages per language): en 2', 'astro')).toBeUndefined();
    expect(buildLogEvent('Search index (pages per language): en 200, es 200, fr 200.')).toEqual({
      kind: 'stage',
      stage: 'offline files',
    });
    expect(buildLogEvent('Offline: build 5aea772e44f7; fr 1869 files')).toEqual({ kind: 'stage', stage: 'swap' });
    expect(buildLogEvent('07:08:00 ✓ Completed in 43.03s.')).toBeUndefined();
    // A warning's frame drawn by Rolldown is not a route.
    expect(
      buildLogEvent(' \u001b[38;5;240m  │\u001b[0m      ╰───── module level directive may not be preserved'),
    ).toBeUndefined();
    expect(buildLogEvent('')).toBeUndefined();
  });
  test('chunks are cut into whole lines, a partial line kept for the next chunk', () => {
    const lines: string[] = [];
    const splitter = lineSplitter((line) => lines.push(line));
    splitter.push('a\nb');
    expect(lines).toEqual(['a']);
    splitter.push('c\r\nd\n');
    splitter.push('e');
    splitter.end();
    expect(lines).toEqual(['a', 'bc', 'd', 'e']);
  });
});

describe('routes expected from a build', () => {
  test('the estimate from the catalogue is near the routes counted, and grows with the practices', () => {
    const at200 = estimateRoutes({ practices: 200, cities: 50, observations: 20_000, indicators: 3 });
    expect(Math.abs(at200 / 1652 - 1)).toBeLessThan(0.03);
    const at1000 = estimateRoutes({ practices: 1000, cities: 125, observations: 100_000, indicators: 3 });
    expect(Math.abs(at1000 / 5106 - 1)).toBeLessThan(0.03);
    const at10000 = estimateRoutes({ practices: 10_000, cities: 1250, observations: 1_000_000, indicators: 3 });
    expect(at10000 - at200).toBeGreaterThan(3 * 9800);
  });
  test("an earlier run's count for the same catalogue comes first", () => {
    const counts = { '200-50-20000': 1652, '1000-125-100000': 0 };
    expect(previousRoutes(counts, { practices: 200, cities: 50, observations: 20_000 })).toBe(1652);
    expect(previousRoutes(counts, { practices: 200, cities: 50, observations: 30_000 })).toBeUndefined();
    expect(previousRoutes(counts, { practices: 1000, cities: 125, observations: 100_000 })).toBeUndefined();
    expect(previousRoutes(undefined, { practices: 200, cities: 50, observations: 20_000 })).toBeUndefined();
  });
});

describe('progress lines', () => {
  test('are quiet under CI or without a terminal', () => {
    expect(isQuiet({}, true)).toBe(false);
    expect(isQuiet({ CI: 'true' }, true)).toBe(true);
    expect(isQuiet({}, false)).toBe(true);
    expect(isQuiet({}, undefined)).toBe(true);
  });
  test('give the count, rate and time left', () => {
    expect(progressText(100, 400, 10)).toBe('100/400 (25 %, 10/s, 30 s left)');
    expect(progressText(1200, 9222, 60, { estimated: true })).toBe('1200/≈9222 (13 %, 20/s, 6 min 41 s left)');
    expect(progressText(9300, 9222, 400, { estimated: true })).toBe('9300/≈9222 (23/s, more than expected)');
  });
  test('durations read as minutes and hours', () => {
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(1300)).toBe('21 min 40 s');
    expect(formatDuration(3900)).toBe('1 h 05 min');
  });
  test("a step's line shows its stage, its count and its time", () => {
    expect(stepText('N = 1000 · our build', { stage: 'loading the catalogue' }, 12)).toBe(
      'N = 1000 · our build · loading the catalogue · 12 s',
    );
    expect(stepText('N = 1000 · our build', { stage: 'pages', count: 100, total: 400, countSeconds: 10 }, 95)).toBe(
      'N = 1000 · our build · pages · 100/400 (25 %, 10/s, 30 s left) · 1 min 35 s',
    );
    expect(
      stepText(
        'N = 1000 · our build',
        { stage: 'pages', count: 1, total: 400, estimated: true, countSeconds: 0.01 },
        30,
      ),
    ).toBe('N = 1000 · our build · pages · 1/≈400 · 30 s');
    expect(
      stepText('N = 1000 · our build', { stage: 'search index', count: 380, total: 400, countSeconds: 10 }, 100),
    ).toBe('N = 1000 · our build · search index · 380 routes · 1 min 40 s');
  });
});

describe('a benchmark step', () => {
  const routes = ['07:07:18   ├─ /a/ (+1ms)', '07:07:18   ├─ /b/ (+1ms)', '07:07:18   └─ /c/ (+1ms)'];
  test('without a terminal prints only its closing line, and still counts the routes', async () => {
    const { stream, written } = fakeStream(false);
    const counted = await step(
      'N = 200 · our build',
      async (reporter) => {
        for (const line of routes) reporter.buildLine(line);
        return reporter.routes();
      },
      { stream },
    );
    expect(counted).toBe(3);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^N = 200 · our build: \d+ s \(3 routes\)\n$/);
  });
  test('on a terminal draws its line in place, then closes it', async () => {
    const { stream, written } = fakeStream(true);
    await step(
      'N = 200 · our build',
      async (reporter) => {
        reporter.expect(3, true);
        reporter.stage('pages');
        for (const line of routes) reporter.buildLine(line);
      },
      { stream, quiet: false },
    );
    expect(written[0]).toMatch(/^\rN = 200 · our build · \d+ s/);
    expect(written.some((text) => text.includes('· pages ·'))).toBe(true);
    expect(written.at(-1)).toMatch(/^\rN = 200 · our build: \d+ s \(3 routes\) *\n$/);
  });
  test('that fails says so on its closing line, quiet or not', async () => {
    const { stream, written } = fakeStream(false);
    await expect(
      step('N = 200 · npm run check', async () => Promise.reject(new Error('boom')), { stream }),
    ).rejects.toThrow('boom');
    const exit = await step('N = 200 · our build', async () => ({ exitCode: 1 }), {
      stream,
      failed: (r) => r.exitCode !== 0,
    });
    expect(exit.exitCode).toBe(1);
    expect(written).toEqual([
      expect.stringMatching(/^N = 200 · npm run check: failed after \d+ s\n$/),
      expect.stringMatching(/^N = 200 · our build: failed after \d+ s\n$/),
    ]);
  });
  test('under CI is quiet even on a terminal', async () => {
    const { stream, written } = fakeStream(true);
    const before = process.env.CI;
    process.env.CI = '1';
    try {
      await step('N = 200 · weighing', async () => undefined, { stream });
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
    expect(written).toEqual([expect.stringMatching(/^N = 200 · weighing: \d+ s\n$/)]);
  });
});
