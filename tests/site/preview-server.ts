/**
 * Starts `npm run dev` (scripts/dev.ts) on a copy of the sample content,
 * as an editor would, for the preview's browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import { contentDir } from './content.ts';

export interface Preview {
  /** The home page's address the command printed. */
  home: string;
  /** The server's root, ending in "/". */
  origin: string;
  /** The content folder the preview follows. */
  content: string;
  /** Everything the command printed so far. */
  output: () => string;
  /** The process serving the preview (Astro and Vite run in it). */
  pid: number;
  stop: () => Promise<void>;
}

/** A copy of the sample under .cache/ (never watched, except as the preview's content folder). */
export function copySampleContent(): string {
  mkdirSync(resolve('.cache'), { recursive: true });
  const folder = mkdtempSync(join(resolve('.cache'), 'preview-test-'));
  cpSync(contentDir, join(folder, 'content'), { recursive: true });
  return join(folder, 'content');
}

/** Starts the preview; `copy` says the content folder is a copySampleContent(), removed with its parent on stop. */
export async function startPreview(content: string, lang: 'fr' | 'en' | 'es', copy: boolean): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/dev.ts', '--content', content, '--lang', lang, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // As an editor's shell has it: not the test runner's NODE_ENV=test and VITEST variables, which Astro and Vite act on.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
          ),
        ),
        FORCE_COLOR: '0',
      },
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    if (copy) rmSync(resolve(content, '..'), { recursive: true, force: true });
  };
  const home = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm run dev printed no address within 120 s:\n${output}`)), 120_000);
    const look = () => {
      const found = /(http:\/\/127\.0\.0\.1:\d+\/\S*)\n/.exec(
        output
          .split('\n')
          .filter((line) => !line.includes('Local'))
          .join('\n'),
      );
      if (found) {
        clearTimeout(timer);
        done(found[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm run dev exited (${code}):\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { home, origin: new URL('/', home).href, content, output: () => output, pid: child.pid!, stop };
}
