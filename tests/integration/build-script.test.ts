import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { removeBuildMarker } from '../../src/offline/build-marker.ts';
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
  options: { renderProcesses?: 1 | 2; cacheDir?: string; quiet?: boolean } = {},
) {
  return buildInProcess({
    contentDir,
    outDir,
    cacheDir: options.cacheDir ?? `${outDir}-cache`,
    renderProcesses: options.renderProcesses,
    quiet: options.quiet ?? true,
  });
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

  test('with two render processes, the problems are reported once and nothing of either process is left', async () => {
    fixture = copyFixture();
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) => t.replace('country: FR', 'country: France'));
    fixture.edit('cities/villeneuve/fr.mdx', (t) => t.replace('type: municipality', 'type: town'));
    const outDir = previousSite();
    const run = await runBuild(fixture.dir, outDir, { renderProcesses: 2, cacheDir: join(outRoot!, 'cache') });
    expect(run.result).toEqual({ ok: false, stage: 'content' });
    expect(run.stderr.match(/country: "France" is not a two-letter/g)).toHaveLength(1);
    expect(run.stderr.match(/2 problems in 2 files/g)).toHaveLength(1);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(outRoot!)).toEqual(['site']);
  });

  test('two render processes build the same site as one, byte for byte', { timeout: 240_000 }, async () => {
    fixture = copyFixture();
    outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const cache = (name: string) => join(outRoot!, `cache-${name}`);
    const one = await runBuild(fixture.dir, join(outRoot, 'one'), { renderProcesses: 1, cacheDir: cache('one') });
    expect(one.result.ok, one.stderr).toBe(true);
    const two = await runBuild(fixture.dir, join(outRoot, 'two'), { renderProcesses: 2, cacheDir: cache('two') });
    expect(two.result.ok, two.stderr).toBe(true);
    const [a, b] = [tree(join(outRoot, 'one')), tree(join(outRoot, 'two'))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    // Both groups rendered their part: practice pages and the practices' open data, and the pages around them.
    expect([...a.keys()].filter((p) => /^fr\/practices\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(1);
    expect(a.has(join('data', 'practices.json'))).toBe(true);
    expect(a.has('sitemap-0.xml')).toBe(true);
    expect(b.get('sitemap-0.xml')!.toString()).toContain('/fr/practices/street-lighting-audit/');
  });

  test(
    'with two render processes, a rebuild after a practice changes equals a build from scratch',
    { timeout: 300_000 },
    async () => {
      fixture = copyFixture();
      outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
      const split = async (out: string, cacheName: string) => {
        // Not quiet: Astro logs each page, restored from its cache or rendered.
        const run = await runBuild(fixture!.dir, join(outRoot!, out), {
          renderProcesses: 2,
          cacheDir: join(outRoot!, cacheName),
          quiet: false,
        });
        expect(run.result.ok, run.stderr).toBe(true);
        return stripVTControlCharacters(run.stdout);
      };
      await split('site', 'cache');
      // The title shows on the practice page (one group) and on listings and city profiles (the other).
      fixture.edit(
        'practices/street-lighting-audit/fr.mdx',
        (t) => `${t.replace(/^title: .*$/m, 'title: Audit de l’éclairage des rues, refait')}\nUne phrase ajoutée.\n`,
      );
      const rebuildLog = await split('site', 'cache');
      expect(rebuildLog).toMatch(/\(restored\)/);
      expect(rebuildLog).toMatch(/├─ \/fr\/practices\/street-lighting-audit\/index\.html \(\+/);
      await split('scratch', 'cache-scratch');
      const pages = (dir: string) =>
        new Map(
          [...tree(join(outRoot!, dir))].map(([path, bytes]) => [
            path,
            path.endsWith('.html') ? removeBuildMarker(bytes.toString()) : bytes.toString('base64'),
          ]),
        );
      const [rebuilt, scratch] = [pages('site'), pages('scratch')];
      expect([...rebuilt.keys()].sort()).toEqual([...scratch.keys()].sort());
      expect([...rebuilt].filter(([path, text]) => scratch.get(path) !== text).map(([path]) => path)).toEqual([]);
      expect(rebuilt.get(join('fr', 'cities', 'villeneuve', 'index.html'))).toContain('refait');
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
