/**
 * Reads an untrusted body as MDX without ever compiling or running it, and
 * refuses anything that is code rather than text: ESM, expressions, HTML,
 * unknown components, event handlers and dangerous addresses.
 */
import type { Root, Nodes, Heading, Definition, Image, Link } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import { mdxToMdast } from 'satteri';
import type { ContentIssue } from '../issues.ts';
import { say } from '../messages/index.ts';
import { nearest } from '../suggest.ts';
import { classifyUrl } from './check-url.ts';
import { BODY_COMPONENTS, HTML_TAG_ADVICE, IMAGE_EXTENSIONS, isLineBreak } from './components.ts';
import { BODY_LIMITS, measureNesting, overNestingEstimate } from './limits.ts';
import { describeParseFailure } from './parse-failure.ts';

export interface BodyContext {
  file: string;
  /** 1-based file line where the body starts. */
  firstLine: number;
  /** Names of the files in the entry's folder, for image references. */
  folderFiles: ReadonlySet<string>;
}

/**
 * Satteri (the Rust MDX parser Astro 7 itself depends on) builds the same
 * mdast as remark-mdx with GFM, many times faster, which matters for
 * catalogues of thousands of practices.
 */
export function parseMdx(text: string): Root {
  return mdxToMdast(text, { features: { gfm: true, frontmatter: false } }) as unknown as Root;
}

interface Position {
  start?: { line: number; column: number };
}

/**
 * Word processors turn "…" into “…”. Around an attribute value on a
 * component's line the meaning is unambiguous, so straight quotes are put
 * back instead of refusing the file.
 */
