/**
 * `npm test`: runs every Vitest project and ends with the total over all
 * suites on a line of its own, "N passed, N failed" (", N skipped" when
 * any), which CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join(process.env.ATLAS_TEST_CACHE ?? '.cache', 'test-report');
const reportFile = join(reportDir, 'vitest.json');
mkdirSync(reportDir, { recursive: true });
rmSync(reportFile, { force: true });

const vitest = join('node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

let report: JsonReport | undefined;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
} catch {
  // Vitest did not get as far as writing its report (a configuration error).
}
if (!report) {
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
// A suite that fails before its tests run (a broken import, a failed setup) counts as a failure.
// A run that fails with no test or suite failed (a global setup that threw: no site built) still counts one.
const counted = report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
const failed = counted === 0 && run.status !== 0 ? 1 : counted;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
