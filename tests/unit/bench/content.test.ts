import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { prepareBodies } from '../../../bench/lib/baseline.ts';
import { catalogueShape, changeOnePractice, countBodies, linkTree } from '../../../bench/lib/content.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A catalogue with the shape the benchmark reads: two practices, one city, their bodies. */
function catalogue(root: string): string {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('practices/a-1/fr.mdx', '---\ntitle: "Pratique A"\nsummary: x\n---\n\n## Contexte\n\nTexte A.\n');
  write('practices/a-1/en.mdx', '---\ntranslationOf: fr\ntitle: "Practice A"\n---\n\nText A.\n');
  write('practices/b-2/es.mdx', '---\ntitle: "Práctica B"\n---\n\nTexto B.\n');
  write('cities/c/fr.mdx', '---\nname: "Ville C"\n---\n\nVille.\n');
  write('kpis/indicators.yaml', '- id: one\n- id: two\n- id: three\n');
  write('generated.json', '{}\n');
  return root;
}

describe("the benchmark's working copy", () => {
  const generated = catalogue(join(dir, 'generated'));
  const copy = join(dir, 'copy');
  test('is made of hard links, and the rebuild edit leaves the generated catalogue as it was', () => {
    linkTree(generated, copy);
    const original = join(generated, 'practices/a-1/en.mdx');
    expect(statSync(join(copy, 'practices/a-1/en.mdx')).ino).toBe(statSync(original).ino);
    const before = readFileSync(original, 'utf8');
    const changed = changeOnePractice(copy);
    expect(changed).toBe(join(copy, 'practices/a-1/en.mdx'));
    expect(readFileSync(changed, 'utf8')).toBe(`${before}\nA sentence added to measure a rebuild.\n`);
    expect(readFileSync(original, 'utf8')).toBe(before);
    // Made anew on the next run.
    linkTree(generated, copy);
    expect(readFileSync(join(copy, 'practices/a-1/en.mdx'), 'utf8')).toBe(before);
  });
  test('gives the shape the estimate of routes needs and the bodies the bare site renders', () => {
    expect(catalogueShape(generated, { practices: 2, cities: 1, observations: 0 })).toEqual({
      practices: 2,
      cities: 1,
      observations: 0,
      indicators: 3,
    });
    expect(countBodies(generated)).toBe(4);
  });
});

describe("the bare site's bodies", () => {
  test('keep the text under a title-only frontmatter, and their hash changes with any body', () => {
    const source = catalogue(join(dir, 'bodies-source'));
    const out = join(dir, 'bodies');
    const first = prepareBodies(source, out, 'mdx');
    expect(first.count).toBe(4);
    expect(readFileSync(join(out, 'practices/a-1/fr.mdx'), 'utf8')).toBe(
      '---\ntitle: "Pratique A"\n---\n\n## Contexte\n\nTexte A.\n',
    );
    expect(readFileSync(join(out, 'cities/c/fr.mdx'), 'utf8')).toBe('---\ntitle: "Ville C"\n---\n\nVille.\n');
    expect(prepareBodies(source, out, 'mdx')).toEqual(first);
    expect(prepareBodies(source, join(dir, 'bodies-md'), 'md').hash).not.toBe(first.hash);
    writeFileSync(join(source, 'practices/b-2/es.mdx'), '---\ntitle: "Práctica B"\n---\n\nTexto B cambiado.\n');
    const second = prepareBodies(source, out, 'mdx');
    expect(second.hash).not.toBe(first.hash);
    expect(readFileSync(join(out, 'practices/b-2/es.mdx'), 'utf8')).toContain('cambiado');
  });
});
