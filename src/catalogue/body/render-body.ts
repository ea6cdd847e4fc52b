/**
 * Turns a body already checked by parse-body into sanitized HTML. The
 * sanitizer runs even though the tree was checked: two independent locks
 * on the same door.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { classifyUrl } from './check-url.ts';
import { isLineBreak } from './components.ts';
import type { Lang } from '../../i18n/languages.ts';

export interface RenderOptions {
  /** Public URL of the entry's folder, ending with "/", where its images are published. */
  mediaBase: string;
  /** The body's own language: remark-rehype's footnote heading and back links are English otherwise. */
  lang?: Lang;
}

const footnoteWords: Record<Lang, { label: string; back: (reference: string) => string }> = {
  fr: { label: 'Notes', back: (n) => `Revenir à l’appel de note ${n}` },
  en: { label: 'Footnotes', back: (n) => `Back to reference ${n}` },
  es: { label: 'Notas', back: (n) => `Volver a la referencia ${n}` },
};

export interface RenderedBody {
  html: string;
  /** File names of the images the body shows, to be published with the page. */
  images: string[];
}

const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    figure: [['className', 'figure', 'key-figure', 'quote']],
    p: [['className', 'key-figure__value']],
    span: [['className', 'figure__credit', 'quote__role']],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    td: [['className', 'align-left', 'align-center', 'align-right']],
    th: [['className', 'align-left', 'align-center', 'align-right']],
  },
  // The addresses parse-body allows, and no more (the default also lets irc: and xmpp: through).
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // remark-rehype already prefixes the only ids a body makes (footnotes) with "user-content-"; prefixing
  // them again broke every footnote link ("#user-content-fn-1" to an id "user-content-user-content-fn-1").
  clobberPrefix: '',
};

function attributeValue(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function componentHandler(options: RenderOptions) {
  return (state: State, node: MdxJsxFlowElement): Element | undefined => {
    switch (node.name) {
      case 'Figure': {
        const caption = attributeValue(node, 'caption');
        const credit = attributeValue(node, 'credit');
        const captionChildren: ElementContent[] = [];
        if (caption) captionChildren.push(text(caption));
        if (credit) {
          if (caption) captionChildren.push(text(' '));
          captionChildren.push(el('span', { className: ['figure__credit'] }, [text(credit)]));
        }
        const src = attributeValue(node, 'src') ?? '';
        return el('figure', { className: ['figure'] }, [
          el(
            'img',
            {
              src: options.mediaBase + src.slice(2),
              alt: attributeValue(node, 'alt') ?? '',
              loading: 'lazy',
              decoding: 'async',
            },
            [],
          ),
          ...(captionChildren.length ? [el('figcaption', {}, captionChildren)] : []),
        ]);
      }
      case 'KeyFigure':
        return el('figure', { className: ['key-figure'] }, [
          el('p', { className: ['key-figure__value'] }, [text(attributeValue(node, 'value') ?? '')]),
          el('figcaption', {}, [text(attributeValue(node, 'label') ?? '')]),
        ]);
      case 'Quote': {
        const role = attributeValue(node, 'role');
        const attribution: ElementContent[] = [text(`— ${attributeValue(node, 'author') ?? ''}`)];
        if (role) attribution.push(text(', '), el('span', { className: ['quote__role'] }, [text(role)]));
        return el('figure', { className: ['quote'] }, [
          el('blockquote', {}, state.all(node as unknown as Nodes) as ElementContent[]),
          el('figcaption', {}, attribution),
        ]);
      }
      default:
        // parse-body refuses every other component, so this is unreachable for checked trees.
        return undefined;
    }
  };
}

/** parse-body lets through one text component only, a bare `<br />`. */
function lineBreakHandler(_state: State, node: MdxJsxTextElement): Element | undefined {
  return isLineBreak(node) ? el('br', {}, []) : undefined;
}

/** Rewrites "./photo.jpg" to the published URL and collects the names. */
function publishLocalImages(tree: Root, options: RenderOptions, images: string[]): void {
  const visit = (node: Nodes) => {
    if (node.type === 'image' && classifyUrl(node.url) === 'local-file') {
      images.push(node.url.slice(2));
      node.url = options.mediaBase + node.url.slice(2);
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      const src = attributeValue(node, 'src');
      if (src) images.push(src.slice(2));
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
}

/** Table alignment arrives as the obsolete `align` attribute; classes keep the HTML valid. */
function alignmentToClass() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | ElementContent) => {
      if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && node.properties.align) {
        node.properties.className = [`align-${String(node.properties.align)}`];
        delete node.properties.align;
      }
      if ('children' in node) for (const child of node.children) visit(child as ElementContent);
    };
    visit(tree);
  };
}

/**
 * Editors start sections at "##"; on the page the body sits under its own
 * level-2 heading, so every body heading moves one level down.
 */
function nestHeadings() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | ElementContent) => {
      if (node.type === 'element') {
        const level = /^h([1-6])$/.exec(node.tagName)?.[1];
        if (level) node.tagName = `h${Math.min(6, Number(level) + 1)}`;
      }
      if ('children' in node) for (const child of node.children) visit(child as ElementContent);
    };
    visit(tree);
  };
}

/**
 * An image shows only what the catalogue publishes: a `src` outside the
 * entry's media folder (another host, "//host", a scheme) is replaced by its
 * text alternative. parse-body refuses such images first; this is the second lock.
 */
function keepPublishedImagesOnly(options: RenderOptions) {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      node.children.forEach((child, index) => {
        if (child.type !== 'element') return;
        const src = String(child.properties.src ?? '');
        if (
          child.tagName === 'img' &&
          (!src.startsWith(options.mediaBase) || src.startsWith('//') || src.includes('\\'))
        ) {
          node.children[index] = text(String(child.properties.alt ?? ''));
          return;
        }
        visit(child);
      });
    };
    visit(tree);
  };
}

/** Links leave for pages the catalogue does not vouch for. */
function markExternalLinks() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | ElementContent) => {
      if (
        node.type === 'element' &&
        node.tagName === 'a' &&
        /^(https?:|\/\/)/i.test(String(node.properties.href ?? ''))
      ) {
        node.properties.rel = ['noopener', 'noreferrer', 'ugc'];
      }
      if ('children' in node) for (const child of node.children) visit(child as ElementContent);
    };
    visit(tree);
  };
}

export function renderBody(tree: Root, options: RenderOptions): RenderedBody {
  const images: string[] = [];
  publishLocalImages(tree, options, images);
  const words = footnoteWords[options.lang ?? 'en'];
  const processor = unified()
    .use(remarkRehype, {
      footnoteLabel: words.label,
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        words.back(String(referenceIndex + 1) + (rereferenceIndex > 1 ? `-${rereferenceIndex}` : '')),
      handlers: { mdxJsxFlowElement: componentHandler(options), mdxJsxTextElement: lineBreakHandler } as never,
    })
    .use(alignmentToClass)
    .use(nestHeadings)
    .use(rehypeSanitize, sanitizeSchema as never)
    .use(keepPublishedImagesOnly, options)
    .use(markExternalLinks)
    .use(rehypeStringify);
  const hast = processor.runSync(tree as never) as HastRoot;
  return { html: processor.stringify(hast), images };
}
