/**
 * A site.yaml (and the files it names) written to a fresh folder and read
 * as the build reads it, labelled "site.yaml" in the issues.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentIssue } from '../../src/catalogue/issues.ts';
import { loadSiteConfig } from '../../src/catalogue/load-site-config.ts';

export function loadSiteYaml(
  yaml: string,
  files: Record<string, string | Buffer> = {},
  prepare?: (dir: string) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-site-config-'));
  writeFileSync(join(dir, 'site.yaml'), yaml);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  prepare?.(dir);
  const issues: ContentIssue[] = [];
  const settings = loadSiteConfig({ path: join(dir, 'site.yaml'), label: 'site.yaml' }, issues);
  return { dir, settings, issues };
}
