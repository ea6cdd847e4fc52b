/**
 * Reads a standalone YAML data file (taxonomy, indicators, dataset, site)
 * and validates it, recording where each field was written.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { ContentIssue } from './issues.ts';
import type { Locations } from './locations.ts';
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
): z.infer<S> | undefined {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    issues.push({ file, line: 1, ...missing });
    return undefined;
  }
  const yaml = parseYamlSource(normalizeText(raw), file, 1, issues);
  if (!yaml) return undefined;
  locations.set(file, yaml.lineOf);
  return validateAgainst(schema, yaml, file, issues);
}
