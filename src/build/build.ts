/**
 * The build, as one function: `build(options, effects)` runs its stages in
 * order and returns what happened; it never exits the process, and the
 * effects it is given (logging, starting render processes, removing the
 * replaced site) are what a test replaces.
 *
 *   configuration → content and render → search → offline → hosting → swap
 *
 * By default one render process reads the content and renders every page
 * into a staging folder beside the output. Split by language (`shards`,
 * docs/sharding.md), shards render in processes of their own, each language
 * with its search index, and are merged into the staging folder; the site
 * is the same, byte for byte. Either way the site is swapped in only when
 * complete: a bad configuration, invalid content, a failed stage or an
 * interrupted run never replaces the last good site.
 * scripts/build.ts is the command around it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssueReport } from '../catalogue/issues.ts';
import { say, setMessageLanguage } from '../catalogue/messages/index.ts';
import { inertLine } from '../catalogue/report-safety.ts';
import { writeHostingFiles } from '../hosting/hosting-files.ts';
import { publishedLanguagesOf } from '../publish/context.ts';
import { recordReusablePages } from '../site/page-reuse.ts';
import type { ShardName } from '../site/shard.ts';
import { configure, type BuildOptions } from './configure.ts';
import { fillDataPageSizes } from './data-page-sizes.ts';
import { describeSite, writeOfflineFiles } from './offline/files.ts';
import {
  countPracticeFolders,
  removeStaleWorkDirs,
  renderWorkRoot,
  shardProcessCount,
  singleProcess,
} from './render-plan.ts';
import { renderInProcesses, spawningRenderer, type RenderSettings, type StartRenderer } from './render-processes.ts';
import { openSearchIndex, readSearchReport, stopSearchService, type SearchIndexer } from './search-index.ts';
import { renderShards, shardsIntoStaging } from './shard-stage.ts';
import { recoverInterruptedBuilds, removeInBackground, stagingFolder, swapIntoPlace } from './site-swap.ts';
import { ContentRefused, failsAs, messageOf, renderedOrThrow, StageFailed, type BuildStage } from './stage-failure.ts';

export type { BuildOptions } from './configure.ts';
export type { BuildStage } from './stage-failure.ts';

export interface BuildEffects {
  /** A line for the person building (standard output). */
  log(line: string): void;
  /** A problem (standard error). */
  error(text: string): void;
  /** Starts a render process (render-processes.ts). */
  startRenderer: StartRenderer;
  /** Removes the site the new one replaced, once the build is over. */
  removeReplaced(path: string): void;
  /** Stops the build: render processes are stopped and the staging folders removed at once. */
  signal?: AbortSignal;
}

export const defaultEffects = (): BuildEffects => ({
  log: (line) => console.log(line),
  error: (text) => console.error(text),
  startRenderer: spawningRenderer(),
  removeReplaced: removeInBackground,
});

export type BuildResult =
  | {
      ok: true;
      practices: number;
      cities: number;
      seconds: number;
      /** Seconds per phase (npm run bench reports them). */
      phases: Record<string, number>;
      /** Split by language: the shards rendered by this build (the others were unchanged). */
      shardsRendered?: ShardName[];
    }
  /** The stage that stopped the build; its problems were reported through the effects. */
  | { ok: false; stage: BuildStage };

