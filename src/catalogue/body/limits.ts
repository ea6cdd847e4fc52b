/**
 * The size and nesting limits of a body (docs/security.md). The parser and
 * the renderer are recursive or slower than linear on deep nesting (a
 * thousand "> " or "- " crashed the build, 3,000 nested <Quote> the check),
 * so the text is measured before they run: first a cheap estimate over the
 * lines, then the exact depth of the parsed tree, both without recursion.
 */
import type { Nodes, Root } from 'mdast';

export const BODY_LIMITS = {
  /** Characters of one body (about 60 printed pages; the longest text of the sample has 3,227). */
  characters: 200_000,
  /** Quotes, lists, components, emphasis and links inside one another. */
  nesting: 20,
} as const;

/**
 * The estimate before parsing may overcount (an indented line, a run of
 * asterisks), so it refuses only beyond twice the limit; the exact depth of
 * the tree decides between the two.
 */
const ESTIMATE_LIMIT = BODY_LIMITS.nesting * 2;

/** The nodes that nest in the editor's eyes: what `BODY_LIMITS.nesting` counts. */
const NESTING_TYPES = new Set<string>([
  'blockquote',
  'list',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

// A container marker at the start of a line: "> ", "- ", "* ", "+ ", "1. ", "1) ".
const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
// An opening or closing tag; self-closing tags ("<Figure … />") do not nest.
const TAG = /<(\/?)[A-Za-z][\w.:-]*(?:[^<>]*?)(\/?)>/g;
const DELIMITER_RUN = /[*_~]{2,}/g;

/** The first line (1-based, in the body) whose estimated nesting is over twice the limit, if any. */
export function overNestingEstimate(text: string): { line: number } | undefined {
  let tags = 0;
  let inFence = false;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber += 1;
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let rest = line;
    let depth = 0;
    // Each level of list indentation is at least two columns.
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    depth += Math.floor(indent / 2);
    for (let match = CONTAINER_MARKER.exec(rest); match && match[0].length > 0; match = CONTAINER_MARKER.exec(rest)) {
      depth += 1;
      rest = rest.slice(match[0].length);
      if (depth > ESTIMATE_LIMIT) return { line: lineNumber };
    }
    if (depth > ESTIMATE_LIMIT) return { line: lineNumber };
    for (const run of line.matchAll(DELIMITER_RUN)) {
      if (depth + run[0].length / 2 > ESTIMATE_LIMIT) return { line: lineNumber };
    }
    for (const tag of line.matchAll(TAG)) {
      if (tag[2]) continue;
      tags += tag[1] ? -1 : 1;
      if (tags + depth > ESTIMATE_LIMIT) return { line: lineNumber };
    }
  }
  return undefined;
}

/** The deepest nesting of the parsed body and a node at that depth, measured without recursion. */
export function measureNesting(tree: Root): { depth: number; deepest: Nodes } {
  let deepest: Nodes = tree;
  let max = 0;
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    const depth = outer + (NESTING_TYPES.has(node.type) ? 1 : 0);
    if (depth > max) {
      max = depth;
      deepest = node;
      // Past the limit the rest does not matter: the body is refused at this node.
      if (max > BODY_LIMITS.nesting) break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth]);
  }
  return { depth: max, deepest };
}
