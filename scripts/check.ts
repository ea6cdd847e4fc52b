/**
 * `npm run check`: validates the whole catalogue and prints every problem.
 * Exit code 0 when the content is valid, 1 otherwise.
 */
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { contentDirFromEnv } from './content-dir.ts';

const contentDir = contentDirFromEnv(process.argv.slice(2));
const started = performance.now();
const { catalogue, issues } = loadCatalogue({ contentDir });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!catalogue) {
  console.error(formatIssueReport(issues));
  console.error(`\nFix these problems and run npm run check again.`);
  process.exit(1);
}
const observations = catalogue.datasets.reduce((sum, d) => sum + d.observations.length, 0);
console.log(
  `Content is valid: ${catalogue.practices.length} practices, ${catalogue.cities.length} cities, ` +
    `${catalogue.indicators.length} indicators, ${observations} observations (${seconds} s).`,
);
