/**
 * The bare Astro site of bench/bare-astro/ fed with the bodies of a
 * generated catalogue: every practice and city text, with a frontmatter
 * reduced to its title, as `.mdx` (compiled by @astrojs/mdx, what the issue's
 * targets compare with) or as `.md` (Astro's Markdown path, for reference).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runMeasured, type RunResult } from './bench-process.ts';

export type BodyFormat = 'mdx' | 'md';

export const BARE_ASTRO_ROOT = resolve('bench/bare-astro');

/** The title of an entry file: a practice's title or a city's name, read from its frontmatter. */
function titleOf(frontmatter: string): string {
  const line = /^(?:title|name):\s*(.+)$/m.exec(frontmatter)?.[1] ?? '""';
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

/**
 * Copies every body of `contentDir` into `bodiesDir` as `<kind>/<id>/<lang>.<format>`
 * and returns how many there are. The copy is kept and reused while the
 * catalogue's generation parameters stay the same.
 */
export function prepareBodies(contentDir: string, bodiesDir: string, format: BodyFormat): number {
  const source = readFileSync(join(contentDir, 'generated.json'), 'utf8');
  const marker = join(bodiesDir, 'source.json');
  const counted = join(bodiesDir, 'count.txt');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === source && existsSync(counted)) return Number(readFileSync(counted, 'utf8'));
  rmSync(bodiesDir, { recursive: true, force: true });
  let count = 0;
  for (const kind of ['practices', 'cities']) {
    for (const id of readdirSync(join(contentDir, kind))) {
      for (const file of readdirSync(join(contentDir, kind, id))) {
        if (!file.endsWith('.mdx')) continue;
        const text = readFileSync(join(contentDir, kind, id, file), 'utf8');
        const end = text.indexOf('\n---', 4);
        const body = text.slice(text.indexOf('\n', end + 1) + 1);
        const folder = join(bodiesDir, kind, id);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, file.replace(/\.mdx$/, `.${format}`)), `---\ntitle: ${JSON.stringify(titleOf(text.slice(0, end)))}\n---\n${body}`);
        count++;
      }
    }
  }
  writeFileSync(counted, String(count));
  writeFileSync(marker, source);
  return count;
}

/** A fresh build of the bare site (its cache emptied first), measured. */
export function buildBareAstro(options: { bodiesDir: string; format: BodyFormat; outDir: string; cacheDir: string; log: string }): Promise<RunResult> {
  rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.outDir, { recursive: true, force: true });
  return runMeasured(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', BARE_ASTRO_ROOT], {
    log: options.log,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BARE_BODIES_DIR: resolve(options.bodiesDir),
      BARE_FORMAT: options.format,
      BARE_OUT_DIR: resolve(options.outDir),
      BARE_CACHE_DIR: resolve(options.cacheDir),
    },
  });
}
