import { describe, expect, test } from 'vitest';
import { formatFieldPath, formatIssueReport } from '../../../src/catalogue/issues.ts';
import { normalizeText, splitFrontmatter } from '../../../src/catalogue/source-text.ts';
import { foldForComparison, nearest } from '../../../src/catalogue/suggest.ts';
import { parseYamlSource } from '../../../src/catalogue/yaml-source.ts';

describe('suggestions', () => {
  test('ignore case and accents, and reach ids through their labels', () => {
    expect(foldForComparison('Égalité Femmes')).toBe('egalite-femmes');
    expect(nearest('mobilty', ['mobility', 'public-space'])).toBe('mobility');
    expect(nearest('Espace public', [{ id: 'public-space', aliases: ['Espace public'] }])).toBe('public-space');
    expect(nearest('zzz', ['mobility', 'public-space'])).toBeUndefined();
  });
});

describe('frontmatter', () => {
  test('a BOM and Windows line ends are accepted', () => {
    const split = splitFrontmatter(normalizeText('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n'));
    expect(split).toEqual({
      ok: true,
      value: { frontmatter: 'title: A', frontmatterLine: 2, body: 'Body\n', bodyLine: 4 },
    });
  });
  test('a file without fences, or with an unclosed one, is explained', () => {
    expect(splitFrontmatter('title: A')).toMatchObject({ ok: false, line: 1 });
    expect(splitFrontmatter('---\ntitle: A\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/never closed/),
    });
  });
  test('a value cut short by " #" is reported, a quoted one is not', () => {
    const issues: { line: number; message: string }[] = [];
    parseYamlSource(
      'title: Plan #2 for towns\n# a note on its own line\nsummary: "Step #1"\n',
      'f.mdx',
      2,
      issues as never,
    );
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('the value is only "Plan"') }),
    ]);
  });

  test('field lines are file lines', () => {
    const issues: never[] = [];
    const yaml = parseYamlSource(
      'title: A\npromoter:\n  name: B\n  email: c\nthemes:\n  - x\n  - y\n',
      'f.mdx',
      2,
      issues,
    )!;
    expect(yaml.lineOf(['promoter', 'email'])).toBe(5);
    expect(yaml.lineOf(['themes', 1])).toBe(8);
    expect(yaml.lineOf(['promoter', 'missing'])).toBe(3);
    expect(yaml.lineOf([])).toBe(2);
  });
});

describe('the report', () => {
  test('groups by file, in line order, with a count per file and in all', () => {
    const report = formatIssueReport([
      { file: 'b.mdx', line: 3, field: 'x', message: 'M3', suggestion: 'S3' },
      { file: 'a.mdx', line: 9, message: 'M9' },
      { file: 'b.mdx', line: 1, column: 4, field: 'themes[0]', message: 'M1' },
    ]);
    expect(report).toBe(
      [
        'a.mdx (1 problem)',
        '  a.mdx:9 M9',
        '',
        'b.mdx (2 problems)',
        '  b.mdx:1:4 themes[0]: M1',
        '  b.mdx:3 x: M3',
        '    → S3',
        '',
        '3 problems in 2 files.',
      ].join('\n'),
    );
    expect(formatFieldPath(['partners', 0, 'url'])).toBe('partners[0].url');
  });
});
