/**
 * `npm run translations`: per language, the practices and cities that have
 * no translation yet and the translations whose original changed since.
 *
 *   npm run translations [-- --lang es] [-- --all]
 */
import { relative, resolve } from 'node:path';
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { readFileHistory } from '../src/editorial/git-history.ts';
import { translationStatus, type TranslationRow } from '../src/editorial/translation-status.ts';
import { CONTENT_LANGUAGES, isLang } from '../src/i18n/languages.ts';
import { contentDirFromEnv } from './content-dir.ts';

const argv = process.argv.slice(2);
const wanted = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
const showAll = argv.includes('--all');
const contentDir = resolve(contentDirFromEnv(argv));
const { catalogue, issues } = loadCatalogue({ contentDir });
if (!catalogue) {
  console.error(formatIssueReport(issues));
  process.exit(1);
}
const history = readFileHistory(process.cwd(), relative(process.cwd(), contentDir) || '.');
const rows = translationStatus(catalogue, history);
const day = (date?: Date) => (date ? date.toISOString().slice(0, 10) : '—');
const describe = (row: TranslationRow) =>
  row.state === 'missing'
    ? `missing      ${row.kind} ${row.id}  (original ${row.originalLanguage}: ${row.originalFile})`
    : `${row.state.padEnd(12)} ${row.kind} ${row.id}  (original changed ${day(row.originalChanged)}, translation ${day(row.translationChanged)})`;

if (!history.available) console.log('git history is not available here: out-of-date translations cannot be told apart.\n');
for (const lang of CONTENT_LANGUAGES.filter((l) => !wanted || (isLang(wanted) && l === wanted))) {
  const mine = rows.filter((r) => r.lang === lang && (showAll || r.state === 'missing' || r.state === 'outdated'));
  const missing = rows.filter((r) => r.lang === lang && r.state === 'missing').length;
  const outdated = rows.filter((r) => r.lang === lang && r.state === 'outdated').length;
  console.log(`${lang}: ${missing} missing, ${outdated} out of date`);
  for (const row of mine) console.log(`  ${describe(row)}`);
}
