/**
 * `npm run translations`: per language, the practices and cities that have
 * no translation yet and the translations whose original changed since,
 * reported in the editor's language (--lang, else ATLAS_LANG, else the
 * system's, as `npm run check`).
 *
 *   npm run translations [-- --lang fr] [-- --into es] [-- --all]
 */
import { relative, resolve } from 'node:path';
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { readFileHistory } from '../src/editorial/git-history.ts';
import { describeTranslationRow } from '../src/editorial/translation-report.ts';
import { translationStatus } from '../src/editorial/translation-status.ts';
import { CONTENT_LANGUAGES, isLang } from '../src/i18n/languages.ts';
import { contentDirFromEnv } from './content-dir.ts';

const argv = process.argv.slice(2);
const language = chooseMessageLanguage(argv, process.env);
setMessageLanguage(language.lang);
if (!language.ok) {
  console.error(language.error);
  process.exit(2);
}
const into = argv.includes('--into') ? argv[argv.indexOf('--into') + 1] : undefined;
if (into !== undefined && !isLang(into)) {
  console.error(say.unknownLanguage({ value: into, option: '--into', choices: CONTENT_LANGUAGES.join(', ') }));
  process.exit(2);
}
const showAll = argv.includes('--all');
const contentDir = resolve(contentDirFromEnv(argv));
const { catalogue, issues } = loadCatalogue({ contentDir });
if (!catalogue) {
  console.error(formatIssueReport(issues));
  process.exit(1);
}
const history = readFileHistory(process.cwd(), relative(process.cwd(), contentDir) || '.');
const rows = translationStatus(catalogue, history);

if (!history.available) console.log(`${say.translationsNoHistory()}\n`);
for (const lang of CONTENT_LANGUAGES.filter((l) => into === undefined || l === into)) {
  const mine = rows.filter((r) => r.lang === lang && (showAll || r.state === 'missing' || r.state === 'outdated'));
  const missing = rows.filter((r) => r.lang === lang && r.state === 'missing').length;
  const outdated = rows.filter((r) => r.lang === lang && r.state === 'outdated').length;
  console.log(say.translationsLanguage({ lang, missing, outdated }));
  for (const row of mine) console.log(`  ${describeTranslationRow(row, history.uncommitted)}`);
}
