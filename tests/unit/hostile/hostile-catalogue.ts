/**
 * A throw-away copy of the minimal catalogue, with a folder beside it
 * ("outside") for what a hostile pull request links to, checked by the real
 * `checkCatalogue` (as `npm run check`) and reported as the check prints it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIssueReport, type ContentIssue } from '../../../src/catalogue/issues.ts';
import { checkCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

export const PRACTICE = 'practices/street-lighting-audit';
export const CITY = 'cities/villeneuve';
export const DATASET = 'kpis/datasets/sample';

/** A value planted where a link may lead (a file outside, the environment): it must never show. */
export const SECRET = `atlas-secret-${process.pid}-4f1c9e`;

export interface HostileCatalogue extends FixtureCatalogue {
  /** The folder next to content/, outside it. */
  outside: string;
  /** Writes bytes (or text) at a path of the content folder. */
  writeBytes(path: string, bytes: Uint8Array | string): void;
  /** Makes `path` (in content/) a symbolic link to `target`, written as given. */
  link(path: string, target: string): void;
  /** Writes a file outside content/ and returns its absolute path. */
  writeOutside(name: string, bytes: Uint8Array | string): string;
  check(options?: { workers?: number }): Promise<{ issues: ContentIssue[]; report: string; valid: boolean }>;
}

export function hostileCatalogue(): HostileCatalogue {
  const fixture = copyFixture();
  const root = dirname(fixture.dir);
  const outside = join(root, 'outside');
  mkdirSync(outside);
  const full = (path: string) => join(fixture.dir, path);
  return Object.assign(fixture, {
    outside,
    writeBytes(path: string, bytes: Uint8Array | string) {
      mkdirSync(dirname(full(path)), { recursive: true });
      writeFileSync(full(path), bytes);
    },
    link(path: string, target: string) {
      mkdirSync(dirname(full(path)), { recursive: true });
      rmSync(full(path), { recursive: true, force: true });
      symlinkSync(target, full(path));
    },
    writeOutside(name: string, bytes: Uint8Array | string) {
      const path = join(outside, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      return path;
    },
    async check(options: { workers?: number } = {}) {
      const result = await checkCatalogue({ contentDir: fixture.dir, projectRoot: root, ...options });
      return { issues: result.issues, report: formatIssueReport(result.issues), valid: result.counts !== undefined };
    },
  });
}

/** `npm run check` in its own process, with the environment given (and no language setting). */
export function runCheckScript(contentDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const base = { ...process.env };
  for (const name of ['ATLAS_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete base[name];
  return spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir, ...args], {
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
}

/** A YAML "billion laughs": nine levels of nine aliases each, a few hundred bytes that expand to 387 million strings. */
export function aliasBomb(key = 'bomb'): string {
  const lines = [`${key}0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let level = 1; level <= 8; level += 1) {
    lines.push(`${key}${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  return lines.join('\n');
}
