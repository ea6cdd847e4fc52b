/**
 * What a shard's output is made from, as one digest taken before anything
 * is read: a shard whose digest equals the one its kept output was built
 * from is not rendered again (render-plan.ts). Its inputs:
 * - the code: src/, public/, astro.config.mjs, tsconfig.json and the locked
 *   packages;
 * - the settings: shard, base path, site address, the configuration file;
 * - every content file, whole, except, for a language shard, the body of
 *   another language's translation (the text after its frontmatter): no page
 *   of a language shows another language's translated text, while its
 *   frontmatter (title, state) shows in listings and the editors' pages;
 * - the content's git state (when each file last changed shows on pages):
 *   the last commit touching it and the files not committed, then with the
 *   day, since pages date uncommitted changes "now".
 * The shared shard (open data with every language's text) takes every file whole.
 */
import { spawnSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ShardName } from '../site/shard.ts';

export interface ShardInputOptions {
  projectRoot: string;
  contentDir: string;
  configFile: string;
  base: string;
  site: string;
}

const CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** Entry translation files: <practices|cities>/<id>/<lang>.mdx. */
const ENTRY_FILE = /^(?:practices|cities)\/[^/]+\/([a-z]{2})\.mdx$/;

/** The digest of each shard's inputs, every file read once. */
export function shardInputs<Shard extends ShardName>(
  shards: readonly Shard[],
  options: ShardInputOptions,
  today = new Date(),
): Record<Shard, string> {
  const hashes = shards.map((shard) => ({ shard, hash: createHash('sha256') }));
  const add = (of: (shard: ShardName) => string | Buffer) => {
    for (const { shard, hash } of hashes) hash.update(of(shard)).update('\u0000');
  };
  for (const { shard, hash } of hashes) hash.update(`shard\u0000${shard}\u0000`);
  const common = createHash('sha256');
  common.update(settingsAndCodeDigest(options)).update('\u0000');
  common.update(gitState(options.contentDir, today));
  const commonDigest = common.digest('hex');
  add(() => commonDigest);
  for (const path of filesUnder(options.contentDir)) {
    const bytes = readFileSync(join(options.contentDir, path));
    add(() => path);
    add((shard) => (shard === 'shared' ? bytes : forLanguage(path, bytes, shard)));
  }
  return Object.fromEntries(hashes.map(({ shard, hash }) => [shard, hash.digest('hex')])) as Record<Shard, string>;
}

/**
 * Everything but the content that shapes the pages: the code (src/, public/,
 * the configurations, the locked packages), the base path, the address and
 * the site file. Also what a build's reused pages depend on besides their
 * keys (src/site/page-reuse.ts).
 */
export function settingsAndCodeDigest(options: Omit<ShardInputOptions, 'contentDir'>): string {
  const hash = createHash('sha256');
  hash.update(`base\u0000${options.base}\u0000site\u0000${options.site}\u0000`);
  for (const entry of CODE) addTree(hash, options.projectRoot, entry);
  hash.update(readFileSync(options.configFile));
  return hash.digest('hex');
}

/** A content file as a language shard depends on it: another language's translation without its body. */
function forLanguage(path: string, bytes: Buffer, lang: string): Buffer | string {
  const entry = ENTRY_FILE.exec(path);
  if (!entry || entry[1] === lang) return bytes;
  const text = bytes.toString('utf8');
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  // An original (no translationOf) carries the facts every language shows: whole.
  if (!frontmatter || !/^translationOf\s*:/m.test(frontmatter[1]!)) return bytes;
  return frontmatter[0];
}

function gitState(contentDir: string, today: Date): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: contentDir, encoding: 'utf8' });
  const last = git('log', '-1', '--format=%H', '--', '.');
  if (last.status !== 0) return 'no git';
  const status = git('status', '--porcelain', '--untracked-files=all', '--', '.').stdout;
  return `${last.stdout.trim()}\n${status}${status ? today.toISOString().slice(0, 10) : ''}`;
}

function addTree(hash: Hash, root: string, entry: string): void {
  const path = join(root, entry);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  for (const file of stat.isDirectory() ? filesUnder(path) : ['']) {
    hash.update(join(entry, file)).update('\u0000');
    hash.update(readFileSync(join(path, file))).update('\u0000');
  }
}

/** Every file under a folder, by relative path with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return found.sort();
}
