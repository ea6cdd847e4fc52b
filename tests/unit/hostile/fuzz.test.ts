/**
 * #13, "the check never crashes and never hangs" (docs/security.md): random
 * and mutated MDX bodies, front matter and CSV go through the check, which
 * must answer with a report or a catalogue, never an exception, in bounded
 * time; and every body it accepts must render. Seeded, so CI sees the same
 * inputs every run: on failure fast-check prints the seed and the path of
 * the failing case, and ATLAS_FUZZ_SEED=<seed> replays it (ATLAS_FUZZ_RUNS
 * to search longer locally).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseBody } from '../../../src/catalogue/body/parse-body.ts';
import { renderBody } from '../../../src/catalogue/body/render-body.ts';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const SEED = Number(process.env.ATLAS_FUZZ_SEED ?? 130_013);
const RUNS = Number(process.env.ATLAS_FUZZ_RUNS ?? 1);
const settings = (numRuns: number) => ({ seed: SEED, numRuns: numRuns * RUNS, endOnFailure: true });
/**
 * How long one input may take: far above what any takes on an idle machine
 * (a body a few milliseconds, a whole catalogue about 50), so that a busy CI
 * machine does not fail the test (a body took 7.7 s with eight builds sharing
 * two cores), and far below a hang.
 */
const BODY_MS = 10_000;
const CATALOGUE_MS = 30_000;

const PRACTICE = 'practices/safe-routes/es.mdx';
const DATASET = 'kpis/datasets/sample/observations.csv';

/** Pieces of Markdown, MDX and attacks, so random texts reach the parser's and the check's corners. */
const MDX_TOKENS = [
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '**',
  '*',
  '_',
  '__',
  '~~',
  '`',
  '```\n',
  '~~~\n',
  '    ',
  '\t',
  '[',
  ']',
  '(',
  ')',
  '![',
  '][',
  '[]',
  '[^1]',
  '[^1]: ',
  '[p]: ',
  '[p]',
  '![p]',
  ' "t"',
  '<',
  '>',
  '/>',
  '</',
  '{',
  '}',
  '<Quote author="A">',
  '</Quote>',
  '<Quote author="A" role="r">\n',
  '<Figure src="./photo.jpg" alt="x" />',
  '<KeyFigure value="1" label="l" />',
  '<Figure src="https://h/x.gif" alt="" />',
  '<b>',
  '</b>',
  '<script>',
  '<img onerror=x>',
  '<!--',
  '-->',
  '&#x61;',
  '&colon;',
  '&amp;',
  '&#0;',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:',
  '//h/',
  'https://h/x.gif',
  'https://example.org',
  './photo.jpg',
  './x.svg',
  'mailto:a@b.c',
  '<https://a.b>',
  'www.example.org',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0000',
  '\ufeff',
  '\u202e',
  '|',
  '| a | b |\n',
  '| --- | :-: |\n',
  '#',
  '## ',
  '###### ',
  '\\',
  '"',
  "'",
  '=',
  'text',
  'é',
  '🙂',
  'import x from "y"\n',
  'export const a = 1\n',
  '$$',
  ':::',
  '---\n',
  '***\n',
  '=====\n',
];
const mdxToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MDX_TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);
const tokens = (token: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(token, { maxLength }).map((parts) => parts.join(''));

/** A text with a few edits at random places: deletions, insertions of tokens, repeated runs. */
function mutated(source: string, token: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: token,
    times: fc.integer({ min: 1, max: 400 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let text = source;
    for (const { at, remove, insert, times } of edits) {
      const place = at % (text.length + 1);
      text = text.slice(0, place) + insert.repeat(times) + text.slice(place + remove);
    }
    return text;
  });
}

let fixture: FixtureCatalogue;
let practiceSource = '';
let datasetSource = '';
beforeAll(() => {
  fixture = copyFixture();
  fixture.write('practices/safe-routes/photo.jpg', 'not read by these checks');
  practiceSource = fixture.read(PRACTICE);
  datasetSource = fixture.read(DATASET);
});
afterAll(() => fixture.dispose());

/** The check of the whole catalogue with one file replaced: a report or a catalogue, never an exception. */
function checkWith(path: string, text: string, original: string): void {
  fixture.write(path, text);
  const started = performance.now();
  try {
    const { catalogue, issues } = fixture.load();
    expect(catalogue === undefined).toBe(issues.length > 0);
    for (const issue of issues) expectReportable(issue);
  } finally {
    fixture.write(path, original);
  }
  expect(performance.now() - started).toBeLessThan(CATALOGUE_MS);
}

function expectReportable(issue: ContentIssue) {
  expect(typeof issue.file).toBe('string');
  expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
  expect(typeof issue.message).toBe('string');
  expect(issue.message.length).toBeGreaterThan(0);
}

describe('bodies: a report or success, and what is accepted renders', { timeout: 60_000 }, () => {
  const context = { file: 'content/practices/x/fr.mdx', firstLine: 1, folderFiles: new Set(['photo.jpg']) };
  const sampleBody = () => practiceSource.slice(practiceSource.indexOf('\n---\n') + 5);

  const property = (body: string) => {
    const issues: ContentIssue[] = [];
    const started = performance.now();
    const tree = parseBody(body, context, issues);
    expect(tree === undefined).toBe(issues.length > 0);
    for (const issue of issues) expectReportable(issue);
    if (tree) {
      const { html } = renderBody(tree, { mediaBase: '/media/practices/x/' });
      // Text may say "javascript:"; no tag, handler or address may carry it.
      // Text's "<" is written "&#x3C;", so each "<" here opens a tag the renderer made.
      for (const [tag] of html.matchAll(/<[a-z][^<>]*>/gi)) {
        expect(tag).not.toMatch(/^<(script|iframe|object|embed|style|svg)\b|\son[a-z]+\s*=/i);
        expect(tag).not.toMatch(/\shref="(?!https?:|\/\/|mailto:|#)|\ssrc="(?!\/media\/practices\/x\/)/i);
      }
    }
    expect(performance.now() - started).toBeLessThan(BODY_MS);
  };

  test('random token soups', () => {
    fc.assert(fc.property(tokens(mdxToken, 80), property), settings(600));
  });

  test('random binary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), property), settings(300));
  });

  test('a sample practice body, mutated (with long repeated runs)', () => {
    fc.assert(fc.property(mutated(sampleBody(), mdxToken), property), settings(300));
  });

  test('deep nesting of every kind, up to 5,000 levels', () => {
    const opener = fc.constantFrom(
      '>',
      '> ',
      '- ',
      '* ',
      '1. ',
      '*',
      '_',
      '~~',
      '[',
      '![',
      '<Quote author="A">\n',
      '<b>',
      '  ',
      '> - ',
    );
    fc.assert(
      fc.property(
        opener,
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('', '</Quote>\n', '*', ']', '</b>'),
        (open, n, close) => property(`${open.repeat(n)}x${close.repeat(n)}`),
      ),
      settings(60),
    );
  });
});

