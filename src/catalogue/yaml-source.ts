/**
 * YAML parsed with its positions kept, so that a schema problem at
 * ["promoter", "email"] can be reported at the line the editor wrote it on.
 */
import jsYaml from 'js-yaml';
import {
  isMap,
  isPair,
  isSeq,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  Scalar,
  type Node,
  type Document,
  type ErrorCode,
} from 'yaml';
import type { ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';

export interface YamlSource {
  data: unknown;
  /** 1-based file line of the field at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
  /** 1-based file line just after the last field: the closing "---" of a frontmatter, or past the end of a YAML file. */
  endLine?: number;
}

/**
 * Every error of the yaml library, in the editor's words with the fix: no
 * parser text ever reaches an editor (a new code in the library fails the
 * type check here until it has its message).
 */
const YAML_ERRORS: Record<ErrorCode, () => { message: string; suggestion: string }> = {
  ALIAS_PROPS: () => ({ message: say.yamlAliasProps(), suggestion: say.yamlAliasPropsFix() }),
  BAD_ALIAS: () => ({ message: say.yamlBadAlias(), suggestion: say.yamlBadAliasFix() }),
  BAD_DIRECTIVE: () => ({ message: say.yamlBadDirective(), suggestion: say.yamlBadDirectiveFix() }),
  BAD_DQ_ESCAPE: () => ({ message: say.yamlBadEscape(), suggestion: say.yamlBadEscapeFix() }),
  BAD_INDENT: () => ({ message: say.yamlBadIndent(), suggestion: say.yamlBadIndentFix() }),
  BAD_PROP_ORDER: () => ({ message: say.yamlBadPropOrder(), suggestion: say.yamlBadPropOrderFix() }),
  BAD_SCALAR_START: () => ({ message: say.yamlBadScalarStart(), suggestion: say.yamlBadScalarStartFix() }),
  BLOCK_AS_IMPLICIT_KEY: () => ({ message: say.yamlBlockAsKey(), suggestion: say.yamlBlockAsKeyFix() }),
  BLOCK_IN_FLOW: () => ({ message: say.yamlBlockInFlow(), suggestion: say.yamlBlockInFlowFix() }),
  DUPLICATE_KEY: () => ({ message: say.yamlDuplicateKey(), suggestion: say.yamlDuplicateKeyFix() }),
  IMPOSSIBLE: () => ({ message: say.yamlImpossible(), suggestion: say.yamlImpossibleFix() }),
  KEY_OVER_1024_CHARS: () => ({ message: say.yamlLongKey(), suggestion: say.yamlLongKeyFix() }),
  MISSING_CHAR: () => ({ message: say.yamlMissingChar(), suggestion: say.yamlMissingCharFix() }),
  MULTILINE_IMPLICIT_KEY: () => ({ message: say.yamlMultilineKey(), suggestion: say.yamlMultilineKeyFix() }),
  MULTIPLE_ANCHORS: () => ({ message: say.yamlTwoAnchors(), suggestion: say.yamlTwoAnchorsFix() }),
  MULTIPLE_DOCS: () => ({ message: say.yamlTwoDocuments(), suggestion: say.yamlTwoDocumentsFix() }),
  MULTIPLE_TAGS: () => ({ message: say.yamlTwoTags(), suggestion: say.yamlTwoTagsFix() }),
  NON_STRING_KEY: () => ({ message: say.yamlKeyNotText(), suggestion: say.yamlKeyNotTextFix() }),
  RESOURCE_EXHAUSTION: () => ({
    message: say.yamlTooManyAliases({ limit: MAX_YAML_ALIASES }),
    suggestion: say.yamlTooManyAliasesFix(),
  }),
  TAB_AS_INDENT: () => ({ message: say.yamlTab(), suggestion: say.yamlTabFix() }),
  TAG_RESOLVE_FAILED: () => ({ message: say.yamlUnknownTag(), suggestion: say.yamlUnknownTagFix() }),
  UNEXPECTED_TOKEN: () => ({ message: say.yamlUnexpected(), suggestion: say.yamlUnexpectedFix() }),
  BAD_COLLECTION_TYPE: () => ({ message: say.yamlCollectionType(), suggestion: say.yamlCollectionTypeFix() }),
};

/** The message of a yaml library error code; one the library adds later reads as "could not be read", never in its words. */
export function yamlErrorMessage(code: string): { message: string; suggestion: string } {
  return (YAML_ERRORS[code as ErrorCode] ?? YAML_ERRORS.IMPOSSIBLE)();
}

export function parseYamlSource(
  text: string,
  file: string,
  firstLine: number,
  issues: ContentIssue[],
): YamlSource | undefined {
  const deep = tooDeepLine(text);
  if (deep !== undefined) {
    issues.push({
      file,
      line: deep + firstLine - 1,
      message: say.yamlTooDeep({ limit: MAX_YAML_DEPTH }),
      suggestion: say.yamlTooDeepFix(),
    });
    return undefined;
  }
  const written = withOrdinarySpaces(text);
  const quick = readPlainYaml(written);
  const endLine = firstLine + text.replace(/\n$/, '').split('\n').length;
  if (quick !== undefined) return { data: quick, lineOf: yamlLineOf(text, firstLine), endLine };
  const positioned = parsePositioned(written, file, firstLine, issues);
  return positioned && { ...positioned, endLine };
}

/**
 * Where each field of a frontmatter is, computed the first time a line is
 * asked for (most files are never asked): only the text is kept, which is
 * far smaller than a parsed document, and is plain data a worker can send.
 */
export function yamlLineOf(text: string, firstLine: number): (path: readonly PropertyKey[]) => number {
  let lineOf: ((path: readonly PropertyKey[]) => number) | undefined;
  return (path) => {
    lineOf ??= parsePositioned(withOrdinarySpaces(text), '', firstLine, [])?.lineOf ?? (() => firstLine);
    return lineOf(path);
  };
}

/**
 * The YAML 1.2 core schema exactly as the positioned parser (`yaml`)
 * resolves plain values, with its own patterns, so that both readers give
 * the same values: js-yaml's own schemas differ at the edges ("-.5", "0b1").
 */
const CORE_SCALARS = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text),
      construct: (text: string) =>
        text.startsWith('0o')
          ? parseInt(text.slice(2), 8)
          : text.startsWith('0x')
            ? parseInt(text.slice(2), 16)
            : parseInt(text, 10),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string) =>
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text),
      construct: (text: string) =>
        /nan$/i.test(text)
          ? Number.NaN
          : /inf$/i.test(text)
            ? text.startsWith('-')
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
            : parseFloat(text),
    }),
  ],
});

