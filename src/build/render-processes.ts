/**
 * The build's content and render stages, run in render processes
 * (render-pages.ts): each reads and checks the content, then has Astro
 * render its pages. What a process holds (the catalogue, Astro's modules)
 * is freed when it exits, before Pagefind needs as much again.
 *
 * Starting a process is an effect the build is given (`startRenderer`):
 * `spawningRenderer` below gives the real one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARD_ENV } from '../site/shard.ts';
import type { RenderRequest, RenderResult } from './render-pages.ts';
import { lastOutput, type RenderProcess } from './render-plan.ts';
import { settingsAndCodeDigest } from './shard-inputs.ts';

/** A render process once started. */
export interface RunningRenderer {
  /** Its result, once it has ended (a process killed or crashed gives a failure that says so). */
  result: Promise<RenderResult>;
  /** Resolved once it has run Astro's sync (request.sync 'sync-and-signal'), or ended. */
  synced: Promise<void>;
  /** Tells a process waiting for the other's sync (request.sync 'wait-for-other') to build. */
  go(): void;
  stop(): void;
}

/** import.meta.env's own keys, which the render process must get from the configuration only. */
export const ASTRO_BUILT_IN_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'] as const;

/** Starts a render process for a request, in an environment of Astro settings (astro.config.mjs reads them). */
export type StartRenderer = (request: RenderRequest, env: NodeJS.ProcessEnv) => RunningRenderer;

export interface RenderOutcome {
  process: RenderProcess;
  result: RenderResult;
  /** Stopped by the build because the other process failed: its own result says nothing about the content. */
  stoppedBecauseOther: boolean;
}

export interface RenderSettings {
  contentDir: string;
  projectRoot: string;
  base: string;
  site: string;
  configFile: string;
  language: RenderRequest['language'];
  quiet: boolean;
}

/**
 * Runs the plan's processes, at most `atOnce` at a time, in the plan's
 * order; a process that fails stops the others, whose work would be thrown
 * away, and those not started yet are not. `onRendered` hears of each
 * process that finished its pages; `signal` stops them all.
 */
export async function renderInProcesses(
  plan: RenderProcess[],
  settings: RenderSettings,
  startRenderer: StartRenderer,
  onRendered: (done: RenderProcess) => void,
  signal?: AbortSignal,
  atOnce = plan.length,
): Promise<RenderOutcome[]> {
  // The request and result files travel through a private temporary folder (the output's parent may not exist yet).
  const exchange = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const running = new Set<RunningRenderer>();
  const stopAll = () => {
    for (const renderer of running) renderer.stop();
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  let stopping = false;
  let synced: Promise<void> | undefined;
  let code: string | undefined;
  const start = (renderProcess: RenderProcess, index: number) => {
    const name = renderProcess.shard ?? 'all';
    const request: RenderRequest = {
      contentDir: settings.contentDir,
      projectRoot: settings.projectRoot,
      base: settings.base,
      site: settings.site,
      siteFile: settings.configFile,
      staging: renderProcess.outDir,
      language: settings.language,
      resultFile: join(exchange, `result-${name}.json`),
      // Each shard has a cache folder of its own, so that no two processes write one file.
      cacheDir: renderProcess.cacheDir,
      workDir: renderProcess.workDir,
      reportIssues: renderProcess.reportIssues,
      quiet: settings.quiet,
      // Only the first process runs Astro's sync: two at once rewrote the same files in .astro/ (render-pages.ts).
      sync: plan.length === 1 ? 'sync' : index === 0 ? 'sync-and-signal' : 'wait-for-other',
    };
    const { outDir, reuseFrom } = renderProcess;
    if (reuseFrom) {
      code ??= reuseCodeDigest(settings);
      request.reuse = { from: reuseFrom, code: `${code}:${name}` };
      // A shard's last folder is moved aside, its files linked back into the new one (src/site/page-reuse.ts).
      if (reuseFrom === lastOutput(outDir) && existsSync(outDir)) {
        rmSync(reuseFrom, { recursive: true, force: true });
        renameSync(outDir, reuseFrom);
      }
    }
    rmSync(outDir, { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ATLAS_CACHE_DIR: renderProcess.cacheDir,
      ATLAS_SITE_CONFIG: settings.configFile,
      ATLAS_BASE_PATH: settings.base,
      ATLAS_SITE_URL: settings.site,
    };
    if (renderProcess.shard) env[SHARD_ENV] = renderProcess.shard;
    else delete env[SHARD_ENV];
    // Astro lets the environment override import.meta.env's built-ins in server code: a BASE_URL left by a test
    // runner or a CI job would put every link of the site under the wrong base path.
    for (const name of ASTRO_BUILT_IN_ENV) delete env[name];
    const renderer = startRenderer(request, env);
    running.add(renderer);
    if (request.sync === 'sync-and-signal') synced = renderer.synced;
    if (request.sync === 'wait-for-other') void synced?.then(() => renderer.go());
    return { request, renderer };
  };
  const run = async (renderProcess: RenderProcess, index: number): Promise<RenderOutcome> => {
    const { request, renderer } = start(renderProcess, index);
    const result = await renderer.result;
    running.delete(renderer);
    rmSync(request.workDir, { recursive: true, force: true });
    if (result.ok && !stopping) onRendered(renderProcess);
    const stoppedBecauseOther = stopping && !result.ok;
    // A silent process that refused the content waits for the one that reports the problems.
    if (!result.ok && !stopping && (renderProcess.reportIssues || !result.refused)) {
      stopping = true;
      stopAll();
    }
    return { process: renderProcess, result, stoppedBecauseOther };
  };
  // Each lane takes the next process of the plan when its own ends; none is started once the build is stopping.
  const outcomes: RenderOutcome[] = [];
  let next = 0;
  const lane = async () => {
    while (next < plan.length && !stopping && !signal?.aborted) {
      const index = next++;
      outcomes[index] = await run(plan[index]!, index);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(atOnce, plan.length) }, lane));
    return outcomes.filter(Boolean);
  } finally {
    signal?.removeEventListener('abort', stopAll);
    rmSync(exchange, { recursive: true, force: true });
  }
}

