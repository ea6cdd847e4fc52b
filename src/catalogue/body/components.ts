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
  example: string;
}

export const BODY_COMPONENTS: Record<string, ComponentSpec> = {
  Figure: {
    required: ['src', 'alt'],
    optional: ['caption', 'credit'],
    children: false,
    example: '<Figure src="./photo.jpg" alt="What the image shows" caption="…" />',
  },
  KeyFigure: {
    required: ['value', 'label'],
    optional: [],
    children: false,
    example: '<KeyFigure value="390 000 €" label="Total budget" />',
  },
  Quote: {
    required: ['author'],
    optional: ['role'],
    children: true,
    example: '<Quote author="Name" role="Function">The quoted words.</Quote>',
  },
};

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** What to write instead of an HTML tag an editor may reach for. */
export const HTML_TAG_ADVICE: Record<string, string> = {
  script: 'scripts never run on the catalogue; remove it',
  iframe: 'embedded pages are not allowed; write a link to the page instead: [title](https://…)',
  object: 'embedded objects are not allowed; write a link to the file instead: [title](https://…)',
  embed: 'embedded objects are not allowed; write a link to the file instead: [title](https://…)',
  img: `use ${'<Figure src="./photo.jpg" alt="…" />'} with the image saved in this folder`,
  a: 'write a Markdown link: [text](https://…)',
  br: 'end the line with a backslash \\ to break it, or leave an empty line for a new paragraph',
  b: 'write **bold** in Markdown',
  strong: 'write **bold** in Markdown',
  i: 'write *italics* in Markdown',
  em: 'write *italics* in Markdown',
  blockquote: 'start the lines with "> ", or use <Quote author="…">…</Quote>',
  figure: 'use <Figure src="./photo.jpg" alt="…" caption="…" />',
  style: 'styling is set by the site; remove it',
  p: 'leave an empty line between paragraphs instead',
  div: 'remove the tag and keep its text; separate blocks with an empty line',
  span: 'remove the tag and keep its text',
};