export function straightenAttributeQuotes(text: string): string {
  // Most bodies have no such quote after an "=": they are left as they are, unsplit.
  if (!/=\s*[“”„«]/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (/^\s*<\/?[A-Z]/.test(line) ? line.replace(/=\s*[“”„«]\s*([^“”„«»"]*?)\s*[”“»]/g, '="$1"') : line))
    .join('\n');
}

/** A body with more parse failures than this is reported up to here: the editor fixes these first. */
const MAX_PARSE_FAILURES = 50;

export function parseBody(text: string, context: BodyContext, issues: ContentIssue[]): Root | undefined {
  // The limits are checked before the parser and the recursive checks run, so no body can exhaust the stack or hang them.
  if (text.length > BODY_LIMITS.characters) {
    issues.push({
      file: context.file,
      line: context.firstLine,
      field: 'body',
      message: say.bodyTooLong({ characters: text.length, limit: BODY_LIMITS.characters }),
      suggestion: say.bodyTooLongFix(),
    });
    return undefined;
  }
  const estimate = overNestingEstimate(text);
  if (estimate) {
    issues.push(nestingIssue(estimate.line + context.firstLine - 1, context));
    return undefined;
  }
  let working = straightenAttributeQuotes(text);
  const before = issues.length;
  // Each failure is reported, its construct blanked out, and the rest parsed again: one stray "<" hides nothing.
  for (let failures = 0; ; failures++) {
    let tree: Root;
    try {
      tree = parseMdx(working);
    } catch (error) {
      const failure = describeParseFailure(error, working, context.firstLine);
      issues.push({
        file: context.file,
        line: failure.line + context.firstLine - 1,
        column: failure.column,
        field: 'body',
        message: failure.message,
        suggestion: failure.suggestion,
      });
      if (failure.blanked === undefined || failure.blanked === working || failures + 1 >= MAX_PARSE_FAILURES)
        return undefined;
      working = failure.blanked;
      continue;
    }
    const nesting = measureNesting(tree);
    if (nesting.depth > BODY_LIMITS.nesting) {
      issues.push(nestingIssue(lineOf(nesting.deepest, context), context));
      return undefined;
    }
    try {
      checkTree(tree, context, issues, resolveReferences(tree));
    } catch (error) {
      // The limits above keep the recursive checks far from the stack's end; should one still reach it, the file says so.
      if (!(error instanceof RangeError)) throw error;
      issues.push(nestingIssue(context.firstLine, context));
    }
    // Parse failures were found first; the editor reads the body's problems from top to bottom.
    const found = issues
      .splice(before)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    issues.push(...found);
    return found.length === 0 ? tree : undefined;
  }
}

function nestingIssue(line: number, context: BodyContext): ContentIssue {
  return {
    file: context.file,
    line,
    field: 'body',
    message: say.bodyNestedTooDeep({ limit: BODY_LIMITS.nesting }),
    suggestion: say.bodyNestedTooDeepFix(),
  };
}

/**
 * Turns reference-style links and images ("[text][ref]", "![alt][ref]",
 * "[ref][]", "[ref]" with "[ref]: address") into the plain links and images
 * they stand for, at the reference's place, so one set of address and alt
 * rules sees every form, and the renderer publishes what the check saw.
 * Returns the definitions only images use: those are checked as images
 * where they are used, not as links. Iterative: the tree's depth is bounded,
 * but this runs before any recursion.
 */
function resolveReferences(tree: Root): Set<Definition> {
  const definitions = new Map<string, Definition>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    // Children pushed last to first, so they are visited in the order of the text.
    if ('children' in node) stack.push(...(node.children as Nodes[]).toReversed());
  }
  const usedByImage = new Set<Definition>();
  const usedByLink = new Set<Definition>();
  if (definitions.size === 0) return usedByImage;
  stack.push(tree);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i]!;
      if (child.type === 'imageReference' || child.type === 'linkReference') {
        const definition = definitions.get(child.identifier);
        // Without its definition a reference is plain text, and rendered as such.
        if (!definition) continue;
        if (child.type === 'imageReference') {
          usedByImage.add(definition);
          const image: Image = {
            type: 'image',
            url: definition.url,
            title: definition.title,
            alt: child.alt,
            position: child.position,
          };
          children[i] = image;
        } else {
          usedByLink.add(definition);
          const link: Link = {
            type: 'link',
            url: definition.url,
            title: definition.title,
            children: child.children,
            position: child.position,
          };
          children[i] = link;
        }
      }
      stack.push(children[i]!);
    }
  }
  for (const definition of usedByLink) usedByImage.delete(definition);
  return usedByImage;
}

function lineOf(node: { position?: Position }, context: BodyContext): number {
  return (node.position?.start?.line ?? 1) + context.firstLine - 1;
}

function checkTree(
  tree: Root,
  context: BodyContext,
  issues: ContentIssue[],
  imageOnlyDefinitions: ReadonlySet<Definition>,
): void {
  let previousHeadingDepth = 1;
  const report = (node: { position?: Position }, message: string, suggestion?: string) =>
    issues.push({
      file: context.file,
      line: lineOf(node, context),
      column: node.position?.start?.column,
      field: 'body',
      message,
      suggestion,
    });

  const visit = (node: Nodes, insideText: boolean): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, say.bodyImportExport(), say.bodyImportExportFix());
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value) ? say.bodyBraceComment() : say.bodyBraceExpression(),
          say.bodyBraceExpressionFix(),
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, insideText, report, context);
        break;
      case 'heading':
        previousHeadingDepth = checkHeading(node, previousHeadingDepth, report);
        break;
      case 'link':
        checkLinkUrl(node, node.url, report);
        break;
      case 'definition':
        // A definition only images use is checked as an image where each image is (resolveReferences).
        if (!imageOnlyDefinitions.has(node)) checkLinkUrl(node, node.url, report);
        break;
      case 'imageReference':
      case 'linkReference':
        // Left only when no definition has its label (resolveReferences): plain text on the page.
        break;
      case 'image':
        if (!node.alt?.trim()) {
          report(node, say.bodyImageNoAlt(), say.bodyImageNoAltFix());
        }
        checkImageSource(node, node.url, context, report);
        break;
      case 'html':
        report(node, say.bodyHtml(), say.bodyWriteMarkdown());
        return;
      default:
        break;
    }
    if ('children' in node) {
      const textLevel = insideText || node.type === 'paragraph' || node.type === 'heading';
      for (const child of node.children as Nodes[]) visit(child, textLevel);
    }
  };
  for (const child of tree.children) visit(child, false);
}

type Report = (node: { position?: Position }, message: string, suggestion?: string) => void;

function checkHeading(node: Heading, previousDepth: number, report: Report): number {
  if (node.depth === 1) {
    report(node, say.bodyTitleHeading(), say.bodyTitleHeadingFix());
    return 2;
  }
  if (node.depth > previousDepth + 1) {
    report(
      node,
      say.bodyHeadingJump({ from: previousDepth, to: node.depth }),
      say.bodyHeadingJumpFix({ good: '#'.repeat(previousDepth + 1), bad: '#'.repeat(node.depth) }),
    );
  }
  return node.depth;
}

