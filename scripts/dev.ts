/**
 * `npm run dev`: the live preview of the catalogue for editors, on
 * 127.0.0.1. Pages follow the content files as they are saved, and show the
 * content's problems as `npm run check` words them (src/catalogue/live-catalogue.ts,
 * src/components/PreviewNotice.astro).
 *
 *   node scripts/dev.ts [--content dir] [--config site.yaml] [--lang fr|en|es] [--port 4321]
 *
 * Messages are in the editor's language, chosen as by `npm run check`; the
 * address printed is the home page in that language when the site publishes
 * it, else in the site's default language. A busy port gives the next free one.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssueReport, type ContentIssue } from '../src/catalogue/issues.ts';
import { loadSiteConfig, siteConfigSource } from '../src/catalogue/load-site-config.ts';
import { say } from '../src/catalogue/messages/index.ts';
import type { Lang } from '../src/i18n/languages.ts';
import { localizedPath, routes } from '../src/i18n/paths.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { option } from './lib/args.ts';
import { setRunLanguage } from './lib/run-language.ts';

const argv = process.argv.slice(2);
const language = setRunLanguage(argv);

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(contentDirFromEnv(argv));
const configSource = siteConfigSource(
  option('config', process.env.ATLAS_SITE_CONFIG ?? join(contentDir, 'site.yaml'), argv),
  projectRoot,
);
const port = Number(option('port', process.env.PORT ?? '4321', argv));

// The configuration first: Astro reads it to start, so the preview cannot start without it.
const configIssues: ContentIssue[] = [];
const settings = loadSiteConfig(configSource, configIssues);
if (!settings) {
  console.error(formatIssueReport(configIssues));
  console.error(`\n${say.devConfigRefused()}`);
  process.exit(1);
}

// astro.config.mjs, the content loader and the watcher's exclusions read these.
process.env.ATLAS_CONTENT_DIR = contentDir;
process.env.ATLAS_SITE_CONFIG = configSource.path;
process.env.ATLAS_LANG = language;
// Astro's usage reports would go to a third-party host; the project sends nothing anywhere.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const { dev } = await import('astro');
const server = await dev({ root: projectRoot, server: { host: '127.0.0.1', port } });

const homeLanguage: Lang = (settings.languages as readonly string[]).includes(language)
  ? (language as Lang)
  : settings.defaultLanguage;
const url = `http://127.0.0.1:${server.address.port}${localizedPath(process.env.ATLAS_BASE_PATH ?? settings.basePath, homeLanguage, routes.home())}`;
console.log(`\n${say.devReady({ url })}\n${say.devHowItWorks()}\n`);

const stop = () => {
  void server.stop().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
