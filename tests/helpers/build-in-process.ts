/**
 * `build()` called in the test's own process, as scripts/build.ts calls it,
 * with its logs, its problems and its render processes' output collected
 * instead of printed. The render processes are real (Astro in Node
 * children); the replaced site is removed at once.
 */
import { rmSync } from 'node:fs';
import { build, type BuildOptions, type BuildResult } from '../../src/build/build.ts';
import { spawningRenderer } from '../../src/build/render-processes.ts';

export interface BuildRun {
  result: BuildResult;
  /** The build's own lines, then what the render processes printed on standard output. */
  stdout: string;
  /** The problems the build reported, then what the render processes printed on standard error. */
  stderr: string;
}

export async function buildInProcess(
  options: Pick<BuildOptions, 'contentDir' | 'outDir' | 'cacheDir'> & Partial<BuildOptions>,
): Promise<BuildRun> {
  const logs: string[] = [];
  const errors: string[] = [];
  const output = { stdout: '', stderr: '' };
  const result = await build(
    { projectRoot: process.cwd(), language: 'en', quiet: true, ...options },
    {
      log: (line) => logs.push(line),
      error: (text) => errors.push(text),
      startRenderer: spawningRenderer((stream, text) => (output[stream] += text), []),
      removeReplaced: (path) => rmSync(path, { recursive: true, force: true }),
    },
  );
  return { result, stdout: [...logs, output.stdout].join('\n'), stderr: [...errors, output.stderr].join('\n').trim() };
}
