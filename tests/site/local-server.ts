/**
 * A real web server (nginx, Apache) started by a test on 127.0.0.1, in a
 * folder of its own, serving a built site as a host would: the site at
 * <folder>/www<basePath>. Shared by nginx.test.ts and apache.test.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export { freePort } from '../../scripts/lib/free-port.ts';

/** A folder for the server's configuration, logs and pid, with the site linked at www<basePath>. */
export function serverFolder(name: string, siteDir: string, basePath: string): { runDir: string; docroot: string } {
  const runDir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  // The server's workers run as an unprivileged user: they must be able to enter the folder (mkdtemp makes it 0700).
  chmodSync(runDir, 0o755);
  const docroot = join(runDir, 'www');
  const target = join(docroot, basePath);
  mkdirSync(dirname(target.replace(/\/$/, '')), { recursive: true });
  symlinkSync(siteDir, target.replace(/\/$/, ''));
  return { runDir, docroot };
}

export async function waitUntilServing(url: string, child: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `The server exited with ${child.exitCode}: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`,
      );
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(
    `The server did not answer within 10 s: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`,
  );
}

/** Asks the server to stop (`signal`: its graceful one), then kills it after 5 s. */
export async function stopServer(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * The headers every recipe promises (docs/hosting.md): the page in UTF-8,
 * revalidated, with the build's policy; hashed assets immutable; each of
 * `revalidated` no-cache. Returns the policy the server sent.
 */
export async function expectSiteHeaders(
  at: (path: string) => string,
  lang: string,
  csp: string,
  revalidated: readonly string[],
): Promise<string> {
  const home = await fetch(at(`${lang}/`));
  expect(home.status).toBe(200);
  expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(home.headers.get('cache-control')).toBe('no-cache');
  const policy = home.headers.get('content-security-policy') ?? '';
  expect(policy).toBe(csp);
  expect(policy).toMatch(/frame-ancestors 'self'/);
  const css = /href="[^"]*?\/(_astro\/[^"]+\.css)"/.exec(await home.text())?.[1];
  expect(css).toBeDefined();
  const asset = await fetch(at(css!));
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(asset.headers.get('content-security-policy')).toBe(policy);
  for (const path of revalidated) {
    const response = await fetch(at(path));
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
  }
  return policy;
}