/**
 * Signs after which the positioned reader does more than read: comments
 * (a value cut by " #" is reported), tabs (explained), anchors, aliases,
 * tags and directives (an "!" or "&" in a text only costs the slower
 * reader). A file with none of them reads the same either way.
 */
const NEEDS_POSITIONED_READER = /[\t#&*!]|^%|^\.\.\.|<</m;

/** A field name over the 1024 characters YAML allows (a colon forgotten earlier on a long line): js-yaml reads it. */
const OVERLONG_KEY = /^[^\n:]{1025}/m;

/**
 * A frontmatter or YAML file read much faster than the positioned parser
 * can, for the files where both give the same values;
 * undefined sends the file to the positioned parser: signs it treats with
 * care, any error (its messages name the line), a value wholly in curly
 * quotes (it unwraps those), a field named null (it names it ""), an empty
 * file.
 */
export function readPlainYaml(text: string): unknown {
  if (NEEDS_POSITIONED_READER.test(text) || OVERLONG_KEY.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: CORE_SCALARS });
  } catch {
    return undefined;
  }
  return data === undefined || readDifferently(data) ? undefined : data;
}

function readDifferently(value: unknown): boolean {
  if (typeof value === 'string') return CURLY_PAIRS.test(value);
  if (Array.isArray(value)) return value.some(readDifferently);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key === 'null' || readDifferently(item)) return true;
  }
  return false;
}

