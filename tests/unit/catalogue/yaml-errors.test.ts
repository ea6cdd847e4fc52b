/**
 * Issue #15: YAML the parser cannot read (a practice's front matter,
 * site.yaml, a vocabulary, indicators.yaml, dataset.yaml) is reported at
 * its line in the catalogue's words and the editor's language, with a
 * fix; never in the yaml library's words.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import type { ErrorCode } from 'yaml';
import { MESSAGE_LANGUAGES, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { yamlErrorMessage } from '../../../src/catalogue/yaml-source.ts';
import { expectCatalogueOnly } from '../../helpers/catalogue-messages.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

afterEach(() => setMessageLanguage('en'));

/** Words of the yaml library's own messages, which must never be shown. */
const LIBRARY_WORDS =
  /Nested mappings|Implicit keys|Implicit map keys|Unexpected|Missing closing|flow (?:sequence|mapping|collection)|block (?:scalar|sequence|mapping)|Unresolved|at line \d|Map keys must|Unknown tag|Invalid escape|Plain value cannot/;

/** Broken YAML as editors write it, as lines at the level of a file's fields, with the code the library gives it. */
const CORPUS: { name: string; lines: string[]; code: ErrorCode; frontMatter?: false }[] = [
  { name: 'an unclosed quote', lines: ['note: "the quote never ends'], code: 'MISSING_CHAR' },
  { name: 'an unclosed bracket', lines: ['keywords: [a, b', 'other: c'], code: 'BAD_INDENT' },
  { name: 'text after a closing quote', lines: ['note: "Vienna" city'], code: 'UNEXPECTED_TOKEN' },
  { name: 'a second colon', lines: ['remark: a: b'], code: 'BLOCK_AS_IMPLICIT_KEY' },
  { name: 'a line without its colon', lines: ['note: a', 'just words', 'other: b'], code: 'MULTILINE_IMPLICIT_KEY' },
  { name: 'a wrong indentation', lines: ['group:', '  a: 1', ' b: 2'], code: 'BAD_INDENT' },
  { name: 'a field written twice', lines: ['note: a', 'note: b'], code: 'DUPLICATE_KEY' },
  { name: 'a tab before a field', lines: ['group:', '\tb: 1'], code: 'TAB_AS_INDENT' },
  { name: 'a backslash escape that does not exist', lines: ['note: "C:\\q"'], code: 'BAD_DQ_ESCAPE' },
  { name: 'a value starting with @', lines: ['note: @home'], code: 'BAD_SCALAR_START' },
  { name: 'a value in backticks', lines: ['note: `x`'], code: 'BAD_SCALAR_START' },
  { name: 'a list item inside brackets', lines: ['keywords: [b,', '- c]'], code: 'BAD_INDENT' },
  { name: 'two anchors', lines: ['note: &x &y 1'], code: 'MULTIPLE_ANCHORS' },
  { name: 'two tags', lines: ['note: !x !y 1'], code: 'MULTIPLE_TAGS' },
  { name: 'an unknown tag', lines: ['note: !important text'], code: 'TAG_RESOLVE_FAILED' },
  { name: 'an alias with an anchor', lines: ['note: &x 1', 'other: &y *x'], code: 'ALIAS_PROPS' },
  { name: 'an alias to nothing', lines: ['note: *nothing'], code: 'BAD_ALIAS' },
  { name: 'a field name of 1100 characters', lines: [`${'x'.repeat(1100)}: 1`], code: 'KEY_OVER_1024_CHARS' },
  { name: 'a second document', lines: ['note: a', '---', 'other: b'], code: 'MULTIPLE_DOCS', frontMatter: false },
];

