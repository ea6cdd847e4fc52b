/**
 * `npm run check`: validates the whole catalogue and prints every problem,
 * in the editor's language: `--lang fr|en|es`, else ATLAS_LANG, else the
 * system locale (LC_ALL, LC_MESSAGES, LANG), else English.
 * Exit code 0 when the content is valid, 1 otherwise; 2 for an unknown language.
 */
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { contentDirFromEnv } from './content-dir.ts';

const argv = process.argv.slice(2);
const language = chooseMessageLanguage(argv, process.env);
if (!language.ok) {
  console.error(language.error);
  process.exit(2);
}
setMessageLanguage(language.lang);

const contentDir = contentDirFromEnv(argv);
const started = performance.now();
const { catalogue, issues } = loadCatalogue({ contentDir });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!catalogue) {
  console.error(formatIssueReport(issues));
  console.error(`\n${say.checkFixAndRerun()}`);
  process.exit(1);
}
const observations = catalogue.datasets.reduce((sum, d) => sum + d.observations.length, 0);
console.log(
  say.checkValid({
    practices: catalogue.practices.length,
    cities: catalogue.cities.length,
    indicators: catalogue.indicators.length,
    observations,
    seconds,
  }),
);
