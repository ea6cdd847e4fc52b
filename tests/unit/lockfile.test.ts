/**
 * package-lock.json is complete for every platform a network builds on: a
 * lock written by npm on Linux alone can lack macOS's or Windows's native
 * packages, and `npm ci` then fails there ("Missing: … from lock file").
 * `.ci/run` proves the install on a fresh clone; this says which package is
 * missing, in a second, whenever a dependency changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface LockedPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};
const packages = lock.packages;

/** Where Node would find `name` from the package at `from` (its own node_modules, then its parents'). */
function locate(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

const PLATFORMS = [
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'win32', cpu: 'x64' },
] as const;
type Platform = (typeof PLATFORMS)[number];

/** npm's rule: a list allows a value it names, or anything but the values it negates ("!win32"). */
const allows = (list: string[] | undefined, value: string | undefined) =>
  !list ||
  value === undefined ||
  list.includes(value) ||
  (list.every((v) => v.startsWith('!')) && !list.includes(`!${value}`));
const runsOn = (p: LockedPackage, on: Platform) =>
  allows(p.os, on.os) && allows(p.cpu, on.cpu) && allows(p.libc, 'libc' in on ? on.libc : undefined);

describe('package-lock.json', () => {
  test('is a version 3 lock', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  test('holds every optional package its packages declare, for every platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!locate(path, name)) missing.push(`${path || '(the project)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('has, for each native package, a build for Linux x64 and arm64, macOS x64 and arm64, Windows x64', () => {
    const unbuildable: string[] = [];
    for (const [path, entry] of Object.entries(packages)) {
      const optional = Object.keys(entry.optionalDependencies ?? {});
      const natives = optional
        .map((name) => packages[locate(path, name) ?? ''])
        .filter((p): p is LockedPackage => p !== undefined && Boolean(p.os ?? p.cpu));
      // One build per platform (not a single optional extra, as vite's fsevents on macOS).
      if (optional.length < 2 || natives.length === 0) continue;
      // A platform's own package (sharp-darwin-arm64 → its libvips) matters only on that platform.
      for (const on of PLATFORMS.filter((platform) => runsOn(entry, platform))) {
        if (!natives.some((p) => runsOn(p, on))) unbuildable.push(`${path}: nothing for ${on.os} ${on.cpu}`);
      }
    }
    expect(unbuildable).toEqual([]);
  });
});
