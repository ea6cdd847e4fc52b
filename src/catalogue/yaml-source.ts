/**
 * YAML parsed with its positions kept, so that a schema problem at
 * ["promoter", "email"] can be reported at the line the editor wrote it on.
 */
import { isMap, isPair, isSeq, isScalar, LineCounter, parseDocument, visit, Scalar, type Node, type Document } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface YamlSource {
  data: unknown;
  /** 1-based file line of the field at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FRIENDLY_YAML_ERRORS: Partial<Record<string, { message: string; suggestion?: string }>> = {
  DUPLICATE_KEY: {
    message: 'This field is written twice.',
    suggestion: 'keep one of the two lines, merging what each says',
  },
  TAB_AS_INDENT: {
    message: 'A tab is used for indentation; the fields need spaces.',
    suggestion: 'replace the tab at the start of the line with two spaces',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'A value runs over several lines without quotes, or a "key: value" line is missing its colon.',
    suggestion: 'put long text in quotes, or start it with ">-" on the key line and indent the following lines',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'A line could not be read as "field: value".',
    suggestion: 'check the colon after the field name and the indentation of the lines around it',
  },
  BAD_INDENT: {
    message: 'The indentation of this line does not match the lines around it.',
    suggestion: 'indent nested fields with two spaces more than their parent',
  },
};

export function parseYamlSource(
  text: string,
  file: string,
  firstLine: number,
  issues: ContentIssue[],
): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const friendly = FRIENDLY_YAML_ERRORS[error.code];
      const pos = lineCounter.linePos(error.pos[0]);
      issues.push({
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: friendly?.message ?? `The fields could not be read: ${error.message.split('\n')[0]}`,
        suggestion: friendly?.suggestion,
      });
    }
    return undefined;
  }
  reportCutValues(doc, file, toFileLine, issues);
  return { data: doc.toJS(), lineOf: (path) => lineOfPath(doc, path, toFileLine, firstLine) };
}

/**
 * In YAML, " #" starts a comment, so `title: Plan #2 for towns` keeps only
 * "Plan". An editor rarely means that: the rest of the line would be lost
 * without a word, so it is reported.
 */
function reportCutValues(doc: Document, file: string, toFileLine: (offset: number) => number, issues: ContentIssue[]): void {
  visit(doc, {
    Scalar(_key, node, path) {
      const parent = path[path.length - 1];
      if (node.type !== Scalar.PLAIN || !node.comment || !node.range) return;
      if (isPair(parent) && parent.key === node) return;
      issues.push({
        file,
        line: toFileLine(node.range[0]),
        message: `Everything after " #" on this line is read as a note and left out, so the value is only "${String(node.value)}".`,
        suggestion: `put the whole value in quotes, for example "${String(node.value)} #${node.comment.trim()}", or move the note to a line of its own`,
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