describe('every error of the yaml library has a catalogue message and fix', () => {
  test.each(CORPUS.filter((c) => c.code !== 'BAD_ALIAS'))('$name gives $code', ({ lines, code }) => {
    const doc = parseDocument(`${lines.join('\n')}\n`, { uniqueKeys: true, prettyErrors: false });
    expect([...doc.errors, ...doc.warnings].map((e) => e.code)).toContain(code);
  });

  test.each(MESSAGE_LANGUAGES)('in %s, for each code the library can give', (lang) => {
    setMessageLanguage(lang);
    const codes: ErrorCode[] = [
      'ALIAS_PROPS',
      'BAD_ALIAS',
      'BAD_DIRECTIVE',
      'BAD_DQ_ESCAPE',
      'BAD_INDENT',
      'BAD_PROP_ORDER',
      'BAD_SCALAR_START',
      'BLOCK_AS_IMPLICIT_KEY',
      'BLOCK_IN_FLOW',
      'DUPLICATE_KEY',
      'IMPOSSIBLE',
      'KEY_OVER_1024_CHARS',
      'MISSING_CHAR',
      'MULTILINE_IMPLICIT_KEY',
      'MULTIPLE_ANCHORS',
      'MULTIPLE_DOCS',
      'MULTIPLE_TAGS',
      'NON_STRING_KEY',
      'RESOURCE_EXHAUSTION',
      'TAB_AS_INDENT',
      'TAG_RESOLVE_FAILED',
      'UNEXPECTED_TOKEN',
      'BAD_COLLECTION_TYPE',
    ];
    const messages = codes.map((code) => yamlErrorMessage(code));
    expectCatalogueOnly(
      messages.map((m) => ({ file: 'x.yaml', line: 1, ...m })),
      lang,
      LIBRARY_WORDS,
    );
    // Codes the editor can tell apart are told apart.
    const distinct = new Set(messages.map((m) => m.message));
    expect(distinct.size).toBeGreaterThanOrEqual(codes.length - 1);
    // A code the library may add later is still said in the catalogue's words.
    expect(yamlErrorMessage('SOMETHING_NEW')).toEqual(yamlErrorMessage('IMPOSSIBLE'));
  });
});

/** Each file an editor or network writes in YAML, and where broken lines go in it (0-based line index) and at what indent. */
const FILES: { file: string; at: (text: string) => number; indent: string; frontMatter?: true }[] = [
  {
    file: 'practices/street-lighting-audit/fr.mdx',
    at: (text) => text.split('\n').indexOf('---', 1),
    indent: '',
    frontMatter: true,
  },
  { file: 'site.yaml', at: (text) => text.split('\n').length - 1, indent: '' },
  { file: 'kpis/datasets/sample/dataset.yaml', at: (text) => text.split('\n').length - 1, indent: '' },
  // Lists: the broken lines are the fields of a new entry.
  { file: 'taxonomies/themes.yaml', at: (text) => text.split('\n').length - 1, indent: '  ' },
  { file: 'kpis/indicators.yaml', at: (text) => text.split('\n').length - 1, indent: '  ' },
];

describe.each(FILES)('broken YAML in $file', ({ file, at, indent, frontMatter }) => {
  let fixture: FixtureCatalogue | undefined;
  afterEach(() => fixture?.dispose());

  test.each(CORPUS.filter((c) => !(frontMatter && c.frontMatter === false)))(
    '$name: reported at its lines in the catalogue words of fr, en and es',
    ({ lines }) => {
      fixture = copyFixture();
      const original = fixture.read(file).replace(/\n+$/, '\n');
      const all = original.split('\n');
      const index = at(original);
      const inserted = [...(indent ? ['- id: broken-entry'] : []), ...lines.map((l) => `${indent}${l}`)];
      fixture.write(file, [...all.slice(0, index), ...inserted, ...all.slice(index)].join('\n'));
      const firstLine = index + 1;
      const lastLine = index + inserted.length;
      for (const lang of MESSAGE_LANGUAGES) {
        setMessageLanguage(lang);
        const { issues } = fixture.load();
        const here = issues.filter((issue) => issue.file.endsWith(file));
        expect(here.length, `${lang}: ${JSON.stringify(issues)}`).toBeGreaterThan(0);
        for (const issue of here) {
          expect(issue.line, `${lang}: ${issue.message}`).toBeGreaterThanOrEqual(firstLine);
          expect(issue.line, `${lang}: ${issue.message}`).toBeLessThanOrEqual(lastLine + 1);
        }
        expectCatalogueOnly(here, lang, LIBRARY_WORDS);
      }
    },
  );
});
