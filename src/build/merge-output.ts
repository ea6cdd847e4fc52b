/**
 * Puts the output of one render process into another's (render-plan.ts).
 * Their pages do not overlap; what both write (pages without parameters
 * such as the root and 404, public files, bundled assets) must be the same
 * bytes, or the two processes disagreed and the build stops.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface MergeReport {
  /** Files and folders moved whole. */
  moved: number;
  /** Files both processes wrote, identical. */
  shared: number;
}

export function mergeOutput(from: string, into: string): MergeReport {
  const report: MergeReport = { moved: 0, shared: 0 };
  const differing: string[] = [];
  const visit = (fromDir: string, intoDir: string) => {
    for (const entry of readdirSync(fromDir, { withFileTypes: true })) {
      const source = join(fromDir, entry.name);
      const target = join(intoDir, entry.name);
      const existing = statSync(target, { throwIfNoEntry: false });
      if (!existing) {
        renameSync(source, target);
        report.moved += 1;
      } else if (entry.isDirectory() && existing.isDirectory()) {
        visit(source, target);
      } else if (entry.isFile() && existing.isFile() && sameBytes(source, target)) {
        report.shared += 1;
      } else {
        differing.push(relative(into, target));
      }
    }
  };
  visit(from, into);
  if (differing.length > 0) {
    const shown = differing.slice(0, 5).join(', ');
    throw new Error(
      `The two render processes wrote different versions of ${differing.length} file(s): ${shown}${differing.length > 5 ? ', …' : ''}. Build again with one render process and report this.`,
    );
  }
  rmSync(from, { recursive: true, force: true });
  return report;
}

function sameBytes(a: string, b: string): boolean {
  return readFileSync(a).equals(readFileSync(b));
}
