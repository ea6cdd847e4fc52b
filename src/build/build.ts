/**
 * The build, as one function: `build(options, effects)` runs its stages in
 * order and returns what happened; it never exits the process, and the
 * effects it is given (logging, starting render processes, removing the
 * replaced site) are what a test replaces.
 *
 *   configuration → content and render → search → offline → swap
 *
 * The site is built in a staging folder beside the output and swapped in
 * only when complete: a bad configuration, invalid content, a failed stage
 * or an interrupted run never replaces the last good site.
 * scripts/build.ts is the command around it.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssueReport } from '../catalogue/issues.ts';
import { say, setMessageLanguage } from '../catalogue/messages/index.ts';
import { inertLine } from '../catalogue/report-safety.ts';
import { configure, type BuildOptions, type Configuration } from './configure.ts';
import { fillDataPageSizes } from './data-page-sizes.ts';
import { mergeOutput } from './merge-output.ts';
import { describeSite, writeOfflineFiles } from './offline/files.ts';
import { writeHostingFiles } from '../hosting/hosting-files.ts';
import { publishedLanguagesOf } from '../publish/context.ts';
import type { RenderResult } from './render-pages.ts';
import {
  countPracticeFolders,
  removeStaleWorkDirs,
  renderPlan,
  renderProcessCount,
  renderWorkRoot,
  type RenderProcess,
} from './render-plan.ts';
import { renderInProcesses, spawningRenderer, type RenderOutcome, type StartRenderer } from './render-processes.ts';
import { openSearchIndex, type SearchIndexer } from './search-index.ts';
import { recoverInterruptedBuilds, removeInBackground, stagingFolder, swapIntoPlace } from './site-swap.ts';

export type { BuildOptions } from './configure.ts';

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

export type BuildStage = 'configuration' | 'content' | 'render' | 'search' | 'offline' | 'swap';

export type BuildResult =
  | {
      ok: true;
      practices: number;
      cities: number;
      seconds: number;
      /** Seconds per phase (npm run bench reports them). */
      phases: Record<string, number>;
    }
  /** The stage that stopped the build; its problems were reported through the effects. */
  | { ok: false; stage: BuildStage };

/** A stage that could not finish: the build reports its message and stops. */
class StageFailed extends Error {
  readonly stage: BuildStage;
  constructor(stage: BuildStage, message: string) {
    super(message);
    this.stage = stage;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

  for (const note of recoverInterruptedBuilds(outDir)) effects.log(`Note: ${note}.`);
  removeStaleWorkDirs(renderWorkRoot(options.projectRoot));
  const staging = stagingFolder(outDir);
  rmSync(staging, { recursive: true, force: true });
  let plan: RenderProcess[] = [];
  const cleanUp = () => {
    rmSync(staging, { recursive: true, force: true });
    for (const { outDir, workDir } of plan) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(workDir, { recursive: true, force: true });
    }
  };
  effects.signal?.addEventListener('abort', cleanUp, { once: true });

