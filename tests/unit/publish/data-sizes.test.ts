/**
 * The data page's sizes, filled in by the build once the files are written
 * (src/publish/data-sizes.ts, src/build/data-page-sizes.ts): each size
 * shown is the size of the file on disk, written as the page wrote it
 * before (bytes below a kilobyte, then kilobytes), in each language.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byteSizeText, fillDataSizes } from '../../../src/publish/data-sizes.ts';
import { fillDataPageSizes } from '../../../src/build/data-page-sizes.ts';

describe('byteSizeText', () => {
  it.each([
    // French takes the singular for 0 and 1, English the plural for 0.
    ['fr', 0, '0 octet'],
    ['fr', 1, '1 octet'],
    ['en', 0, '0 bytes'],
    ['en', 1, '1 byte'],
    ['fr', 999, '999 octets'],
    ['fr', 1000, '1\u202fko'],
    ['fr', 1234, '1,2\u202fko'],
    ['fr', 1_234_567, '1\u202f234,6\u202fko'],
    ['en', 999, '999 bytes'],
    ['en', 1250, '1.3 kB'],
    ['en', 1_234_567, '1,234.6 kB'],
    ['es', 999, '999 bytes'],
    ['es', 1234, '1,2 kB'],
    ['es', 1_234_567, '1234,6 kB'],
  ] as const)('%s: %d bytes read "%s"', (lang, bytes, text) => {
    expect(byteSizeText(bytes, lang)).toBe(text);
  });
});

describe('fillDataSizes', () => {
  const row = (name: string, extra = '') =>
    `<tr data-file="${name}"><td><a href="/data/${name}">${name}</a></td><td${extra} data-size-of="${name}">—</td><td>3</td></tr>`;

  it('replaces each placeholder cell with the size cell, keeping the other attributes', () => {
    const sizes: Record<string, number> = { 'a.json': 12, 'b.csv': 4321 };
    const { html, filled } = fillDataSizes(
      `<table>${row('a.json')}${row('b.csv', ' class="x"')}</table>`,
      'en',
      (n) => sizes[n],
    );
    expect(filled).toBe(2);
    expect(html).toBe(
      '<table><tr data-file="a.json"><td><a href="/data/a.json">a.json</a></td><td data-bytes="12">12 bytes</td><td>3</td></tr>' +
        '<tr data-file="b.csv"><td><a href="/data/b.csv">b.csv</a></td><td class="x" data-bytes="4321">4.3 kB</td><td>3</td></tr></table>',
    );
  });

  it('names the page and the file when the build did not write a file the page lists', () => {
    expect(() => fillDataSizes(row('gone.csv'), 'fr', () => undefined, '/fr/data/')).toThrow(
      /\/fr\/data\/ lists data\/gone\.csv, which the build did not write/,
    );
  });

  it('refuses a placeholder it cannot fill rather than leaving it on the page', () => {
    expect(() => fillDataSizes('<span data-size-of="a.json">—</span>', 'fr', () => 1)).toThrow(/data-size-of/);
  });
});

describe('fillDataPageSizes', () => {
  let site: string;
  const files: Record<string, number> = {
    'practices.fr.json': 850,
    'observations.csv': 1_234_567,
    'LICENSE.txt': 1234,
  };
  const page = (lang: string) =>
    `<!DOCTYPE html><html lang="${lang}"><body><table>${Object.keys(files)
      .map((name) => `<tr data-file="${name}"><td>${name}</td><td data-size-of="${name}">—</td></tr>`)
      .join('')}</table></body></html>`;

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'atlas-data-sizes-'));
    mkdirSync(join(site, 'data'));
    for (const [name, size] of Object.entries(files)) writeFileSync(join(site, 'data', name), 'x'.repeat(size));
    for (const lang of ['fr', 'en', 'es']) {
      mkdirSync(join(site, lang, 'data'), { recursive: true });
      writeFileSync(join(site, lang, 'data', 'index.html'), page(lang));
    }
    // Not a language: left alone.
    mkdirSync(join(site, 'pagefind', 'data'), { recursive: true });
    writeFileSync(join(site, 'pagefind', 'data', 'index.html'), page('fr'));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  const shown = (lang: string) =>
    [
      ...readFileSync(join(site, lang, 'data', 'index.html'), 'utf8').matchAll(
        /<tr data-file="([^"]+)"><td>[^<]*<\/td><td data-bytes="(\d+)">([^<]*)<\/td>/g,
      ),
    ].map((m) => ({ name: m[1]!, bytes: Number(m[2]), text: m[3]! }));

  it('shows in fr, en and es the size of each file written, in bytes and in words', () => {
    expect(fillDataPageSizes(site)).toEqual({ pages: 3, cells: 9 });
    const words = {
      fr: ['850 octets', '1\u202f234,6\u202fko', '1,2\u202fko'],
      en: ['850 bytes', '1,234.6 kB', '1.2 kB'],
      es: ['850 bytes', '1234,6 kB', '1,2 kB'],
    };
    for (const lang of ['fr', 'en', 'es'] as const) {
      const cells = shown(lang);
      expect(cells.map((c) => c.name)).toEqual(Object.keys(files));
      for (const cell of cells)
        expect(cell.bytes, `${lang} ${cell.name}`).toBe(statSync(join(site, 'data', cell.name)).size);
      expect(cells.map((c) => c.text)).toEqual(words[lang]);
    }
    expect(readFileSync(join(site, 'pagefind', 'data', 'index.html'), 'utf8')).toBe(page('fr'));
  });

  it('leaves a page without placeholders as it is (nothing to fill twice)', () => {
    fillDataPageSizes(site);
    const filled = readFileSync(join(site, 'en', 'data', 'index.html'), 'utf8');
    expect(fillDataPageSizes(site)).toEqual({ pages: 0, cells: 0 });
    expect(readFileSync(join(site, 'en', 'data', 'index.html'), 'utf8')).toBe(filled);
  });

  it('fails, naming the page and the file, when a listed file was not written', () => {
    rmSync(join(site, 'data', 'LICENSE.txt'));
    expect(() => fillDataPageSizes(site)).toThrow(/\/(fr|en|es)\/data\/ lists data\/LICENSE\.txt/);
  });
});
