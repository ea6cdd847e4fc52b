/**
 * YAML parsed with its positions kept, so that a schema problem at
 * ["promoter", "email"] can be reported at the line the editor wrote it on.
 */
import { isMap, isPair, isSeq, isScalar, LineCounter, parseDocument, visit, Scalar, type Node, type Document } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';

export interface YamlSource {
  data: unknown;
  /** 1-based file line of the field at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** The YAML errors editors make, explained; the others keep the parser's own words. */
const FRIENDLY_YAML_ERRORS: Partial<Record<string, () => { message: string; suggestion?: string }>> = {
  DUPLICATE_KEY: () => ({ message: say.yamlDuplicateKey(), suggestion: say.yamlDuplicateKeyFix() }),
  TAB_AS_INDENT: () => ({ message: say.yamlTab(), suggestion: say.yamlTabFix() }),
  MULTILINE_IMPLICIT_KEY: () => ({ message: say.yamlMultilineKey(), suggestion: say.yamlMultilineKeyFix() }),
  BLOCK_AS_IMPLICIT_KEY: () => ({ message: say.yamlBlockAsKey(), suggestion: say.yamlBlockAsKeyFix() }),
  BAD_INDENT: () => ({ message: say.yamlBadIndent(), suggestion: say.yamlBadIndentFix() }),
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
      const friendly = FRIENDLY_YAML_ERRORS[error.code]?.();
      const pos = lineCounter.linePos(error.pos[0]);
      issues.push({
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: friendly?.message ?? say.yamlUnreadable({ detail: error.message.split('\n')[0] ?? '' }),
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
