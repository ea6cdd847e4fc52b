import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { shardHome } from '../../src/build/render-plan.ts';
import { recordedReuse } from '../../src/site/page-reuse.ts';
import type { ShardName } from '../../src/site/shard.ts';
import { buildInProcess } from '../helpers/build-in-process.ts';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

let fixture: FixtureCatalogue | undefined;
let outRoot: string | undefined;
afterEach(() => {
  fixture?.dispose();
  if (outRoot) rmSync(outRoot, { recursive: true, force: true });
});

/** A build of the content into the output, in this process, with its own Astro cache beside the output unless named. */
function runBuild(
  contentDir: string,
  outDir: string,
  options: { shards?: 1 | 2; shard?: ShardName; mergeFrom?: string[]; cacheDir?: string; quiet?: boolean } = {},
) {
  return buildInProcess({
    contentDir,
    outDir,
    cacheDir: options.cacheDir ?? `${outDir}-cache`,
    shards: options.shards,
    shard: options.shard,
    mergeFrom: options.mergeFrom,
    quiet: options.quiet ?? true,
  });
}

/** The paths of the files two folders hold differently (or that only one holds). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

/** Every file under a folder, by relative path, with its bytes. */
function tree(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) for (const [p, b] of tree(dir, path)) files.set(p, b);
    else files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

function previousSite(): string {
  outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const outDir = join(outRoot, 'site');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'the last good site');
  return outDir;
}

