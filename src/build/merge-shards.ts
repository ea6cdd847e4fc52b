/**
 * Puts the shards' output folders together into the staging folder
 * (docs/sharding.md). Their pages do not overlap; what several wrote (pages
 * without parameters such as the root and 404, public files, bundled
 * assets, Pagefind's scripts) must be the same bytes, or the shards
 * disagreed and the build stops naming the files. Pagefind's entry file,
 * which lists its languages, is the one file joined: each language shard
 * wrote its own index, whose files carry the language in their names.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isShardName, type ShardName } from '../site/shard.ts';
import { joinPagefindEntries, type PagefindEntry } from './search-reuse.ts';

/** What a shard says of itself, at the root of its folder (not copied into the site). */
export const SHARD_MANIFEST = '.atlas-shard.json';
const PAGEFIND_ENTRY = join('pagefind', 'pagefind-entry.json');

export interface ShardManifest {
  shard: ShardName;
  /** The digest of its inputs (shard-inputs.ts). */
  inputs: string;
  base: string;
  site: string;
  practices: number;
  cities: number;
}

export function writeShardManifest(dir: string, manifest: ShardManifest): void {
  writeFileSync(join(dir, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A folder's manifest, or undefined when it holds none or one that does not read as a shard's. */
export function readShardManifest(dir: string): ShardManifest | undefined {
  try {
    const read = JSON.parse(readFileSync(join(dir, SHARD_MANIFEST), 'utf8')) as Partial<ShardManifest>;
    const complete =
      typeof read.shard === 'string' &&
      isShardName(read.shard) &&
      [read.inputs, read.base, read.site].every((v) => typeof v === 'string') &&
      [read.practices, read.cities].every((v) => typeof v === 'number');
    return complete ? (read as ShardManifest) : undefined;
  } catch {
    return undefined;
  }
}

export interface MergeReport {
  /** Files copied. */
  copied: number;
  /** Files several shards wrote, identical, copied once. */
  shared: number;
}

export function mergeShards(shardDirs: readonly string[], into: string): MergeReport {
  const report: MergeReport = { copied: 0, shared: 0 };
  const differing: string[] = [];
  const entries: PagefindEntry[] = [];
  const visit = (root: string, path: string) => {
    for (const entry of readdirSync(join(root, path), { withFileTypes: true })) {
      const relativePath = join(path, entry.name);
      if (relativePath === SHARD_MANIFEST) continue;
      if (entry.isDirectory()) {
        visit(root, relativePath);
        continue;
      }
      const source = join(root, relativePath);
      if (relativePath === PAGEFIND_ENTRY) {
        entries.push(JSON.parse(readFileSync(source, 'utf8')) as PagefindEntry);
        continue;
      }
      const target = join(into, relativePath);
      const existing = statSync(target, { throwIfNoEntry: false });
      if (!existing) {
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(source, target);
        report.copied += 1;
      } else if (existing.isFile() && readFileSync(source).equals(readFileSync(target))) {
        report.shared += 1;
      } else {
        differing.push(relativePath);
      }
    }
  };
  mkdirSync(into, { recursive: true });
  for (const dir of shardDirs) visit(dir, '');
  if (entries.length > 0) {
    const joined = joinPagefindEntries(entries);
    if (joined) writeFileSync(join(into, PAGEFIND_ENTRY), joined);
    else differing.push(PAGEFIND_ENTRY);
  }
  if (differing.length > 0) {
    const shown = differing.slice(0, 5).join(', ');
    throw new Error(
      `The shards wrote different versions of ${differing.length} file(s): ${shown}${differing.length > 5 ? ', …' : ''}. Build again in one process (without --shards) and report this.`,
    );
  }
  return report;
}
