/**
 * The catalogue a benchmark builds: a working copy of the generated one
 * made of hard links (seconds even at 10,000 practices, no extra disk), so
 * that the rebuild's edit never touches bench-out/catalogue-N: the edited
 * file is replaced, not written through its link.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CatalogueShape } from './astro-log.ts';

/** Recreates `dest` as a copy of `source` whose files are hard links (copies across file systems). */
export function linkTree(source: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  const visit = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const [a, b] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) visit(a, b);
      else {
        try {
          linkSync(a, b);
        } catch {
          copyFileSync(a, b);
        }
      }
    }
  };
  visit(source, dest);
}

/**
 * One practice's body edited as an editor would (a sentence added to the
 * first practice's first language file). The file is removed and written
 * anew so that the generated catalogue it is linked to stays as it was.
 * Returns the path changed.
 */
export function changeOnePractice(content: string): string {
  const folder = join(content, 'practices', readdirSync(join(content, 'practices')).sort()[0]!);
  const file = join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0]!,
  );
  const original = readFileSync(file, 'utf8');
  rmSync(file);
  writeFileSync(file, `${original}\nA sentence added to measure a rebuild.\n`);
  return file;
}

/** How many indicators the catalogue defines, for the estimate of the routes to generate. */
export function catalogueShape(
  content: string,
  counts: { practices: number; cities: number; observations: number },
): CatalogueShape {
  let indicators: unknown;
  try {
    indicators = parse(readFileSync(join(content, 'kpis', 'indicators.yaml'), 'utf8'));
  } catch {
    // Only an estimate: a missing or broken file is the check's and the build's to report.
  }
  return { ...counts, indicators: Array.isArray(indicators) ? indicators.length : 0 };
}

/** Practice and city texts in every language: the bodies the bare site renders, one page each. */
export function countBodies(content: string): number {
  let count = 0;
  for (const kind of ['practices', 'cities']) {
    for (const id of readdirSync(join(content, kind)))
      count += readdirSync(join(content, kind, id)).filter((f) => f.endsWith('.mdx')).length;
  }
  return count;
}
