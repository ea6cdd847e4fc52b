import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { say } from '../messages/index.ts';

/**
 * The components an editor may use in a body, with their attributes. This
 * list is the whole of what is allowed beyond Markdown; docs/content-model.md
 * shows each with an example.
 */
export interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
  /** Whether text may be written between the opening and closing tags. */
  children: boolean;
  /** A line to copy, in the editor's language. */
  example: () => string;
}

export const BODY_COMPONENTS: Record<string, ComponentSpec> = {
  Figure: {
    required: ['src', 'alt'],
    optional: ['caption', 'credit'],
    children: false,
    example: say.exampleFigure,
  },
  KeyFigure: {
    required: ['value', 'label'],
    optional: [],
    children: false,
    example: say.exampleKeyFigure,
  },
  Quote: {
    required: ['author'],
    optional: ['role'],
    children: true,
    example: say.exampleQuote,
  },
};

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** What to write instead of an HTML tag an editor may reach for, in the editor's language. */
export const HTML_TAG_ADVICE: Record<string, () => string> = {
  script: say.htmlScript,
  iframe: say.htmlIframe,
  object: say.htmlEmbed,
  embed: say.htmlEmbed,
  img: say.htmlImg,
  a: say.htmlA,
  br: say.htmlBr,
  b: say.htmlBold,
  strong: say.htmlBold,
  i: say.htmlItalics,
  em: say.htmlItalics,
  blockquote: say.htmlBlockquote,
  figure: say.htmlFigure,
  style: say.htmlStyle,
  p: say.htmlP,
  div: say.htmlDiv,
  span: say.htmlSpan,
};

/** `<br />` inside a paragraph, bare: the line break editors paste from HTML, rendered as Markdown's own. */
export function isLineBreak(node: MdxJsxFlowElement | MdxJsxTextElement): boolean {
  return (
    node.type === 'mdxJsxTextElement' &&
    node.name === 'br' &&
    node.attributes.length === 0 &&
    node.children.length === 0
  );
}
