/**
 * Writing SVG markup as text: every piece of text and every attribute value
 * is escaped here, so chart functions never concatenate raw strings.
 */

const XML_SPECIAL = /[&<>"']/;

export function escapeXml(text: string): string {
  // Most chart text (numbers, ids, classes) has nothing to escape: one test instead of five replacements.
  if (!XML_SPECIAL.test(text)) return text;
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export type Attributes = Record<string, string | number | boolean | undefined>;

/** A number as SVG writes it: at most two decimals, no "-0". */
export function coord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeXml(typeof value === 'number' ? coord(value) : value)}"`;
  }
  return out;
}

/** An element with already-built children (strings returned by el() or text()). */
export function el(name: string, attrs: Attributes = {}, ...children: (string | false | undefined)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner === '' && name !== 'text' && name !== 'title' && name !== 'desc'
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** Escaped text content. */
export function text(content: string): string {
  return escapeXml(content);
}

/** Ids inside one page must be unique: a chart's ids all start with its prefix. */
export function idPrefix(raw: string): string {
  return (
    raw
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart'
  );
}

/** Font size of chart text, in SVG units. */
export const CHART_FONT = 13;

export interface ChartFrame {
  kind: 'line' | 'bar' | 'map';
  width: number;
  height: number;
  /** Unique prefix of the title and description ids. */
  prefix: string;
  title: string;
  description: string;
}

/**
 * The root every chart shares: a responsive SVG announced as one image,
 * named by its title and described by its description.
 */
export function chartFrame(frame: ChartFrame, ...children: (string | false | undefined)[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${coord(frame.width)} ${coord(frame.height)}`,
      class: `chart chart--${frame.kind}`,
      role: 'img',
      'aria-labelledby': `${frame.prefix}-title ${frame.prefix}-desc`,
      'data-chart': frame.kind,
      'font-size': CHART_FONT,
    },
    el('title', { id: `${frame.prefix}-title` }, text(frame.title)),
    el('desc', { id: `${frame.prefix}-desc` }, text(frame.description)),
    ...children,
  );
}
