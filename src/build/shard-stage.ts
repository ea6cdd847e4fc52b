/**
 * The content and render stage of a build split by language
 * (docs/sharding.md): each shard whose inputs changed since its kept
 * output was built is rendered by a process of its own, a language shard's
 * practice pages then indexed by Pagefind into its folder; the others are
 * taken as they are. On one machine the shards' folders are kept in the
 * cache folder; in CI each job builds one shard into a folder of its own
 * (`--shard`), and the merge job takes the folders it is given (`--merge`).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishedLanguagesOf } from '../publish/context.ts';
import { recordReusablePages } from '../site/page-reuse.ts';
import type { ShardName } from '../site/shard.ts';
import type { Configuration } from './configure.ts';
import { mergeShards, readShardManifest, writeShardManifest, type ShardManifest } from './merge-shards.ts';
import { lastOutput, renderWorkRoot, shardHome, shardNames, shardProcess } from './render-plan.ts';
import { renderInProcesses, type RenderSettings, type StartRenderer } from './render-processes.ts';
import { openSearchIndex } from './search-index.ts';
import { shardInputs, type ShardInputOptions } from './shard-inputs.ts';
import { failsAs, renderedOrThrow, StageFailed } from './stage-failure.ts';

export interface ShardRun {
  settings: RenderSettings;
  cacheDir: string;
  startRenderer: StartRenderer;
  signal?: AbortSignal;
  /** Shards rendered at once. */
  atOnce: number;
  log(line: string): void;
}

export interface ShardsDone {
  /** Each shard's folder, with its manifest. */
  manifests: { dir: string; manifest: ShardManifest }[];
  /** The shards rendered by this run; the others were taken from their kept output. */
  rendered: ShardName[];
}

const inputOptionsOf = (settings: RenderSettings): ShardInputOptions => ({
  projectRoot: settings.projectRoot,
  contentDir: settings.contentDir,
  configFile: settings.configFile,
  base: settings.base,
  site: settings.site,
});

/**
 * The shards of the site into the staging folder: rendered on this machine
 * (those whose inputs changed; their folders kept in the cache folder), or
 * taken from the folders a merge is given; then merged.
 */
export async function shardsIntoStaging(
  staging: string,
  configuration: Configuration,
  mergeFrom: readonly string[] | undefined,
  run: ShardRun,
): Promise<{ practices: number; cities: number; shardsRendered?: ShardName[] }> {
  let shards: { dir: string; manifest: ShardManifest }[];
  let shardsRendered: ShardName[] | undefined;
  if (mergeFrom) {
    shards = await failsAs('render', () => shardFoldersFrom(mergeFrom, configuration, run.settings));
  } else {
    const done = await renderShards(shardsOfSite(configuration, run.cacheDir), run);
    shards = done.manifests;
    shardsRendered = done.rendered;
  }
  await failsAs('render', () =>
    mergeShards(
      shards.map((s) => s.dir),
      staging,
    ),
  );
  const { practices, cities } = shards[0]!.manifest;
  return { practices, cities, ...(shardsRendered ? { shardsRendered } : {}) };
}

/** Every shard of the site, in the cache folder's kept outputs (one machine). */
export function shardsOfSite(configuration: Configuration, cacheDir: string): { shard: ShardName; dir: string }[] {
  return shardNames(publishedLanguagesOf(configuration.settings)).map((shard) => ({
    shard,
    dir: join(shardHome(cacheDir, shard), 'site'),
  }));
}