describe('the build', () => {
  test('refuses invalid content, lists every problem, and leaves the last good site in place', async () => {
    fixture = copyFixture();
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) =>
      t
        .replace('country: FR', 'country: France')
        .replace('## Démarche', '## Démarche\n\n<iframe src="https://x.example" />'),
    );
    fixture.edit('cities/villeneuve/fr.mdx', (t) => t.replace('type: municipality', 'type: town'));
    const outDir = previousSite();
    const run = await runBuild(fixture.dir, outDir, { cacheDir: join(outRoot!, 'cache') });
    expect(run.result).toEqual({ ok: false, stage: 'content' });
    expect(run.stderr).toMatch(/practices\/street-lighting-audit\/fr\.mdx:\d+ country: "France" is not a two-letter/);
    expect(run.stderr).toMatch(/practices\/street-lighting-audit\/fr\.mdx:\d+:?\d* body: <iframe> is not allowed/);
    expect(run.stderr).toMatch(/cities\/villeneuve\/fr\.mdx:\d+ type: "town" is not in the vocabulary authority-types/);
    expect(run.stderr).toMatch(/3 problems in 2 files/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(outRoot!).sort()).toEqual(['site']);
  });

  test('split by language, the problems are reported once and nothing of the shards is left', async () => {
    fixture = copyFixture();
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) => t.replace('country: FR', 'country: France'));
    fixture.edit('cities/villeneuve/fr.mdx', (t) => t.replace('type: municipality', 'type: town'));
    const outDir = previousSite();
    const run = await runBuild(fixture.dir, outDir, { shards: 2, cacheDir: join(outRoot!, 'cache') });
    expect(run.result).toEqual({ ok: false, stage: 'content' });
    expect(run.stderr.match(/country: "France" is not a two-letter/g)).toHaveLength(1);
    expect(run.stderr.match(/2 problems in 2 files/g)).toHaveLength(1);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(outRoot!).filter((name) => name !== 'cache')).toEqual(['site']);
    for (const shard of ['shared', 'fr', 'en', 'es'] as const)
      expect(existsSync(join(shardHome(join(outRoot!, 'cache'), shard), 'site'))).toBe(false);
  });

  test(
    'split by language, in processes on one machine or as separate jobs merged, the site is the one-process site, byte for byte',
    { timeout: 900_000 },
    async () => {
      fixture = copyFixture();
      outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
      const cache = (name: string) => join(outRoot!, `cache-${name}`);
      const one = await runBuild(fixture.dir, join(outRoot, 'one'), { cacheDir: cache('one') });
      expect(one.result.ok, one.stderr).toBe(true);
      const sharded = await runBuild(fixture.dir, join(outRoot, 'sharded'), { shards: 2, cacheDir: cache('sharded') });
      expect(sharded.result.ok, sharded.stderr).toBe(true);
      const single = tree(join(outRoot, 'one'));
      expect(differences(single, tree(join(outRoot, 'sharded')))).toEqual([]);
      // Every kind of page is there: practice pages of each language, the open data, the sitemap listing them all.
      expect([...single.keys()].filter((p) => /^fr\/practices\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(1);
      expect(single.has(join('data', 'practices.json'))).toBe(true);
      expect(single.get('sitemap-0.xml')!.toString()).toContain('/es/practices/street-lighting-audit/');
      expect(
        Object.keys(JSON.parse(single.get(join('pagefind', 'pagefind-entry.json'))!.toString()).languages),
      ).toEqual(['en', 'es', 'fr']);

      // As CI jobs: one shard built alone into a folder of its own is the shard the processes built…
      const artifacts = join(outRoot, 'artifacts');
      const fr = await runBuild(fixture.dir, join(artifacts, 'shard-fr'), { shard: 'fr', cacheDir: cache('ci-fr') });
      expect(fr.result.ok, fr.stderr).toBe(true);
      const keptFr = join(shardHome(cache('sharded'), 'fr'), 'site');
      expect(differences(tree(keptFr), tree(join(artifacts, 'shard-fr')))).toEqual([]);
      // …and the merge of the shards' folders is the site.
      for (const shard of ['shared', 'en', 'es'] as const)
        cpSync(join(shardHome(cache('sharded'), shard), 'site'), join(artifacts, `shard-${shard}`), {
          recursive: true,
        });
      const merged = await runBuild(fixture.dir, join(outRoot, 'merged'), {
        mergeFrom: [artifacts],
        cacheDir: cache('merge'),
      });
      expect(merged.result.ok, merged.stderr).toBe(true);
      expect(differences(single, tree(join(outRoot, 'merged')))).toEqual([]);

      // A merge missing a shard is refused, naming it.
      rmSync(join(artifacts, 'shard-es'), { recursive: true });
      const incomplete = await runBuild(fixture.dir, join(outRoot, 'incomplete'), {
        mergeFrom: [artifacts],
        cacheDir: cache('merge'),
      });
      expect(incomplete.result).toEqual({ ok: false, stage: 'render' });
      expect(incomplete.stderr).toContain('the es shard is missing');
    },
  );

  test(
    "split by language, a rebuild after a translation's text changes renders its language and the shared shard only, and equals a build from scratch",
    { timeout: 900_000 },
    async () => {
      fixture = copyFixture();
      outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
      const first = await runBuild(fixture.dir, join(outRoot, 'site'), { shards: 2, cacheDir: join(outRoot, 'cache') });
      expect(first.result.ok, first.stderr).toBe(true);
      expect(first.result.ok && first.result.shardsRendered).toEqual(['shared', 'fr', 'en', 'es']);
      // The English translation of a French original: its text shows on English pages and in the open data.
      fixture.edit('practices/street-lighting-audit/en.mdx', (t) => `${t}\nA sentence added for the test.\n`);
      const rebuilt = await runBuild(fixture.dir, join(outRoot, 'site'), {
        shards: 2,
        cacheDir: join(outRoot, 'cache'),
      });
      expect(rebuilt.result.ok, rebuilt.stderr).toBe(true);
      expect(rebuilt.result.ok && rebuilt.result.shardsRendered).toEqual(['shared', 'en']);
      // The English shard linked its unchanged pages from its last folder (src/site/page-reuse.ts), now gone.
      const enHome = shardHome(join(outRoot, 'cache'), 'en');
      expect(recordedReuse(join(enHome, 'astro'))?.reused).toContain('en/practices/safe-routes/index.html');
      expect(recordedReuse(join(enHome, 'astro'))?.reused).not.toContain(
        'en/practices/street-lighting-audit/index.html',
      );
      expect(existsSync(join(enHome, 'site.last'))).toBe(false);
      const scratch = await runBuild(fixture.dir, join(outRoot, 'scratch'), {
        cacheDir: join(outRoot, 'cache-scratch'),
      });
      expect(scratch.result.ok, scratch.stderr).toBe(true);
      const site = tree(join(outRoot, 'site'));
      expect(differences(tree(join(outRoot, 'scratch')), site)).toEqual([]);
      expect(site.get(join('en', 'practices', 'street-lighting-audit', 'index.html'))!.toString()).toContain(
        'A sentence added for the test.',
      );
    },
  );

  test(
    'replaces the previous site only once the new one is complete, with images optimized',
    { timeout: 180_000 },
    async () => {
      fixture = copyFixture();
      const sharp = (await import('sharp')).default;
      const big = await sharp({
        create: { width: 3000, height: 2000, channels: 3, background: { r: 91, g: 42, b: 134 } },
      })
        .jpeg({ quality: 100 })
        .toBuffer();
      fixture.write('practices/street-lighting-audit/night-walk.jpg', '');
      writeFileSync(join(fixture.dir, 'practices/street-lighting-audit/night-walk.jpg'), big);
      fixture.edit(
        'practices/street-lighting-audit/fr.mdx',
        (t) => `${t}\n<Figure src="./night-walk.jpg" alt="Une marche de nuit" caption="Marche exploratoire" />\n`,
      );
      const outDir = previousSite();
      const run = await runBuild(fixture.dir, outDir, { cacheDir: join(outRoot!, 'cache') });
      expect(run.stderr).toBe('');
      expect(run.result.ok).toBe(true);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<html');
      expect(existsSync(join(outDir, 'en', 'practices', 'street-lighting-audit', 'index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'fr', 'practices', 'safe-routes', 'index.html'))).toBe(true);
      expect(readdirSync(outRoot!).sort()).toEqual(['cache', 'site']);
      const page = readFileSync(join(outDir, 'fr', 'practices', 'street-lighting-audit', 'index.html'), 'utf8');
      expect(page).toContain(
        '<img src="/media/practices/street-lighting-audit/night-walk.jpg" alt="Une marche de nuit"',
      );
      // The practice's own picture heads its key facts and its cards (no placeholder then).
      const picture = '<img class="visual" src="/media/practices/street-lighting-audit/night-walk.jpg" alt=""';
      expect(page).toContain(picture);
      const card = readFileSync(join(outDir, 'fr', 'browse', 'theme', 'public-space', 'index.html'), 'utf8');
      expect(card).toContain(picture);
      expect(card).toMatch(
        /<article class="card" data-practice="safe-routes">\s*<div class="visual visual--placeholder" aria-hidden="true">/,
      );
      const published = join(outDir, 'media', 'practices', 'street-lighting-audit', 'night-walk.jpg');
      const meta = await sharp(published).metadata();
      expect(meta.width).toBe(1280);
      expect(readFileSync(published).length).toBeLessThan(big.length);
    },
  );
});
