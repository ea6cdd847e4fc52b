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

/**
 * Font size of chart text, in SVG units, and the width charts are drawn at:
 * a chart fills a phone's column (about 358 CSS px at 390) at a scale near
 * 0.9, so its text stays at 13 px or more; wider screens cap the chart's
 * width (charts.css) so that it does not grow past about 17 px.
 */
export const CHART_FONT = 15;
export const CHART_WIDTH = 400;

/**
 * Estimated width of a text in SVG units: 0.62 em a character, a little
 * more than the average of the sans-serif fonts a page may use, so that a
 * line judged to fit does fit (the browser tests measure it).
 */
export function textWidth(content: string, fontSize = CHART_FONT): number {
  return content.length * fontSize * 0.62;
}

/** A label cut into lines at spaces so that each fits `width`; a word longer than a line is a line of its own. */
export function wrapText(content: string, width: number, fontSize = CHART_FONT): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

/** Lines of text, one tspan each, starting at (x, y). */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  attrs: Attributes = {},
): string {
  return el(
    'text',
    { x, y, ...attrs },
    ...lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, text(line))),
  );
}

/** The "illustrative figures" mark a chart carries in its own image, so that a copy of it still says so. */
export function noticeText(notice: string | undefined, x: number, y: number): string | undefined {
  return notice ? el('text', { x, y, class: 'chart__notice' }, text(notice)) : undefined;
}

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
