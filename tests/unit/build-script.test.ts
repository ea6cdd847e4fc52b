import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

let fixture: FixtureCatalogue | undefined;
let outRoot: string | undefined;
afterEach(() => {
  fixture?.dispose();
  if (outRoot) rmSync(outRoot, { recursive: true, force: true });
});

function runBuild(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--content', contentDir, '--out', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
}

function previousSite(): string {
  outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
  const outDir = join(outRoot, 'site');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'the last good site');
  return outDir;
}

describe('the build', () => {
  test('refuses invalid content, lists every problem, and leaves the last good site in place', () => {
    fixture = copyFixture();
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) => t.replace('country: FR', 'country: France').replace('## Démarche', '## Démarche\n\n<iframe src="https://x.example" />'));
    fixture.edit('cities/villeneuve/fr.mdx', (t) => t.replace('type: municipality', 'type: town'));
    const outDir = previousSite();
    const run = runBuild(fixture.dir, outDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/practices\/street-lighting-audit\/fr\.mdx:\d+ country: "France" is not a two-letter/);
    expect(run.stderr).toMatch(/practices\/street-lighting-audit\/fr\.mdx:\d+:?\d* body: <iframe> is not allowed/);
    expect(run.stderr).toMatch(/cities\/villeneuve\/fr\.mdx:\d+ type: "town" is not in the vocabulary authority-types/);
    expect(run.stderr).toMatch(/3 problems in 2 files/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(outRoot!)).toEqual(['site']);
  });

  test('replaces the previous site only once the new one is complete, with images optimized', { timeout: 180_000 }, async () => {
    fixture = copyFixture();
    const sharp = (await import('sharp')).default;
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 91, g: 42, b: 134 } } }).jpeg({ quality: 100 }).toBuffer();
    fixture.write('practices/street-lighting-audit/night-walk.jpg', '');
    writeFileSync(join(fixture.dir, 'practices/street-lighting-audit/night-walk.jpg'), big);
    fixture.edit('practices/street-lighting-audit/fr.mdx', (t) => `${t}\n<Figure src="./night-walk.jpg" alt="Une marche de nuit" caption="Marche exploratoire" />\n`);
    const outDir = previousSite();
    const run = runBuild(fixture.dir, outDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(outDir, 'en', 'practices', 'street-lighting-audit', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'fr', 'practices', 'safe-routes', 'index.html'))).toBe(true);
    expect(readdirSync(outRoot!)).toEqual(['site']);
    const page = readFileSync(join(outDir, 'fr', 'practices', 'street-lighting-audit', 'index.html'), 'utf8');
    expect(page).toContain('<img src="/media/practices/street-lighting-audit/night-walk.jpg" alt="Une marche de nuit"');
    const published = join(outDir, 'media', 'practices', 'street-lighting-audit', 'night-walk.jpg');
    const meta = await sharp(published).metadata();
    expect(meta.width).toBe(1280);
    expect(readFileSync(published).length).toBeLessThan(big.length);
  });
});
