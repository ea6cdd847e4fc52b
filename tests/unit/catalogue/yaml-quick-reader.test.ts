import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { normalizeText, splitFrontmatter } from '../../../src/catalogue/source-text.ts';
import {
  parsePositioned,
  parseYamlSource,
  readPlainYaml,
  withOrdinarySpaces,
} from '../../../src/catalogue/yaml-source.ts';

/** What the positioned parser reads, or undefined when it reports a problem. */
function positioned(text: string): unknown {
  const issues: ContentIssue[] = [];
  const source = parsePositioned(withOrdinarySpaces(text), 'f.mdx', 2, issues);
  return issues.length === 0 ? source?.data : undefined;
}

function frontmattersUnder(dir: string): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...frontmattersUnder(path));
    else if (name.endsWith('.yaml')) found.push({ path, text: normalizeText(readFileSync(path, 'utf8')) });
    else if (name.endsWith('.mdx')) {
      const split = splitFrontmatter(normalizeText(readFileSync(path, 'utf8')));
      if (split.ok) found.push({ path, text: split.value.frontmatter ?? '' });
    }
  }
  return found;
}

describe('the quick YAML reader gives the positioned parser’s values, or leaves the file to it', () => {
  test('every frontmatter and YAML file of the sample and the fixtures', () => {
    const files = [...frontmattersUnder('content'), ...frontmattersUnder('tests/fixtures')];
    let quick = 0;
    for (const { path, text } of files) {
      const read = readPlainYaml(withOrdinarySpaces(text));
      if (read === undefined) continue;
      quick += 1;
      expect(read, path).toStrictEqual(positioned(text));
    }
    // The quick path is the usual one: if it silently stopped being taken, the check would slow down eightfold.
    expect(quick / files.length).toBeGreaterThan(0.8);
  });

  const sameValues = [
    [
      'numbers as YAML 1.2 reads them',
      'a: -.5\nb: +12\nc: 0o17\nd: 0x1F\ne: 1e3\nf: 1_000\ng: 0b101\nh: .inf\ni: -.Inf\nj: .NaN\nk: 014\nl: 1.\nm: 2.50\nn: 12345678901234567890\no: -0',
    ],
    [
      'booleans, nulls and words YAML 1.1 took for them',
      'a: yes\nb: no\nc: True\nd: FALSE\ne: on\nf: ~\ng: null\nh:\ni: NULL\nj: Nul',
    ],
    ['dates stay text', 'a: 2020-08-11\nb: "2008"\nc: 2008\nd: 12:30\ne: 2020-08-11T10:00:00Z'],
    ['quoted text with escapes', `a: "Plan d’action \\u00e9 \\"cité\\" \\n fin"\nb: 'l''eau'\nc: "tab\\tend"`],
    [
      'blocks of text',
      'a: >-\n  Un texte\n  sur deux lignes\n\n  et un paragraphe\nb: |\n  ligne 1\n  ligne 2\nc: |+\n  garde\n\nd: x',
    ],
    ['plain text on several lines', 'summary: Un texte qui\n  continue ici\n  et là\nnext: 1'],
    [
      'flow and block collections, nested',
      'a: [x, "y, z", 3]\nb: { start: "2008", end: 2014, n: [1, {c: d}] }\nc:\n  - name: A\n    url: https://a.example/x?y=1\n  - B\nd: []\ne: {}\nf:\n- 1\n- 2',
    ],
    ['keys that are numbers or words YAML reads as values', '5: five\ntrue: t\n"quoted key": q'],
    ['non-breaking spaces in the structure and in text', 'title:\u00a0Plan\u202fnuit\nlist:\n\u00a0\u00a0- a'],
    ['a French apostrophe and quotes inside a value', 'title: L’eau “pour tous” à Lyon\nsummary: ‘Un’ texte'],
    ['a list at the top, as vocabularies are written', '- id: a\n  labels: { fr: A, en: A }\n- id: b'],
    ['odd but valid text', 'a: 50 % des rues\nb: Why? Because\nc: a@b.example\nd: x - y\ne: "R&D"\nf: ..."'],
  ] as const;
  test.each(sameValues)('%s', (_name, text) => {
    const read = readPlainYaml(withOrdinarySpaces(text));
    if (read !== undefined) expect(read).toStrictEqual(positioned(text));
  });

  test('the quick path is taken for ordinary fields, including ones the two libraries’ own schemas read differently', () => {
    for (const [name, text] of sameValues.slice(0, 9))
      expect(readPlainYaml(withOrdinarySpaces(text)), name).toBeDefined();
  });

  const leftToPositioned = [
    ['a comment, which may cut a value', 'title: Plan #2 for towns'],
    ['a tab', 'title:\tPlan\n\tsummary: x'],
    ['a value wholly in curly quotes', 'title: “Her Voice”'],
    ['a duplicate field', 'title: A\ntitle: B'],
    ['a French colon inside a value', 'title: Audit : rues'],
    ['anchors and aliases', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!str 12'],
    ['a field named null (the positioned parser names it "")', 'null: n\ntitle: A'],
    ['nothing at all', ''],
    ['an unclosed quote', 'title: "Plan'],
  ] as const;
  test.each(leftToPositioned)('%s: left to the positioned parser', (_name, text) => {
    expect(readPlainYaml(withOrdinarySpaces(text))).toBeUndefined();
  });

  test('lines are found for a quickly read file, at the editor’s line', () => {
    const issues: ContentIssue[] = [];
    const source = parseYamlSource('title: A\npromoter:\n  name: B\n  email: x', 'f.mdx', 2, issues);
    expect(issues).toEqual([]);
    expect(source!.data).toEqual({ title: 'A', promoter: { name: 'B', email: 'x' } });
    expect(source!.lineOf(['promoter', 'email'])).toBe(5);
    expect(source!.lineOf(['title'])).toBe(2);
    expect(source!.lineOf(['missing'])).toBe(2);
  });
});
