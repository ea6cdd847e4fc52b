/**
 * `npm run check`: validates the whole catalogue and prints every problem,
 * in the editor's language: `--lang fr|en|es`, else ATLAS_LANG, else the
 * system locale (LC_ALL, LC_MESSAGES, LANG), else English.
 * Exit code 0 when the content is valid, 1 otherwise; 2 for an unknown language
 * or format.
 *
 * `--format github` (the CI workflow, .github/workflows/check.yml) adds one
 * annotation per problem, escaped as GitHub's toolkit does, and the report to
 * the run's summary (GITHUB_STEP_SUMMARY); the report itself is printed as
 * always, with no line that could start a workflow command (report-safety.ts).
 * The report is written whole before the process ends, also into a pipe.
 *
 * Entry folders are read on worker threads (one per core) while this
 * thread reads the KPI tables; bodies are checked but not turned into HTML.
 * A long run shows how many folders are read, on a terminal only.
 */
import { appendFileSync } from 'node:fs';
import { formatIssueAnnotations, formatIssueReport } from '../src/catalogue/issues.ts';
import { checkCatalogue } from '../src/catalogue/load-catalogue.ts';
import { say } from '../src/catalogue/messages/index.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { option } from './lib/args.ts';
import { flushOutput } from './lib/exit-after-output.ts';
import { markdownSummary } from './lib/github-summary.ts';
import { progress, type Progress } from './lib/progress.ts';
import { setRunLanguage } from './lib/run-language.ts';

const argv = process.argv.slice(2);
setRunLanguage(argv);
const format = option('format', 'text', argv);
if (format !== 'text' && format !== 'github') {
  console.error(`--format "${format}" is not a format of the check: choose text or github.`);
  process.exit(2);
}

const contentDir = contentDirFromEnv(argv);
const started = performance.now();
// The bar appears only for catalogues large enough to take a while: a small check stays one line.
const LONG_RUN_FOLDERS = 1000;
let bar: Progress | undefined;
const { counts, issues } = await checkCatalogue({
  contentDir,
  onFolders: (read, total) => {
    if (total < LONG_RUN_FOLDERS) return;
    bar ??= progress('Reading practices and cities', total);
    bar.tick(read);
  },
});
bar?.done();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!counts) {
  const report = formatIssueReport(issues);
  console.error(report);
  console.error(`\n${say.checkFixAndRerun()}`);
  if (format === 'github') {
    console.log(formatIssueAnnotations(issues));
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdownSummary(report));
  }
  await flushOutput();
  process.exit(1);
}
console.log(say.checkValid({ ...counts, seconds }));