/** The positioned reader: every value with the line it was written on, and the editor's errors explained. */
export function parsePositioned(
  written: string,
  file: string,
  firstLine: number,
  issues: ContentIssue[],
): YamlSource | undefined {
  let lineCounter = new LineCounter();
  let doc = parseDocument(written, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const errorLines = new Set(doc.errors.map((error) => lineCounter.linePos(error.pos[0]).line));
    const repaired = quoteValuesOn(written, errorLines);
    if (repaired !== written) {
      const retryCounter = new LineCounter();
      const retry = parseDocument(repaired, { lineCounter: retryCounter, uniqueKeys: true, prettyErrors: false });
      if (retry.errors.length === 0) {
        doc = retry;
        lineCounter = retryCounter;
      }
    }
  }
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // The library's warnings (an unknown "!tag", a "%" line) would drop what the editor wrote: reported as errors.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    // A tab at the start of a line throws the parser off for the lines after it: its own message is the useful one.
    const tabs = problems.filter((error) => error.code === 'TAB_AS_INDENT');
    const lines = written.split('\n');
    // One error often brings others after it on its line: the first is the one the editor can act on.
    const reported = new Set<number>();
    for (const error of tabs.length > 0 ? tabs : problems) {
      const pos = lineCounter.linePos(error.pos[0]);
      if (reported.has(pos.line)) continue;
      reported.add(pos.line);
      const curly = curlyQuotedLine(lines[pos.line - 1] ?? '');
      const friendly = curly
        ? { message: say.yamlCurlyQuotes(), suggestion: say.yamlCurlyQuotesFix({ line: curly }) }
        : yamlErrorMessage(error.code);
      issues.push({
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: friendly.message,
        suggestion: friendly.suggestion,
      });
    }
    return undefined;
  }
  unwrapCurlyQuotes(doc);
  reportCutValues(doc, file, toFileLine, issues);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // An alias bomb ("billion laughs"): each alias doubles the data; the parser stops at the limit.
    const alias = firstAliasOffset(doc);
    issues.push({
      file,
      line: alias === undefined ? firstLine : toFileLine(alias),
      ...(/excessive/i.test(String((error as Error).message))
        ? { message: say.yamlTooManyAliases({ limit: MAX_YAML_ALIASES }), suggestion: say.yamlTooManyAliasesFix() }
        : yamlErrorMessage(/alias/i.test(String((error as Error).message)) ? 'BAD_ALIAS' : 'IMPOSSIBLE')),
    });
    return undefined;
  }
  return { data, lineOf: (path) => lineOfPath(doc, path, toFileLine, firstLine) };
}

/**
 * Levels of nesting a YAML file may have (lists and maps in one another):
 * content files use five or six; thousands make the parsers overflow their
 * stack after seconds of work, once per retry.
 */
export const MAX_YAML_DEPTH = 64;

/**
 * The first line nested deeper than MAX_YAML_DEPTH, counted cheaply before
 * parsing: brackets open outside quotes, and block indentation (two
 * columns a level, each leading "- " a level).
 */
export function tooDeepLine(text: string): number | undefined {
  let flow = 0;
  let quote = '';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
      continue;
    }
    if (i === lineStart && flow === 0 && !quote) {
      const lead = /^(?:[ ]|- )*/.exec(text.slice(i, i + 2 * MAX_YAML_DEPTH + 2))![0];
      let level = 0;
      for (let j = 0; j < lead.length; j += 1)
        level += lead[j] === '-' ? 1 : lead[j] === ' ' && lead[j - 1] !== '-' ? 0.5 : 0;
      if (level > MAX_YAML_DEPTH) return line;
    }
    if (quote) {
      if (ch === quote && text[i - 1] !== '\\') quote = '';
    } else if ((ch === '"' || ch === "'") && /[\s[{,:-]/.test(text[i - 1] ?? ' ')) {
      quote = ch;
    } else if (ch === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (ch === '[' || ch === '{') {
      flow += 1;
      if (flow > MAX_YAML_DEPTH) return line;
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow -= 1;
    }
  }
  return undefined;
}

/**
 * How many times aliases (`*name`) may copy an anchored value into a file's
 * data, counting the copies an alias of an alias makes: far above what an
 * editor writes, far below what makes the check run out of memory.
 */
export const MAX_YAML_ALIASES = 100;

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Word processors put non-breaking spaces (U+00A0, and U+202F before French
 * punctuation) where the editor typed a space. YAML reads them as text, so
 * "title:\u00A0Her Voice" or an indentation of them would not be fields at
 * all. Where the file's structure needs a space (indentation, a list's
 * "- ", around the colon after a field name) they are read as spaces; in
 * values they are kept, as French typography needs them. Each is replaced
 * by one space, so columns and lines stay the editor's.
 */
const HARD_SPACE = /[\u00a0\u202f]/g;
const STRUCTURE =
  /^((?:[ \u00a0\u202f]|-(?=[ \u00a0\u202f]))*)(?:([A-Za-z_][\w-]*)([ \u00a0\u202f]*:)([ \u00a0\u202f]*))?/;

