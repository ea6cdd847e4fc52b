/**
 * A throw-away copy of a fixture catalogue that a test may break in one
 * precise way, then load.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.ts';

export const MINIMAL_FIXTURE = resolve('tests/fixtures/minimal');

export interface FixtureCatalogue {
  dir: string;
  read(path: string): string;
  write(path: string, text: string | Uint8Array): void;
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
  load(): ReturnType<typeof loadCatalogue>;
  dispose(): void;
}

export function copyFixture(source = MINIMAL_FIXTURE): FixtureCatalogue {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const dir = join(root, 'content');
  cpSync(source, dir, { recursive: true });
  const full = (path: string) => join(dir, path);
  return {
    dir,
    read: (path) => readFileSync(full(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(full(path)), { recursive: true });
      writeFileSync(full(path), text);
    },
    edit(path, change) {
      this.write(path, change(this.read(path)));
    },
    remove: (path) => rmSync(full(path), { recursive: true, force: true }),
    load: () => loadCatalogue({ contentDir: dir, projectRoot: root }),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
