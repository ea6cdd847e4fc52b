/**
 * Every HTML file of the built site is valid by html-validate's
 * recommended rules.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';

const distDir = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(path);
    return d.isFile() && d.name.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(distDir).sort();

// root: true, so that no .htmlvalidaterc of a parent folder changes the rules.
const validator = new HtmlValidate({ root: true, extends: ['html-validate:recommended'] });

test('the built site has HTML files for every page', () => {
  // The walk found the build: at least the root, the root 404 and each language's home.
  expect(files.map((f) => relative(distDir, f))).toEqual(
    expect.arrayContaining(['index.html', '404.html', 'fr/index.html', 'en/index.html', 'es/index.html']),
  );
});

test.each(files.map((file) => ({ file, name: relative(distDir, file) })))(
  '$name is valid HTML',
  async ({ file, name }) => {
    const report = await validator.validateFile(file);
    const problems = report.results.flatMap((result) =>
      result.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${name}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  },
);
