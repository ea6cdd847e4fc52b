/**
 * Issue #15: `npm run serve` on a busy port says so in plain words, in the
 * editor's language, and serves on the next free port instead of printing
 * an EADDRINUSE stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listenOnFreePort } from '../../scripts/lib/free-port.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function holdPort(): Promise<{ server: Server; port: number }> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as { port: number }).port }));
  });
}

const busy = () => Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });

describe('a free port', () => {
  test('the next port is tried while the asked one is busy', async () => {
    const tried: number[] = [];
    const result = await listenOnFreePort(4321, async (port) => {
      tried.push(port);
      if (port < 4323) throw busy();
      return 'up';
    });
    expect(result).toEqual({ started: 'up', port: 4323, busy: [4321, 4322] });
    expect(tried).toEqual([4321, 4322, 4323]);
  });

  test('gives up after the ports tried, and lets other errors through', async () => {
    expect(await listenOnFreePort(4321, async () => Promise.reject(busy()), 3)).toEqual({ busy: [4321, 4322, 4323] });
    await expect(listenOnFreePort(4321, async () => Promise.reject(new Error('no such folder')))).rejects.toThrow(
      'no such folder',
    );
  });

  test.each([
    ['es', /El puerto (\d+) ya lo usa otro programa .*: el sitio se sirve en el puerto (\d+) en su lugar\./],
    [
      'fr',
      /Le port (\d+) est déjà utilisé par un autre programme .* : le site est servi sur le port (\d+) à la place\./,
    ],
  ])('npm run serve in %s on a busy port says so and serves on a free one', { timeout: 30_000 }, async (lang, said) => {
    const held = await holdPort();
    cleanups.push(() => held.server.close());
    const dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
    const child = spawn(
      process.execPath,
      ['scripts/serve.ts', '--dir', dir, '--port', String(held.port), '--lang', lang],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    cleanups.push(() => child.kill());
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (/http:\/\/127\.0\.0\.1:\d+\//.test(out)) done();
      });
      child.on('exit', () => fail(new Error(`serve exited: ${out}${err}`)));
    });
    const match = said.exec(out);
    expect(match, out).not.toBeNull();
    expect(Number(match![1])).toBe(held.port);
    const used = Number(match![2]);
    expect(used).not.toBe(held.port);
    expect(out).not.toMatch(/EADDRINUSE|at .*\.js:/);
    expect(err).toBe('');
    const response = await fetch(`http://127.0.0.1:${used}/`);
    expect(response.status).toBe(200);
  });

  test('npm run serve before any build says to build first, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const run = spawnSync(process.execPath, ['scripts/serve.ts', '--dir', join(dir, 'dist'), '--lang', 'es'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/No hay ningún sitio construido en .*dist: ejecute primero npm run build/);
    expect(run.stderr).not.toMatch(/ENOENT|at .*\.(?:js|ts|mjs):/);
  });
});