/** Renders the shards whose folder was not built from the same inputs; returns every shard's folder. */
export async function renderShards(shards: { shard: ShardName; dir: string }[], run: ShardRun): Promise<ShardsDone> {
  const digests = shardInputs(
    shards.map((s) => s.shard),
    inputOptionsOf(run.settings),
  );
  const wanted = shards.map((s) => ({ ...s, inputs: digests[s.shard] }));
  const stale = wanted.filter((w) => readShardManifest(w.dir)?.inputs !== w.inputs);
  const workRoot = renderWorkRoot(run.settings.projectRoot);
  const plan = stale.map((w, i) => shardProcess(w.shard, w.dir, run.cacheDir, workRoot, i === 0));
  const kept = wanted.filter((w) => !stale.includes(w)).map((w) => w.shard);
  if (kept.length > 0 && !run.settings.quiet) run.log(`Shards unchanged since their last build: ${kept.join(', ')}.`);

  // Pagefind indexes each language shard as soon as its pages are written, one shard at a time.
  let indexing = Promise.resolve();
  const indexed = (dir: string) => {
    indexing = indexing.then(() => indexInto(dir));
    indexing.catch(() => undefined); // awaited below
  };
  const outcomes = await renderInProcesses(
    plan,
    run.settings,
    run.startRenderer,
    (done) => {
      if (done.shard !== 'shared') indexed(done.outDir);
    },
    run.signal,
    run.atOnce,
  );
  renderedOrThrow(outcomes, plan);
  await failsAs('search', () => indexing);
  // Written last: a shard interrupted before this has no manifest, and is rendered again by the next build.
  for (const { process, result } of outcomes) {
    if (!result.ok || !process.shard) continue;
    writeShardManifest(process.outDir, {
      shard: process.shard,
      inputs: stale.find((w) => w.shard === process.shard)!.inputs,
      base: run.settings.base,
      site: run.settings.site,
      practices: result.practices,
      cities: result.cities,
    });
    // The shard's folder is its last output from now on (src/site/page-reuse.ts).
    recordReusablePages(process.cacheDir, process.outDir);
    rmSync(lastOutput(process.outDir), { recursive: true, force: true });
  }
  return {
    manifests: wanted.map((w) => ({ dir: w.dir, manifest: readShardManifest(w.dir)! })),
    rendered: stale.map((w) => w.shard),
  };
}

async function indexInto(dir: string): Promise<void> {
  const indexer = await openSearchIndex();
  try {
    await indexer.addPagesOf(dir);
    await indexer.writeInto(dir);
  } finally {
    await indexer.close();
  }
}

/**
 * The shard folders a merge is given: each folder named is a shard's, or
 * holds shards' folders (as CI downloads its artifacts). Every shard of the
 * site must be there once, built for the same base path and address from
 * the inputs of this checkout.
 */
export function shardFoldersFrom(
  folders: readonly string[],
  configuration: Configuration,
  settings: RenderSettings,
): { dir: string; manifest: ShardManifest }[] {
  const found: { dir: string; manifest: ShardManifest }[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) throw new StageFailed('render', `${folder}: no such folder of shards to merge.`);
    const own = readShardManifest(folder);
    const dirs = own
      ? [folder]
      : readdirSync(folder, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => join(folder, e.name))
          .sort();
    for (const dir of dirs) {
      const manifest = readShardManifest(dir);
      if (manifest) found.push({ dir, manifest });
    }
  }
  const problems: string[] = [];
  const names = shardNames(publishedLanguagesOf(configuration.settings));
  const digests = shardInputs(names, inputOptionsOf(settings));
  for (const shard of names) {
    const of = found.filter((f) => f.manifest.shard === shard);
    if (of.length !== 1) {
      problems.push(
        of.length === 0 ? `the ${shard} shard is missing` : `the ${shard} shard is there ${of.length} times`,
      );
      continue;
    }
    const { dir, manifest } = of[0]!;
    if (manifest.base !== settings.base || manifest.site !== settings.site)
      problems.push(
        `${dir} was built for ${manifest.site} under ${manifest.base}, not ${settings.site} under ${settings.base}`,
      );
    else if (manifest.inputs !== digests[shard])
      problems.push(`${dir} was built from other code, content or settings than this checkout's`);
  }
  const extra = found.filter(
    (f) => !shardNames(publishedLanguagesOf(configuration.settings)).includes(f.manifest.shard),
  );
  for (const { dir, manifest } of extra)
    problems.push(`${dir} is the ${manifest.shard} shard, a language the site does not publish`);
  if (problems.length > 0) throw new StageFailed('render', `The shards cannot be merged: ${problems.join('; ')}.`);
  return shardNames(publishedLanguagesOf(configuration.settings)).map((shard) =>
    found.find((f) => f.manifest.shard === shard)!,
  );
}
