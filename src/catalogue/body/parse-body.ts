/**
 * Reads an untrusted body as MDX without ever compiling or running it, and
 * refuses anything that is code rather than text: ESM, expressions, HTML,
 * unknown components, event handlers and dangerous addresses.
 */
import type { Root, Nodes, Heading } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMdast } from 'satteri';
import type { ContentIssue } from '../issues.ts';
import { nearest } from '../suggest.ts';
import { classifyUrl } from './check-url.ts';
import { BODY_COMPONENTS, HTML_TAG_ADVICE, IMAGE_EXTENSIONS } from './components.ts';

export interface BodyContext {
  file: string;
  /** 1-based file line where the body starts. */
  firstLine: number;
  /** Names of the files in the entry's folder, for image references. */
  folderFiles: ReadonlySet<string>;
}

/**
 * Satteri (the Rust MDX parser Astro 7 itself depends on) builds the same
 * mdast as remark-mdx with GFM, about twenty times faster, which matters for
 * catalogues of thousands of practices.
 */
function parseMdx(text: string): Root {
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
  return text
    .split('\n')
    .map((line) => (/^\s*<\/?[A-Z]/.test(line) ? line.replace(/=\s*[“”„«]\s*([^“”„«»"]*?)\s*[”“»]/g, '="$1"') : line))
    .join('\n');
}

export function parseBody(text: string, context: BodyContext, issues: ContentIssue[]): Root | undefined {
  let tree: Root;
  try {
    tree = parseMdx(straightenAttributeQuotes(text));
  } catch (error) {
    issues.push(syntaxIssue(error, text, context));
    return undefined;
  }
  const before = issues.length;
  checkTree(tree, context, issues);
  return issues.length === before ? tree : undefined;
}

function syntaxIssue(error: unknown, text: string, context: BodyContext): ContentIssue {
  const place = error as {
    line?: number;
    column?: number;
    place?: { line?: number; column?: number; start?: { line: number; column: number } };
    reason?: string;
    message?: string;
  };
  // Satteri prefixes its messages with "line:column: " and ends them with "(rule-id)".
  const raw = (place.reason ?? place.message ?? String(error)).replace(/\s+/g, ' ').trim();
  const prefixed = /^(\d+):(\d+): /.exec(raw);
  // Satteri's "(note: …)" advice is about MDX code, which the catalogue refuses anyway.
  const reason = raw.replace(/^\d+:\d+: /, '').replace(/ \([a-z-]+:[a-z-]+\)$/, '').replace(/ \(note: [^)]*\)/, '');
  const bodyLine = place.line ?? place.place?.start?.line ?? (prefixed ? Number(prefixed[1]) : 1);
  const column = place.column ?? place.place?.start?.column ?? (prefixed ? Number(prefixed[2]) : undefined);
  const sourceLine = text.split('\n')[bodyLine - 1] ?? '';
  let suggestion = 'check the characters around this place';
  if (sourceLine.includes('<!--')) {
    return {
      file: context.file,
      line: bodyLine + context.firstLine - 1,
      column,
      field: 'body',
      message: 'HTML comments "<!-- … -->" are not allowed in the text.',
      suggestion: 'remove the comment; a note for other editors belongs in the pull request',
    };
  }
  if (/brace|expression|acorn/i.test(reason)) {
    suggestion = 'to write a curly brace in text, write "\\{" or "\\}"';
  } else if (/closing tag/i.test(reason)) {
    suggestion = 'close the component with its closing tag, for example </Quote>, on a line of its own';
  } else if (/before name|attribute|after `<`|tag/i.test(reason)) {
    suggestion = 'to write the character "<" in text, write "\\<"; a tag must be one of the allowed components, closed with "/>" or a closing tag';
  }
  return {
    file: context.file,
    line: bodyLine + context.firstLine - 1,
    column,
    field: 'body',
    message: `The text could not be read: ${reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '')}`,
    suggestion,
  };
}

function lineOf(node: { position?: Position }, context: BodyContext): number {
  return (node.position?.start?.line ?? 1) + context.firstLine - 1;
}

function checkTree(tree: Root, context: BodyContext, issues: ContentIssue[]): void {
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
        report(
          node,
          '"import" and "export" lines are code, and the text of a practice never runs code.',
          'remove the line; for an image, save it in this folder and write <Figure src="./photo.jpg" alt="…" />',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)
            ? 'Comments in curly braces are code and are not allowed.'
            : 'Text in curly braces {…} is code, and the text of a practice never runs code.',
          'to write a curly brace as text, write "\\{"; remove comments',
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
      case 'definition':
        checkLinkUrl(node, node.url, report);
        break;
      case 'image':
        if (!node.alt?.trim()) {
          report(node, 'This image has no text alternative, so people who cannot see it would miss it.', 'write what it shows between the brackets: ![What the image shows](./photo.jpg), or use <Figure src="./photo.jpg" alt="…" />');
        }
        checkImageSource(node, node.url, context, report);
        break;
      case 'html':
        report(node, 'HTML is not allowed in the text.', 'write Markdown instead');
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
    report(
      node,
      'A "#" heading is the page title, which comes from the "title" field.',
      'start sections with "##" and sub-sections with "###"',
    );
    return 2;
  }
  if (node.depth > previousDepth + 1) {
    report(
      node,
      `This heading jumps from level ${previousDepth} to level ${node.depth}, which screen-reader users rely on not to happen.`,
      `write ${'#'.repeat(previousDepth + 1)} instead of ${'#'.repeat(node.depth)}`,
    );
  }
  return node.depth;
}

function checkLinkUrl(node: { position?: Position }, url: string, report: Report): void {
  const kind = classifyUrl(url);
  if (kind === 'web' || kind === 'mailto' || kind === 'anchor') return;
  if (kind === 'forbidden-scheme') {
    report(
      node,
      `The address "${truncate(url)}" is not allowed: links go to web pages (https://…) or e-mail addresses (mailto:…).`,
      'use the full https:// address of the page',
    );
  } else {
    report(
      node,
      `The link address "${truncate(url)}" is relative, so it would break when the catalogue moves.`,
      'use the full https:// address of the page',
    );
  }
}

function checkImageSource(node: { position?: Position }, src: string, context: BodyContext, report: Report): void {
  const kind = classifyUrl(src);
  if (kind === 'web') {
    report(
      node,
      `The image "${truncate(src)}" is on another website; the catalogue never loads anything from another host.`,
      'download the image (with permission), save it in this folder and write ./its-name.jpg',
    );
    return;
  }
  if (kind !== 'local-file') {
    report(
      node,
      `The image address "${truncate(src)}" is not allowed.`,
      'save the image in this folder and write ./its-name.jpg',
    );
    return;
  }
  const name = src.slice(2);
  if (!IMAGE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
    report(node, `"${name}" is not a picture format the catalogue publishes.`, `save it as ${IMAGE_EXTENSIONS.join(', ')}`);
  } else if (!context.folderFiles.has(name)) {
    const close = nearest(name, [...context.folderFiles]);
    report(
      node,
      `The image "${name}" is not in this folder.`,
      close ? `did you mean "./${close}"?` : 'save the image next to this file, or correct its name',
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
  if (!name) {
    report(node, 'Empty tags "<>…</>" are not allowed.', 'remove them and keep the text between them');
    return;
  }
  const spec = BODY_COMPONENTS[name];
  if (!spec) {
    const advice = HTML_TAG_ADVICE[name.toLowerCase()];
    const close = nearest(name, Object.keys(BODY_COMPONENTS));
    report(
      node,
      `<${name}> is not allowed in the text: only Markdown and the components ${Object.keys(BODY_COMPONENTS)
        .map((c) => `<${c}>`)
        .join(', ')} are.`,
      advice ?? (close ? `did you mean <${close}>?` : 'write Markdown instead; see docs/content-model.md'),
    );
    return;
  }
  if (insideText || node.type === 'mdxJsxTextElement') {
    report(node, `<${name}> must stand on its own line, with empty lines around it.`, spec.example);
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    checkAttribute(name, attribute, spec.required, spec.optional, report, node, seen);
  }
  for (const required of spec.required) {
    if (!seen.has(required)) report(node, `<${name}> needs its "${required}" attribute.`, spec.example);
  }
  if (!spec.children && node.children.length > 0) {
    report(node, `<${name}> takes no text between tags; close it with "/>".`, spec.example);
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
    report(at, `<${component}> has an attribute written in curly braces, which is code.`, 'write each attribute as name="text"');
    return;
  }
  const allowed = [...required, ...optional];
  if (/^on/i.test(attribute.name)) {
    report(at, `"${attribute.name}" is an event handler, which runs code; it is not allowed.`, 'remove it');
    return;
  }
  if (!allowed.includes(attribute.name)) {
    const close = nearest(attribute.name, allowed);
    report(
      at,
      `<${component}> has no attribute "${attribute.name}".`,
      close ? `did you mean "${close}"?` : `its attributes are: ${allowed.join(', ')}`,
    );
    return;
  }
  if (typeof attribute.value !== 'string') {
    report(
      at,
      `The attribute "${attribute.name}" of <${component}> must be text in quotes.`,
      `write ${attribute.name}="…"`,
    );
    return;
  }
  seen.add(attribute.name);
  if (attribute.value.trim() === '') {
    report(at, `The attribute "${attribute.name}" of <${component}> is empty.`, `write what it should say between the quotes`);
  }
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
