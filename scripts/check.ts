/**
 * `npm run check`: validates the whole catalogue and prints every problem,
 * in the editor's language: `--lang fr|en|es`, else ATLAS_LANG, else the
 * system locale (LC_ALL, LC_MESSAGES, LANG), else English.
 * Exit code 0 when the content is valid, 1 otherwise; 2 for an unknown language.
 *
 * Entry folders are read on worker threads (one per core) while this
 * thread reads the KPI tables; bodies are checked but not turned into HTML.
 * A long run shows how many folders are read, on a terminal only.
 */
import { formatIssueReport, formatWarningReport } from '../src/catalogue/issues.ts';
import { checkCatalogue } from '../src/catalogue/load-catalogue.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { progress, type Progress } from './lib/progress.ts';

const argv = process.argv.slice(2);
const language = chooseMessageLanguage(argv, process.env);
if (!language.ok) {
  console.error(language.error);
  process.exit(2);
}
setMessageLanguage(language.lang);

const contentDir = contentDirFromEnv(argv);
const started = performance.now();
// The bar appears only for catalogues large enough to take a while: a small check stays one line.
const LONG_RUN_FOLDERS = 1000;
let bar: Progress | undefined;
const { counts, issues, warnings } = await checkCatalogue({
  contentDir,
  onFolders: (read, total) => {
    if (total < LONG_RUN_FOLDERS) return;
    bar ??= progress('Reading practices and cities', total);
    bar.tick(read);
  },
});
bar?.done();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// Warnings never fail the check: printed first, so problems stay the last thing read.
if (warnings.length > 0) console.log(`${formatWarningReport(warnings)}\n`);
if (!counts) {
  console.error(formatIssueReport(issues));
  console.error(`\n${say.checkFixAndRerun()}`);
  process.exit(1);
}
console.log(say.checkValid({ ...counts, seconds }));
