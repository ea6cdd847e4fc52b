/**
 * Reads a standalone YAML data file (taxonomy, indicators, dataset, site)
 * and validates it, recording where each field was written.
 */
import { dirname } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentIssue } from './issues.ts';
import type { Locations } from './locations.ts';
import { guardFileReading, readTextInside } from './safe-file.ts';
import { validateAgainst } from './schema-issues.ts';
import { normalizeText } from './source-text.ts';
import { parseYamlSource } from './yaml-source.ts';

export function loadYamlFile<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
  issues: ContentIssue[],
  locations: Locations,
  missing: { message: string; suggestion: string },
  /** The folder the file must really be in (a link leading out of it is refused): the content folder, else the file's own. */
  root = dirname(path),
): z.infer<S> | undefined {
  const read = readTextInside(path, root, file, 'yaml');
  if (!read.ok) {
    issues.push(read.missing ? { file, line: 1, ...missing } : { file, ...read.problem });
    return undefined;
  }
  return guardFileReading(
    file,
    issues,
    () => {
      const yaml = parseYamlSource(normalizeText(read.value), file, 1, issues);
      if (!yaml) return undefined;
      locations.set(file, yaml.lineOf);
      return validateAgainst(schema, yaml, file, issues);
    },
    undefined,
  );
}