describe('whole files through the check: front matter and CSV', { timeout: 120_000 }, () => {
  const YAML_TOKENS = [
    // Aliases, with and without their anchor: an alias without one once crashed yaml's toJS.
    '*a ',
    '<<: *a\n',
    'title: ',
    'summary: ',
    'themes: ',
    'country: ',
    'x',
    'é',
    '\n',
    '  ',
    '- ',
    '&a ',
    '!!js/function ',
    '!!binary ',
    '!!python/object ',
    '!<tag:x> ',
    '? ',
    ': ',
    '{',
    '}',
    '[',
    ']',
    ',',
    '"',
    "'",
    '\t',
    '#',
    '---\n',
    '...\n',
    '%YAML 1.2\n',
    '\u00a0',
    '“',
    '”',
    'null',
    '~',
    '2026-01-01',
    '1e999',
    '0x1F',
    '.inf',
    '|\n  ',
    '>\n  ',
    '\\u0000',
    '\u0000',
    '\r',
    '\ufeff',
    '__proto__: ',
    'constructor: ',
    'toString: ',
  ];
  const yamlToken = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...YAML_TOKENS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
  );

  test('a practice file with mutated front matter and body', () => {
    fc.assert(
      fc.property(mutated(practiceSource, fc.oneof(yamlToken, mdxToken)), (text) =>
        checkWith(PRACTICE, text, practiceSource),
      ),
      settings(30),
    );
  });

  test('a practice file with random front matter', () => {
    fc.assert(
      fc.property(tokens(yamlToken, 60), tokens(mdxToken, 20), (front, body) =>
        checkWith(PRACTICE, `---\n${front}\n---\n${body}`, practiceSource),
      ),
      settings(30),
    );
  });

  test('a KPI dataset with mutated and random rows', () => {
    const CSV_TOKENS = [
      ',',
      ';',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      'villeneuve',
      'puerto-claro',
      'lit-streets-share',
      '2022',
      '2022-Q3',
      '2022-13',
      '40.5',
      '40,5',
      '1e400',
      'NaN',
      '-0',
      '=HYPERLINK("x")',
      '+1',
      '@x',
      '\ufeff',
      '\u0000',
      '::error::x',
      ' ',
      'é',
      'city,indicator,period,value,source\n',
    ];
    const csvToken = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...CSV_TOKENS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    );
    const csv = fc.oneof(mutated(datasetSource, csvToken), tokens(csvToken, 80));
    fc.assert(
      fc.property(csv, (text) => checkWith(DATASET, text, datasetSource)),
      settings(40),
    );
  });
});