  try {
    // Content and render: the render processes read and check the content, then Astro renders the pages.
    plan = renderPlan(chooseProcessCount(options), staging, options.cacheDir, renderWorkRoot(options.projectRoot));
    const { rendered, searchIndexing } = await renderStage(plan, options, configuration, effects, phases);

    // Search: Pagefind reads the practice pages (with two processes, it already began) and writes its index.
    // The data pages show the sizes of the files written, generated or copied from the last build (before Pagefind and the offline step read the pages).
    fillDataPageSizes(staging);
    const indexer = (await searchIndexing) ?? (await indexPagesOf(staging));
    // Beside Astro's cache (astro.config.mjs): the files each page uses, by content, for the next build.
    const offlineOptions = {
      base: configuration.base,
      site: configuration.settings,
      refsCacheFile: join(options.cacheDir, 'practice-atlas', 'offline-refs.json'),
    };
    const { search, described } = await searchStage(indexer, staging, offlineOptions);
    phases.end('search');
    if (!options.quiet) {
      const counts = Object.entries(search.pagesByLanguage).map(([lang, pages]) => `${lang} ${pages}`);
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
    phases.end('swap');
    effects.log(
      `Built ${rendered.practices} practices and ${rendered.cities} cities into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    // The site is in place and reported; the one it replaced is removed in the background.
    if (replaced) effects.removeReplaced(replaced);
    return {
      ok: true,
      practices: rendered.practices,
      cities: rendered.cities,
      seconds: (performance.now() - started) / 1000,
      phases: phases.seconds,
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
  }
}

/** The content's problems, reported as the check reports them. */
class ContentRefused extends Error {
  readonly report: string;
  constructor(report: string) {
    super('The content has problems.');
    this.report = report;
  }
}

async function failsAs<T>(stage: BuildStage, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StageFailed ? error : new StageFailed(stage, messageOf(error));
  }
}

function chooseProcessCount(options: BuildOptions): 1 | 2 {
  const wanted = options.renderProcesses ?? 1;
  return wanted === 'auto' ? renderProcessCount(countPracticeFolders(options.contentDir)) : wanted;
}

/**
 * Runs the render processes of the plan; with two, Pagefind starts reading
 * the practice pages as soon as their process ends, on the core it leaves
 * free while the other still renders (only practice pages are searchable:
 * search-index.ts), and the practice folder is then merged into staging.
 */
async function renderStage(
  plan: RenderProcess[],
  options: BuildOptions,
  configuration: Configuration,
  effects: BuildEffects,
  phases: PhaseClock,
) {
  const renderStarted = performance.now();
  let searchIndexing: Promise<SearchIndexer> | undefined;
  const settings = {
    ...options,
    base: configuration.base,
    site: configuration.site,
    configFile: configuration.configFile,
    quiet: options.quiet ?? false,
  };
  const outcomes = await renderInProcesses(
    plan,
    settings,
    effects.startRenderer,
    (done) => {
      if (plan.length === 1 || done.group !== 'practice-pages') return;
      searchIndexing = indexPagesOf(done.outDir);
      searchIndexing.catch(() => undefined); // awaited by the search stage; not an unhandled rejection meanwhile
    },
    effects.signal,
  );
  const rendered = renderedOrThrow(outcomes, plan);
  phases.set('load', Math.max(...rendered.map((r) => r.loadSeconds)));
  phases.set('astro', (performance.now() - renderStarted) / 1000 - phases.seconds.load!);
  phases.restart();
  if (plan.length > 1) {
    const indexer = await failsAs('search', async () => searchIndexing);
    // What Pagefind still had to read once both processes were done (nothing if the practice pages finished first).
    if (indexer) phases.end('search: reading left');
    const staging = plan.find((p) => p.reportIssues)!.outDir;
    await failsAs('render', () => {
      for (const other of plan.filter((p) => p.outDir !== staging)) mergeOutput(other.outDir, staging);
    });
    phases.end('merge');
    if (!options.quiet) {
      const each = outcomes
        .map(
          (o) =>
            o.result.ok &&
            `${o.process.group}: read ${o.result.loadSeconds.toFixed(1)} s, rendered ${o.result.astroSeconds.toFixed(1)} s`,
        )
        .filter(Boolean);
      effects.log(`Rendered in ${plan.length} processes (${each.join('; ')}).`);
    }
    return { rendered: rendered[0]!, searchIndexing: Promise.resolve(indexer) };
  }
  return { rendered: rendered[0]!, searchIndexing: Promise.resolve(undefined) };
}

type Rendered = Extract<RenderResult, { ok: true }>;

/** The processes' results, or the reason the build stops: the content's problems, or a process's failure. */
function renderedOrThrow(outcomes: RenderOutcome[], plan: RenderProcess[]): Rendered[] {
  const refused = outcomes.find((o) => !o.result.ok && o.result.refused);
  const failed = outcomes.find((o) => !o.result.ok && !o.result.refused && !o.stoppedBecauseOther);
  if (refused && refused.process.reportIssues && !refused.result.ok && refused.result.refused)
    throw new ContentRefused(formatIssueReport(refused.result.issues));
  if (failed && !failed.result.ok && !failed.result.refused) throw new StageFailed('render', failed.result.message);
  if (refused)
    throw new StageFailed(
      'render',
      `The ${refused.process.group ?? 'page'} render process refused the content, and the one that reports problems did not: report this, and build again with one render process.`,
    );
  const rendered = outcomes.map((o) => o.result).filter((r): r is Rendered => r.ok);
  if (rendered.length !== plan.length) throw new StageFailed('render', 'A render process stopped without saying why.');
  return rendered;
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

/** Pagefind writes its index in its own process, on one core and a half; meanwhile this one reads the rest of the site for the offline step. */
async function searchStage(
  indexer: SearchIndexer,
  staging: string,
  offlineOptions: Parameters<typeof describeSite>[1],
) {
  try {
    const writing = indexer.writeInto(staging);
    writing.catch(() => undefined); // awaited below
    const described = await failsAs('offline', () => describeSite(staging, offlineOptions));
    const search = await failsAs('search', () => writing);
    return { search, described };
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
  restart(): void {
    this.#start = performance.now();
  }
}