/**
 * What shapes every page besides its key: the code, the settings and the
 * site file (shard-inputs.ts), and the Node version that runs Astro. A
 * change to any of them renders every page again.
 */
export function reuseCodeDigest(settings: RenderSettings): string {
  return `${settingsAndCodeDigest(settings)}:${process.version}`;
}

/** What a render process prints (Astro's log), when the caller takes it instead of the terminal. */
export type RendererOutput = (stream: 'stdout' | 'stderr', text: string) => void;

/**
 * The real render process: render-pages.ts in a Node child, its request and
 * result as files, its sync over IPC; its output goes to this process's
 * terminal, or to `output`. Node's options are this process's (a heap size,
 * a profiler) unless `execArgv` says otherwise (a test runner's own are not
 * for Astro).
 */
export function spawningRenderer(
  output?: RendererOutput,
  execArgv: readonly string[] = process.execArgv,
): StartRenderer {
  return (request, env) => {
    const requestFile = request.resultFile.replace(/result-([^/\\]+)\.json$/, 'request-$1.json');
    writeFileSync(requestFile, JSON.stringify(request));
    const stdio = output
      ? (['inherit', 'pipe', 'pipe', 'ipc'] as const)
      : (['inherit', 'inherit', 'inherit', 'ipc'] as const);
    const child = spawn(process.execPath, [...execArgv, join(import.meta.dirname, 'render-pages.ts'), requestFile], {
      stdio: [...stdio],
      env,
    });
    child.stdout?.setEncoding('utf8').on('data', (text: string) => output?.('stdout', text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => output?.('stderr', text));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.once('close', (code, signal) => done({ code, signal })),
    );
    const synced = Promise.withResolvers<void>();
    child.on('message', (message) => message === 'synced' && synced.resolve());
    void exited.then(() => synced.resolve());
    const result = exited.then((exit): RenderResult => {
      if (existsSync(request.resultFile)) return JSON.parse(readFileSync(request.resultFile, 'utf8')) as RenderResult;
      const shard = env[SHARD_ENV];
      const what = shard ? `the ${shard} shard` : 'the pages';
      return {
        ok: false,
        refused: false,
        message: `Rendering ${what} stopped (${exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`}) before it finished.`,
      };
    });
    return {
      result,
      synced: synced.promise,
      go: () => {
        if (child.connected) child.send('go');
      },
      stop: () => {
        child.kill('SIGTERM');
      },
    };
  };
}
