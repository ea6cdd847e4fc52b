/**
 * `npm run build`: the command around `build()` (src/build/build.ts), which
 * checks the configuration and the content, builds the site beside the
 * output and swaps it in only when complete.
 *
 *   node scripts/build.ts [--content dir] [--out dir] [--config site.yaml] [--base /atlas/] [--site https://…]
 *                         [--cache-dir dir] [--shards N|auto] [--timings file.json] [--lang fr|en|es]
 *   node scripts/build.ts --shard shared|fr|en|es --out shard-folder [...]   (one shard, a CI job)
 *   node scripts/build.ts --merge folder-of-shards --out dist [...]            (the CI merge job)
 *
 * --config defaults to <content>/site.yaml; --base and --site override its
 * basePath and url. --shards splits the build by language (docs/sharding.md),
 * N shards rendering at once ('auto': one per core from 5,000 practices on 4 cores, else
 * one process); the site is the same as without. --shard builds one shard
 * into its own folder, and --merge puts such folders together into the site.
 * --timings writes the seconds of each phase as JSON (npm run bench).
 * Environment variables, for the options not given: ATLAS_CONTENT_DIR,
 * ATLAS_OUT_DIR, ATLAS_CACHE_DIR, ATLAS_BASE_PATH, ATLAS_SITE_URL,
 * ATLAS_LANG (and the locale) for the language of the problems; CI for short logs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defaultEffects } from '../src/build/build.ts';
import { normalizeBase } from '../src/build/configure.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { say, setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { basePathProblem } from '../src/schemas/site.ts';
import { isExactWebUrl } from '../src/schemas/site-values.ts';
import { isShardName } from '../src/site/shard.ts';
import { contentDirFromEnv } from './content-dir.ts';
import { exitAfterOutput } from './lib/exit-after-output.ts';
import { option } from './lib/args.ts';

const argv = process.argv.slice(2);
// Content problems are reported in the editor's language, chosen as by npm run check (--lang, ATLAS_LANG, locale).
const language = chooseMessageLanguage(argv, process.env);
if (!language.ok) {
  console.error(language.error);
  process.exit(2);
}
const shards = option('shards', '1', argv);
if (shards !== 'auto' && !/^[1-9]\d?$/.test(shards)) {
  console.error(`--shards is "${shards}"; expected a number of shards rendered at once (1 to 99) or auto.`);
  process.exit(2);
}
const shard = option('shard', '', argv) || undefined;
if (shard !== undefined && !isShardName(shard)) {
  console.error(`--shard is "${shard}"; expected shared or a language code (fr, en, es).`);
  process.exit(2);
}
const mergeFrom = option('merge', '', argv) || undefined;
if (shard && mergeFrom) {
  console.error('--shard builds one shard and --merge puts shards together: give one of them.');
  process.exit(2);
}

setMessageLanguage(language.lang);
// Overrides are written into every page like site.yaml's values: the same rules, and a refused value is not repeated.
const base = option('base', process.env.ATLAS_BASE_PATH ?? '', argv) || undefined;
const baseRefused = base === undefined ? undefined : basePathProblem(normalizeBase(base));
if (baseRefused) {
  const named = argv.includes('--base') ? '--base' : 'ATLAS_BASE_PATH';
  console.error(`${say.baseOptionRefused({ option: named })} ${baseRefused.message}\n→ ${baseRefused.suggestion}`);
  process.exit(2);
}
const site = option('site', process.env.ATLAS_SITE_URL ?? '', argv) || undefined;
if (site !== undefined && !isExactWebUrl(site)) {
  console.error(say.siteOptionRefused({ option: argv.includes('--site') ? '--site' : 'ATLAS_SITE_URL' }));
  process.exit(2);
}

// An interrupted build stops its render processes and removes what it wrote; the last good site stays.
const interrupted = new AbortController();
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    interrupted.abort();
    process.exit(code);
  });
}

const projectRoot = process.cwd();
const result = await build(
  {
    projectRoot,
    contentDir: resolve(contentDirFromEnv(argv)),
    outDir: resolve(option('out', process.env.ATLAS_OUT_DIR ?? 'dist', argv)),
    configFile: option('config', '', argv) || undefined,
    base,
    site,
    cacheDir: resolve(projectRoot, option('cache-dir', process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro', argv)),
    language: language.lang,
    shards: shards === 'auto' ? 'auto' : Number(shards),
    shard,
    mergeFrom: mergeFrom ? [resolve(mergeFrom)] : undefined,
    quiet: Boolean(process.env.CI),
  },
  { ...defaultEffects(), signal: interrupted.signal },
);
const timings = option('timings', '', argv);
if (timings && result.ok) writeFileSync(timings, JSON.stringify(result.phases));
// The report may be long and read through a pipe (CI): it leaves the process whole before the exit.
if (!result.ok) await exitAfterOutput(1);
