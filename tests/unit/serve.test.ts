/**
 * `npm run serve` keeps serving while `npm run build` swaps a new site in:
 * the new folder's files come whole, not cut to the old files' sizes.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, text: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'en'), { recursive: true });
  writeFileSync(join(dir, 'en', 'index.html'), `<!doctype html><title>t</title><p>${text}</p>`);
  return dir;
}

test('a site swapped in under the served folder is served whole', async () => {
  const dist = site('dist', 'old');
  const { server, url } = await startServer({ dir: dist, port: 0 });
  try {
    expect(await (await fetch(`${url}en/`)).text()).toContain('<p>old</p>');
    const next = site('next', 'a much longer page than the one it replaces');
    renameSync(dist, join(work, 'previous'));
    renameSync(next, dist);
    const page = await (await fetch(`${url}en/`)).text();
    expect(page).toContain('<p>a much longer page than the one it replaces</p>');
  } finally {
    server.close();
  }
});