export async function build(options: BuildOptions, effects: BuildEffects = defaultEffects()): Promise<BuildResult> {
  setMessageLanguage(options.language);
  const { outDir } = options;
  const started = performance.now();
  const phases = new PhaseClock();

  // Configuration: its errors are reported before any content is read or anything built.
  const configured = configure(options);
  if (!configured.ok) {
    effects.error(formatIssueReport(configured.issues));
    effects.error(`\n${existsSync(outDir) ? say.buildConfigRefusedKept({ outDir }) : say.buildConfigRefused()}`);
    return { ok: false, stage: 'configuration' };
  }
  const configuration = configured.configuration;
  const settings: RenderSettings = {
    ...options,
    base: configuration.base,
    site: configuration.site,
    configFile: configuration.configFile,
    quiet: options.quiet ?? false,
  };

  for (const note of recoverInterruptedBuilds(outDir)) effects.log(`Note: ${note}.`);
  removeStaleWorkDirs(renderWorkRoot(options.projectRoot));
  // One shard only (a CI job): its folder is the output, merged later by another job (--merge), and kept
  // as it is when it was built from the same inputs (shard-stage.ts).
  const staging = options.shard ? outDir : stagingFolder(outDir);
  if (!options.shard) rmSync(staging, { recursive: true, force: true });
  const cleanUp = () => rmSync(staging, { recursive: true, force: true });
  effects.signal?.addEventListener('abort', cleanUp, { once: true });

  try {
    if (options.shard) {
      const done = await renderShards([{ shard: options.shard, dir: outDir }], shardRun(options, settings, effects, 1));
      const { manifest } = done.manifests[0]!;
      effects.log(`Built the ${options.shard} shard into ${outDir} in ${secondsSince(started).toFixed(1)} s.`);
      return {
        ok: true,
        practices: manifest.practices,
        cities: manifest.cities,
        seconds: secondsSince(started),
        phases: {},
      };
    }

    // Content and render, then search: one process renders every page into staging, then Pagefind reads them;
    // or the shards render by language, each indexed, and are merged into staging.
    const offlineOptions = {
      base: configuration.base,
      site: configuration.settings,
      // Beside Astro's cache (astro.config.mjs): the files each page uses, by content, for the next build.
      refsCacheFile: join(options.cacheDir, 'practice-atlas', 'offline-refs.json'),
    };
    const atOnce = shardProcessCount(options.shards, countPracticeFolders(options.contentDir));
    let rendered: { practices: number; cities: number; shardsRendered?: ShardName[] };
    let searchWritten: Promise<Record<string, number>>;
    if (atOnce === 1 && !options.mergeFrom) {
      const single = await renderEveryPage(staging, outDir, settings, options.cacheDir, effects);
      rendered = single;
      phases.set('load', single.loadSeconds);
      phases.end('render');
      if (!options.quiet && single.foldersKept)
        effects.log(
          `Content: ${single.foldersKept.kept} of ${single.foldersKept.of} entry folders unchanged since the last build.`,
        );
      if (!options.quiet && single.pagesReused)
        effects.log(
          `Pages: ${single.pagesReused.reused} of ${single.pagesReused.of} keyed pages and files unchanged, linked from the last site.`,
        );
      // The data pages show the sizes of the files written (before Pagefind and the offline step read the pages).
      fillDataPageSizes(staging);
      const indexer = await indexPagesOf(staging);
      searchWritten = writeSearchIndex(indexer, staging);
      searchWritten.catch(() => undefined); // awaited below
    } else {
      rendered = await shardsIntoStaging(
        staging,
        configuration,
        options.mergeFrom,
        shardRun(options, settings, effects, atOnce),
      );
      phases.end('render and merge');
      fillDataPageSizes(staging);
      searchWritten = Promise.resolve(readSearchReport(staging).pagesByLanguage);
    }
    // While Pagefind writes its index in its own process, this one reads the rest of the site for the offline step.
    const described = await failsAs('offline', () => describeSite(staging, offlineOptions));
    const pagesByLanguage = await failsAs('search', () => searchWritten);
    phases.end('search');
    if (!options.quiet) {
      const counts = Object.entries(pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
      effects.log(`Search index (pages per language): ${counts.join(', ')}.`);
    }

    // Offline: after Pagefind, so that the worker's version and save lists cover the search index too.
    const offline = await failsAs('offline', () => writeOfflineFiles(staging, offlineOptions, described));
    if (!options.quiet)
      effects.log(
        `Offline: build ${offline.version}; ${Object.entries(offline.saveLists)
          .map(([lang, l]) => `${lang} ${l.count} files, ${(l.bytes / 1e6).toFixed(1)} MB`)
          .join(
            '; ',
          )}; ${offline.pagesReadFromCache.cached} of ${offline.pagesReadFromCache.pages} pages known from the last build.`,
      );
    phases.end('offline');
    // What web servers need of this build (the nginx generator's record, Apache's .htaccess): after the offline step, which must not list them.
    writeHostingFiles(staging, {
      basePath: configuration.base,
      url: new URL(configuration.site).origin,
      languages: publishedLanguagesOf(configuration.settings),
      defaultLanguage: configuration.settings.defaultLanguage,
    });
    phases.end('hosting');

    // Swap: the old site stays in place until the new one is complete (site-swap.ts).
    const replaced = await failsAs('swap', () => swapIntoPlace(staging, outDir));
    // What the next build may link from this site: recorded only now that it is in place (src/site/page-reuse.ts).
    if (atOnce === 1 && !options.mergeFrom) recordReusablePages(options.cacheDir, outDir);
    phases.end('swap');
    effects.log(
      `Built ${rendered.practices} practices and ${rendered.cities} cities into ${outDir} in ${secondsSince(started).toFixed(1)} s.`,
    );
    // The site is in place and reported; the one it replaced is removed in the background.
    if (replaced) effects.removeReplaced(replaced);
    return {
      ok: true,
      practices: rendered.practices,
      cities: rendered.cities,
      seconds: secondsSince(started),
      phases: phases.seconds,
      ...(rendered.shardsRendered ? { shardsRendered: rendered.shardsRendered } : {}),
    };
  } catch (error) {
    cleanUp();
    if (error instanceof ContentRefused) {
      effects.error(error.report);
      effects.error(`\n${existsSync(outDir) ? say.buildRefusedKept({ outDir }) : say.buildRefused()}`);
      return { ok: false, stage: 'content' };
    }
    const stage = error instanceof StageFailed ? error.stage : 'render';
    // An error may quote content (a title, a file name): no line of it may start a CI workflow command.
    effects.error(messageOf(error).split(/\r?\n/).map(inertLine).join('\n'));
    const kept = existsSync(outDir) ? `${outDir} was left as it was` : 'no site was written';
    effects.error(
      stage === 'swap' ? `\nThe new site could not be put in place: ${kept}.` : `\nThe build failed: ${kept}.`,
    );
    return { ok: false, stage };
  } finally {
    effects.signal?.removeEventListener('abort', cleanUp);
    await stopSearchService();
  }
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

const shardRun = (options: BuildOptions, settings: RenderSettings, effects: BuildEffects, atOnce: number) => ({
  settings,
  cacheDir: options.cacheDir,
  startRenderer: effects.startRenderer,
  signal: effects.signal,
  atOnce,
  log: effects.log,
});

/** The default: one render process reads and checks the content, then has Astro render every page into staging. */
async function renderEveryPage(
  staging: string,
  outDir: string,
  settings: RenderSettings,
  cacheDir: string,
  effects: BuildEffects,
) {
  const plan = [{ ...singleProcess(staging, cacheDir, renderWorkRoot(settings.projectRoot)), reuseFrom: outDir }];
  const outcomes = await renderInProcesses(plan, settings, effects.startRenderer, () => undefined, effects.signal);
  return renderedOrThrow(outcomes, plan)[0]!;
}

async function indexPagesOf(dir: string): Promise<SearchIndexer> {
  const indexer = await openSearchIndex();
  try {
    await indexer.addPagesOf(dir);
    return indexer;
  } catch (error) {
    await indexer.close();
    throw new StageFailed('search', messageOf(error));
  }
}

/** Pagefind writes its index in its own process, on one core and a half. */
async function writeSearchIndex(indexer: SearchIndexer, staging: string): Promise<Record<string, number>> {
  try {
    return (await indexer.writeInto(staging)).pagesByLanguage;
  } finally {
    await indexer.close();
  }
}

/** Seconds per phase of the build, each measured from the end of the last. */
class PhaseClock {
  readonly seconds: Record<string, number> = {};
  #start = performance.now();
  end(name: string): void {
    const now = performance.now();
    this.seconds[name] = (now - this.#start) / 1000;
    this.#start = now;
  }
  set(name: string, seconds: number): void {
    this.seconds[name] = seconds;
  }
}
