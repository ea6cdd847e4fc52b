/**
 * The bare Astro site of bench/bare-astro/ fed with the bodies of a
 * generated catalogue: every practice and city text, with a frontmatter
 * reduced to its title, as `.mdx` (compiled by @astrojs/mdx, what the issue's
 * targets compare with) or as `.md` (Astro's Markdown path, for reference).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runMeasured, type RunResult } from './process.ts';

export type BodyFormat = 'mdx' | 'md';

export const BARE_ASTRO_ROOT = resolve('bench/bare-astro');

/** The title of an entry file: a practice's title or a city's name, read from its frontmatter. */
function titleOf(frontmatter: string): string {
  const line = /^(?:title|name):\s*(.+)$/m.exec(frontmatter)?.[1] ?? '""';
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

export interface PreparedBodies {
  count: number;
  /** SHA-256 of every body file's path and text: equal hashes, identical input to the bare site. */
  hash: string;
}

/**
 * Copies every body of `contentDir` into `bodiesDir` as `<kind>/<id>/<lang>.<format>`.
 * The bodies are read each time (their hash says whether a baseline measured
 * earlier had the same input); the copy is rewritten only when they changed.
 */
export function prepareBodies(contentDir: string, bodiesDir: string, format: BodyFormat): PreparedBodies {
  const files = new Map<string, string>();
  for (const kind of ['practices', 'cities']) {
    for (const id of readdirSync(join(contentDir, kind)).sort()) {
      for (const file of readdirSync(join(contentDir, kind, id)).sort()) {
        if (!file.endsWith('.mdx')) continue;
        const text = readFileSync(join(contentDir, kind, id, file), 'utf8');
        const end = text.indexOf('\n---', 4);
        const body = text.slice(text.indexOf('\n', end + 1) + 1);
        files.set(
          join(kind, id, file.replace(/\.mdx$/, `.${format}`)),
          `---\ntitle: ${JSON.stringify(titleOf(text.slice(0, end)))}\n---\n${body}`,
        );
      }
    }
  }
  const digest = createHash('sha256');
  for (const [path, text] of files) digest.update(`${path}\0${text}\0`);
  const prepared = { count: files.size, hash: digest.digest('hex') };
  const marker = join(bodiesDir, 'bodies.json');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(prepared)) return prepared;
  rmSync(bodiesDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(join(bodiesDir, path, '..'), { recursive: true });
    writeFileSync(join(bodiesDir, path), text);
  }
  writeFileSync(marker, JSON.stringify(prepared));
  return prepared;
}

/** A fresh build of the bare site (its cache emptied first), measured. */
export function buildBareAstro(options: {
  bodiesDir: string;
  format: BodyFormat;
  outDir: string;
  cacheDir: string;
  log: string;
  onLine?: (line: string) => void;
}): Promise<RunResult> {
  rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.outDir, { recursive: true, force: true });
  return runMeasured(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', BARE_ASTRO_ROOT],
    {
      log: options.log,
      onLine: options.onLine,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        BARE_BODIES_DIR: resolve(options.bodiesDir),
        BARE_FORMAT: options.format,
        BARE_OUT_DIR: resolve(options.outDir),
        BARE_CACHE_DIR: resolve(options.cacheDir),
      },
    },
  );
}

/** A bare-site measurement kept in bench-out/ with what it was measured on, for --reuse-baseline. */
export interface BaselineRecord {
  date: string;
  identity: { bodies: string; format: BodyFormat; machine: string; site: string };
  seconds: number;
  peakBytes: number;
  pages: number;
  load: { start: number; end: number };
}

export const baselineFile = (practices: number, format: BodyFormat): string =>
  join('bench-out', `baseline-${practices}-${format}.json`);

/** The recorded baseline when it was measured on the same bodies, format, machine and versions; undefined otherwise. */
export function reusableBaseline(file: string, identity: BaselineRecord['identity']): BaselineRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as BaselineRecord;
    const same = (Object.keys(identity) as (keyof typeof identity)[]).every(
      (key) => record.identity?.[key] === identity[key],
    );
    return same && record.seconds > 0 ? record : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of the bare site's own files (config, page, components): a change to them is a different baseline. */
export function bareSiteHash(): string {
  const digest = createHash('sha256');
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else
        digest
          .update(`${relative(BARE_ASTRO_ROOT, path)}\0`)
          .update(readFileSync(path))
          .update('\0');
    }
  };
  digest.update(readFileSync(join(BARE_ASTRO_ROOT, 'astro.config.mjs')));
  visit(join(BARE_ASTRO_ROOT, 'src'));
  return digest.digest('hex');
}

export function saveBaseline(file: string, record: BaselineRecord): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
