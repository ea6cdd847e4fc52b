/**
 * #13, reproduction 7 (docs/security.md, "Limits"): deep nesting in a body
 * crashed the check or, past it, the build. Every shape is now a problem of
 * the file with its line, found before the recursive parser and renderer
 * run, in bounded time; bodies at the limit still pass and render.
 */
import { describe, expect, test } from 'vitest';
import { BODY_LIMITS, measureNesting, overNestingEstimate } from '../../../src/catalogue/body/limits.ts';
import { parseBody, parseMdx } from '../../../src/catalogue/body/parse-body.ts';
import { renderBody } from '../../../src/catalogue/body/render-body.ts';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { copyFixture } from '../../helpers/fixture-catalogue.ts';

const context = { file: 'content/practices/x/fr.mdx', firstLine: 20, folderFiles: new Set(['fr.mdx']) };

function check(body: string) {
  const issues: ContentIssue[] = [];
  const started = performance.now();
  const tree = parseBody(body, context, issues);
  return { tree, issues, ms: performance.now() - started };
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

const DEEP: Array<[string, string, number]> = [
  ['5,000 ">" on one line', `${'>'.repeat(5000)} text`, 1],
  ['5,000 "> " with spaces', `${'> '.repeat(5000)}text`, 1],
  ['1,800 "- " on one line (crashed the build)', `${'- '.repeat(1800)}text`, 1],
  ['1,800 "1. " on one line', `${'1. '.repeat(1800)}text`, 1],
  ['5,000 "*" around a word', `${'*'.repeat(5000)}text${'*'.repeat(5000)}`, 1],
  ['5,000 "_" around a word', `${'_'.repeat(5000)}text${'_'.repeat(5000)}`, 1],
  [
    'a list indented 300 times',
    `Intro.\n\n${repeat(300, (i) => `${'  '.repeat(i)}- item\n`)}`,
    3 + 2 * BODY_LIMITS.nesting,
  ],
  [
    '3,000 nested <Quote> (crashed the check)',
    `${'<Quote author="A">\n'.repeat(3000)}text\n${'</Quote>\n'.repeat(3000)}`,
    2 * BODY_LIMITS.nesting + 1,
  ],
  ['3,000 nested inline tags', `Text ${'<b>'.repeat(3000)}x${'</b>'.repeat(3000)}`, 1],
  ['quotes and lists mixed', `${'> - '.repeat(1000)}text`, 1],
  ['emphasis nested without runs', `${'*a _b '.repeat(30)}x${' c_ d*'.repeat(30)}`, 1],
];

describe('deep nesting is a problem of the file, with its line, never a crash', () => {
  test.each(DEEP)('%s', (_name, body, bodyLine) => {
    const { tree, issues, ms } = check(body);
    expect(tree).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: context.file, field: 'body', line: context.firstLine + bodyLine - 1 });
    expect(issues[0]!.message).toContain(`more than ${BODY_LIMITS.nesting} levels`);
    expect(issues[0]!.suggestion).toBeTruthy();
    // Bounded: refused before the parser's slow path (seconds for 100,000 levels), generous for a busy machine.
    expect(ms).toBeLessThan(3000);
  });

  test('the same bodies crash the recursive renderer without the limits (why they exist)', () => {
    const tree = parseMdx(`${'- '.repeat(1800)}text`);
    expect(() => renderBody(tree, { mediaBase: '/m/' })).toThrow(RangeError);
  });
});

describe('the limit is exact and documented', () => {
  const quotes = (n: number) => `${'> '.repeat(n)}text`;
  const components = (n: number) => `${'<Quote author="A">\n'.repeat(n)}text\n${'</Quote>\n'.repeat(n)}`;

  test(`${BODY_LIMITS.nesting} levels of quotes pass and render; one more is refused`, () => {
    const ok = check(quotes(BODY_LIMITS.nesting));
    expect(ok.issues).toEqual([]);
    expect(renderBody(ok.tree!, { mediaBase: '/m/' }).html.match(/<blockquote>/g)).toHaveLength(BODY_LIMITS.nesting);
    expect(check(quotes(BODY_LIMITS.nesting + 1)).issues[0]?.message).toMatch(/levels/);
  });

  test(`${BODY_LIMITS.nesting} nested <Quote> pass and render; one more is refused`, () => {
    const ok = check(components(BODY_LIMITS.nesting));
    expect(ok.issues).toEqual([]);
    expect(renderBody(ok.tree!, { mediaBase: '/m/' }).html.match(/<figure class="quote">/g)).toHaveLength(
      BODY_LIMITS.nesting,
    );
    expect(check(components(BODY_LIMITS.nesting + 1)).issues[0]?.line).toBe(context.firstLine + BODY_LIMITS.nesting);
  });

  test('ordinary text is not mistaken for nesting: thematic breaks, indented code, a long table', () => {
    const body = [
      '* * *',
      '',
      '```',
      `${' '.repeat(200)}deeply indented code`,
      '```',
      '',
      '| a | b |',
      '| --- | --- |',
      ...Array.from({ length: 500 }, (_, i) => `| **${i}** | _x_ |`),
    ].join('\n');
    expect(overNestingEstimate(body)).toBeUndefined();
    expect(check(body).issues).toEqual([]);
  });

  test('the tree is measured without recursion, whatever its depth', () => {
    const tree = parseMdx(`${'> '.repeat(20_000)}text`);
    expect(measureNesting(tree).depth).toBe(BODY_LIMITS.nesting + 1);
  });

  test(`a body over ${BODY_LIMITS.characters} characters is refused on its first line, before parsing`, () => {
    const { issues, ms } = check(`${'Long text. '.repeat(BODY_LIMITS.characters / 10)}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: context.firstLine, field: 'body' });
    expect(issues[0]!.message).toContain(String(BODY_LIMITS.characters));
    expect(ms).toBeLessThan(1000);
  });
});

test('through the whole check and the build’s reading: the file and line of the deep list are named', async () => {
  const fixture = copyFixture();
  try {
    const file = 'practices/safe-routes/es.mdx';
    fixture.edit(file, (text) => `${text}\n${'- '.repeat(1800)}texto\n`);
    const line =
      fixture
        .read(file)
        .split('\n')
        .findIndex((l) => l.startsWith('- - -')) + 1;
    // loadCatalogue renders the bodies, as the build does.
    const { catalogue, issues } = await fixture.load();
    expect(catalogue).toBeUndefined();
    expect(issues.filter((i) => i.file.endsWith(file)).map((i) => [i.line, i.field])).toEqual([[line, 'body']]);
  } finally {
    fixture.dispose();
  }
});