export function withOrdinarySpaces(text: string): string {
  if (!/[\u00a0\u202f]/.test(text)) return text;
  // Lines of a block of text ("summary: >-" and the lines indented under it) are text, kept as written.
  let blockIndent = -1;
  const indentOf = (line: string) => /^[ \u00a0\u202f]*/.exec(line)![0].length;
  return text
    .split('\n')
    .map((line) => {
      if (blockIndent >= 0 && (line.trim() === '' || indentOf(line) > blockIndent)) return line;
      blockIndent = -1;
      const read = line.replace(STRUCTURE, (_whole, indent: string, key = '', colon = '', after = '') =>
        `${indent}${key}${colon}${after}`.replace(HARD_SPACE, ' '),
      );
      if (/:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(read)) blockIndent = indentOf(read);
      return read;
    })
    .join('\n');
}

/** Curly quotes a word processor typed for the editor's straight ones: opening and closing marks that may wrap a value. */
const CURLY_PAIRS = /^(?:[“„”]([^]*)[”“]|[‘‚’]([^]*)[’‘])$/;

/**
 * `title: “Her Voice”` is the title Her Voice, typed in a word processor:
 * a value wholly wrapped in curly quotes is read without them, as the
 * straight quotes they replaced would be. Quotes inside a value are text.
 */
function unwrapCurlyQuotes(doc: Document): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== Scalar.PLAIN || typeof node.value !== 'string') return;
      const match = CURLY_PAIRS.exec(node.value);
      if (match) node.value = match[1] ?? match[2] ?? '';
    },
  });
}

/** A "field: value" line whose value YAML cannot take unquoted. */
const FIELD_LINE = /^(\s*(?:- )?[A-Za-z_][\w-]*[ \t]*:)[ \t]+(.*?)[ \t]*$/;

/**
 * `title: Audit : rues` (a French colon) or `title: “Plan: 2024”` stop the
 * parser, since ": " inside a value starts another field. On the lines the
 * parser refused, a value that cannot mean anything else is quoted, and the
 * file is read again; it is used only if it then reads without error.
 * A value with a comment (" #") or starting with YAML's own signs is left
 * for the editor, as its meaning is not certain.
 */
function quoteValuesOn(text: string, lines: ReadonlySet<number>): string {
  return text
    .split('\n')
    .map((line, index) => {
      if (!lines.has(index + 1)) return line;
      const match = FIELD_LINE.exec(line);
      if (!match) return line;
      const value = match[2]!;
      if (value === '' || /^["'[{|>&*!%@`#]/.test(value) || value.includes(' #')) return line;
      const unwrapped = CURLY_PAIRS.exec(value);
      return `${match[1]} ${JSON.stringify(unwrapped ? (unwrapped[1] ?? unwrapped[2] ?? '') : value)}`;
    })
    .join('\n');
}

/** The line with its curly-quoted value in straight quotes, when it has one. */
function curlyQuotedLine(line: string): string | undefined {
  const match = FIELD_LINE.exec(line);
  const unwrapped = match ? CURLY_PAIRS.exec(match[2]!) : null;
  if (!match || !unwrapped) return undefined;
  return `${match[1]!.trim()} ${JSON.stringify(unwrapped[1] ?? unwrapped[2] ?? '')}`;
}

/**
 * In YAML, " #" starts a comment, so `title: Plan #2 for towns` keeps only
 * "Plan". An editor rarely means that: the rest of the line would be lost
 * without a word, so it is reported.
 */
function reportCutValues(
  doc: Document,
  file: string,
  toFileLine: (offset: number) => number,
  issues: ContentIssue[],
): void {
  visit(doc, {
    Scalar(_key, node, path) {
      const parent = path[path.length - 1];
      if (node.type !== Scalar.PLAIN || !node.comment || !node.range) return;
      if (isPair(parent) && parent.key === node) return;
      issues.push({
        file,
        line: toFileLine(node.range[0]),
        message: say.valueCutByComment({ value: String(node.value) }),
        suggestion: say.valueCutByCommentFix({ whole: `${String(node.value)} #${node.comment.trim()}` }),
      });
    },
  });
}

function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
  firstLine: number,
): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let line = node?.range ? toFileLine(node.range[0]) : firstLine;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) line = toFileLine(key.range[0]);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) line = toFileLine(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
