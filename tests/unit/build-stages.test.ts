/**
 * build() with a render effect that stands in for the render processes:
 * how the stages answer a failure, without Astro (the real renders are in
 * tests/integration/build-script.test.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { build, type BuildEffects } from '../../src/build/build.ts';
import type { RenderRequest, RenderResult } from '../../src/build/render-pages.ts';
import type { RunningRenderer } from '../../src/build/render-processes.ts';
import { MINIMAL_FIXTURE } from '../helpers/fixture-catalogue.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

interface Started {
  request: RenderRequest;
  env: NodeJS.ProcessEnv;
  stopped: boolean;
  finish(result: RenderResult): void;
}

/** A render effect whose processes end when the test says, with the result it gives. */
function standInRenderers() {
  const started: Started[] = [];
  const startRenderer = (request: RenderRequest, env: NodeJS.ProcessEnv): RunningRenderer => {
    const ended = Promise.withResolvers<RenderResult>();
    const process: Started = { request, env, stopped: false, finish: (result) => ended.resolve(result) };
    started.push(process);
    return {
      result: ended.promise,
      synced: Promise.resolve(),
      go: () => undefined,
      stop: () => {
        process.stopped = true;
        ended.resolve({ ok: false, refused: false, message: 'stopped' });
      },
    };
  };
  return { started, startRenderer };
}

function run(shards: 1 | 2, startRenderer: BuildEffects['startRenderer']) {
  root = mkdtempSync(join(tmpdir(), 'atlas-stages-'));
  const outDir = join(root, 'site');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'the last good site');
  const errors: string[] = [];
  const building = build(
    {
      projectRoot: resolve('.'),
      contentDir: MINIMAL_FIXTURE,
      outDir,
      cacheDir: join(root, 'cache'),
      language: 'en',
      shards,
      quiet: true,
    },
    { log: () => undefined, error: (text) => errors.push(text), startRenderer, removeReplaced: () => undefined },
  );
  return { building, errors, outDir };
}

const untilStarted = async (started: Started[], count: number) => {
  while (started.length < count) await new Promise((done) => setTimeout(done, 5));
};

test('the render process gets typed settings, and Astro its own in its environment, not this process', async () => {
  const { started, startRenderer } = standInRenderers();
  // A base path left in the environment (Vitest sets BASE_URL itself) must not reach Astro's import.meta.env.
  const leftOver = process.env.BASE_URL;
  process.env.BASE_URL = '/elsewhere/';
  const { building, outDir } = run(1, startRenderer);
  await untilStarted(started, 1);
  if (leftOver === undefined) delete process.env.BASE_URL;
  else process.env.BASE_URL = leftOver;
  const [only] = started;
  expect(only!.env.BASE_URL).toBeUndefined();
  expect(only!.request).toMatchObject({
    contentDir: MINIMAL_FIXTURE,
    base: '/',
    reportIssues: true,
    sync: 'sync',
    quiet: true,
  });
  expect(only!.env).toMatchObject({ ATLAS_BASE_PATH: '/', ATLAS_CACHE_DIR: join(root!, 'cache') });
  expect(process.env.ATLAS_BASE_PATH).toBeUndefined();
  only!.finish({ ok: false, refused: false, message: 'Astro failed: a page threw' });
  expect(await building).toEqual({ ok: false, stage: 'render' });
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
  expect(readdirSync(root!)).toEqual(['site']);
});

test("a render failure is reported with its message, the last good site kept, and the build's folders removed", async () => {
  const { started, startRenderer } = standInRenderers();
  const { building, errors, outDir } = run(1, startRenderer);
  await untilStarted(started, 1);
  started[0]!.finish({ ok: false, refused: false, message: 'Astro failed: a page threw' });
  expect(await building).toEqual({ ok: false, stage: 'render' });
  expect(errors.join('\n')).toContain('Astro failed: a page threw');
  expect(errors.join('\n')).toContain(`The build failed: ${outDir} was left as it was.`);
});

test('split by language, shards run two at a time; the one that fails stops the other, and no further shard starts', async () => {
  const { started, startRenderer } = standInRenderers();
  const { building, errors } = run(2, startRenderer);
  await untilStarted(started, 2);
  const [shared, fr] = started;
  expect([shared!.env.ATLAS_SHARD, fr!.env.ATLAS_SHARD]).toEqual(['shared', 'fr']);
  // One runs Astro's sync and reports the content's problems; the other waits for its sync.
  expect([shared!.request.sync, fr!.request.sync]).toEqual(['sync-and-signal', 'wait-for-other']);
  expect([shared!.request.reportIssues, fr!.request.reportIssues]).toEqual([true, false]);
  expect(shared!.env.ATLAS_CACHE_DIR).toBe(join(root!, 'cache', 'practice-atlas', 'shards', 'shared', 'astro'));
  fr!.finish({ ok: false, refused: false, message: 'the French pages failed' });
  expect(await building).toEqual({ ok: false, stage: 'render' });
  expect(shared!.stopped).toBe(true);
  expect(started).toHaveLength(2);
  expect(errors.join('\n')).toContain('the French pages failed');
  expect(errors.join('\n')).not.toContain('stopped');
});

test('content refused: the problems the reporting process found are printed as the check prints them', async () => {
  const { started, startRenderer } = standInRenderers();
  const { building, errors, outDir } = run(1, startRenderer);
  await untilStarted(started, 1);
  started[0]!.finish({
    ok: false,
    refused: true,
    issues: [{ file: 'content/practices/x/fr.mdx', line: 3, field: 'country', message: 'not a country' }],
  });
  expect(await building).toEqual({ ok: false, stage: 'content' });
  expect(errors[0]).toMatch(/content\/practices\/x\/fr\.mdx:3 country: not a country/);
  expect(errors.join('\n')).toContain(
    `The content has problems: the site was not built, and ${outDir} was left as it was.`,
  );
});
