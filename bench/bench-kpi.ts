/**
 * KPI validation benchmark: generates a catalogue with 1,000,000 KPI rows
 * (1,200 cities, 3 indicators, monthly periods) under bench-out/, then
 * measures, each in a fresh Node process so that peak memory is its own:
 *
 *   - `kpis`: reading and checking the KPI files alone (loadKpis: CSV parse,
 *     periods, values), as the catalogue loader runs it;
 *   - `catalogue`: the whole loadCatalogue (cities, practices, KPIs and the
 *     cross-file checks: unknown city or indicator, duplicate observation).
 *
 * Prints a table of seconds and peak memory; asserts nothing.
 *
 *   node bench/bench-kpi.ts [--observations 1000000] [--cities 1200] [--practices 20] [--fresh]
 */
import { option } from '../scripts/lib/args.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentIssue } from '../src/catalogue/issues.ts';

interface Measure {
  phase: string;
  observations: number;
  issues: number;
  seconds: number;
  heapUsedMb: number;
  maxRssMb: number;
}

const MB = 1024 * 1024;

/** Runs one phase in this process and prints its measure as JSON on the last line. */
async function runPhase(phase: string, contentDir: string): Promise<void> {
  const issues: ContentIssue[] = [];
  const started = performance.now();
  let observations: number;
  if (phase === 'kpis') {
    const { loadKpis } = await import('../src/catalogue/load-kpis.ts');
    const { Locations } = await import('../src/catalogue/locations.ts');
    const kpis = loadKpis(contentDir, 'bench', issues, new Locations());
    observations = kpis.datasets.reduce((sum, d) => sum + d.observations.length, 0);
  } else {
    const { loadCatalogue } = await import('../src/catalogue/load-catalogue.ts');
    const result = loadCatalogue({ contentDir });
    issues.push(...result.issues);
    observations = result.catalogue?.datasets.reduce((sum, d) => sum + d.observations.length, 0) ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  const measure: Measure = {
    phase,
    observations,
    issues: issues.length,
    seconds,
    heapUsedMb: process.memoryUsage().heapUsed / MB,
    // maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  if (issues.length > 0) console.error(issues.slice(0, 5));
  console.log(JSON.stringify(measure));
}

async function main(): Promise<void> {
  const phase = option('phase', '');
  const observations = Number(option('observations', '1000000'));
  const cities = Number(option('cities', '1200'));
  const practices = Number(option('practices', '20'));
  const out = resolve(option('out', `bench-out/kpi-${observations}`));
  if (phase) return runPhase(phase, out);

  const stamp = join(out, '.bench-kpi.json');
  const wanted = JSON.stringify({ observations, cities, practices });
  if (process.argv.includes('--fresh') || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    const { generateCatalogue } = await import('./generate-catalogue.ts');
    const started = performance.now();
    generateCatalogue({ practices, cities, observations, out });
    writeFileSync(stamp, wanted);
    console.log(
      `Generated ${observations.toLocaleString('en')} observations for ${cities} cities in ${((performance.now() - started) / 1000).toFixed(1)} s (${out}).`,
    );
  } else {
    console.log(`Reusing ${out} (--fresh to generate it again).`);
  }

  const rows: Measure[] = [];
  for (const name of ['kpis', 'catalogue']) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name, '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * MB,
    });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !last.startsWith('{'))
      throw new Error(`phase ${name} failed (exit ${run.status}):\n${run.stdout}`);
    rows.push(JSON.parse(last) as Measure);
  }
  console.table(
    rows.map((r) => ({
      phase: r.phase === 'kpis' ? 'loadKpis (CSV + rows)' : 'loadCatalogue (all + integrity)',
      observations: r.observations.toLocaleString('en'),
      issues: r.issues,
      seconds: r.seconds.toFixed(2),
      'rows/s': Math.round(r.observations / r.seconds).toLocaleString('en'),
      'heap after (MB)': Math.round(r.heapUsedMb),
      'peak RSS (MB)': Math.round(r.maxRssMb),
    })),
  );
}

await main();