function checkLinkUrl(node: { position?: Position }, url: string, report: Report): void {
  const kind = classifyUrl(url);
  if (kind === 'web' || kind === 'mailto' || kind === 'anchor') return;
  if (kind === 'forbidden-scheme') {
    report(node, say.bodyLinkScheme({ url: truncate(url) }), say.bodyLinkFix());
  } else {
    report(node, say.bodyLinkRelative({ url: truncate(url) }), say.bodyLinkFix());
  }
}

function checkImageSource(node: { position?: Position }, src: string, context: BodyContext, report: Report): void {
  const kind = classifyUrl(src);
  if (kind === 'web') {
    report(node, say.bodyImageRemote({ src: truncate(src) }), say.bodyImageRemoteFix());
    return;
  }
  if (kind !== 'local-file') {
    report(node, say.bodyImageAddress({ src: truncate(src) }), say.bodyImageAddressFix());
    return;
  }
  const name = src.slice(2);
  if (!IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
    report(node, say.bodyImageFormat({ name }), say.bodyImageFormatFix({ formats: IMAGE_EXTENSIONS.join(', ') }));
  } else if (!context.folderFiles.has(name)) {
    const close = nearest(name, [...context.folderFiles]);
    report(
      node,
      say.bodyImageMissing({ name }),
      close ? say.didYouMean({ value: `./${close}` }) : say.bodyImageMissingFix(),
    );
  }
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  insideText: boolean,
  report: Report,
  context: BodyContext,
): void {
  const name = node.name;
  if (isLineBreak(node)) return;
  if (!name) {
    report(node, say.bodyEmptyTag(), say.bodyEmptyTagFix());
    return;
  }
  const spec = BODY_COMPONENTS[name];
  if (!spec) {
    const advice = HTML_TAG_ADVICE[name.toLowerCase()]?.();
    const close = nearest(name, Object.keys(BODY_COMPONENTS));
    report(
      node,
      say.bodyUnknownTag({
        tag: name,
        components: Object.keys(BODY_COMPONENTS)
          .map((c) => `<${c}>`)
          .join(', '),
      }),
      advice ?? (close ? say.bodyDidYouMeanTag({ tag: close }) : say.bodyUnknownTagFix()),
    );
    return;
  }
  if (insideText || node.type === 'mdxJsxTextElement') {
    report(node, say.bodyComponentInline({ tag: name }), spec.example());
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    checkAttribute(name, attribute, spec.required, spec.optional, report, node, seen);
  }
  for (const required of spec.required) {
    if (!seen.has(required))
      report(node, say.bodyComponentMissingAttribute({ tag: name, attribute: required }), spec.example());
  }
  if (!spec.children && node.children.length > 0) {
    report(node, say.bodyComponentNoChildren({ tag: name }), spec.example());
  }
  if (name === 'Figure') {
    const src = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'src');
    if (src && typeof src.value === 'string') checkImageSource(node, src.value, context, report);
  }
}

function checkAttribute(
  component: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  required: readonly string[],
  optional: readonly string[],
  report: Report,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  seen: Set<string>,
): void {
  const at = attribute.position ? attribute : node;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(at, say.bodyAttributeCode({ tag: component }), say.bodyAttributeCodeFix());
    return;
  }
  const allowed = [...required, ...optional];
  if (/^on/i.test(attribute.name)) {
    report(at, say.bodyEventHandler({ attribute: attribute.name }), say.removeIt());
    return;
  }
  if (!allowed.includes(attribute.name)) {
    const close = nearest(attribute.name, allowed);
    report(
      at,
      say.bodyUnknownAttribute({ tag: component, attribute: attribute.name }),
      close ? say.didYouMean({ value: close }) : say.bodyUnknownAttributeFix({ attributes: allowed.join(', ') }),
    );
    return;
  }
  if (typeof attribute.value !== 'string') {
    report(
      at,
      say.bodyAttributeNotText({ tag: component, attribute: attribute.name }),
      say.bodyAttributeNotTextFix({ attribute: attribute.name }),
    );
    return;
  }
  seen.add(attribute.name);
  if (attribute.value.trim() === '') {
    report(at, say.bodyAttributeEmpty({ tag: component, attribute: attribute.name }), say.bodyAttributeEmptyFix());
  }
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
