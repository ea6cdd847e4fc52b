/**
 * Whether an SVG logo stays within a safe subset: shapes, paths, text and
 * gradients, referring only to its own parts. A logo is published as is and
 * can be opened on its own (/logo.svg), where a browser runs any script it
 * holds, so anything outside the subset is refused with the element, the
 * attribute and the line — never removed silently (docs/security-config.md
 * says why refusing rather than sanitizing).
 *
 * The file is read by a real XML parser (sax, strict, with namespaces), so
 * entity-encoded, mixed-case, prefixed and CDATA forms are seen as the
 * browser sees them: names are compared after namespace resolution and
 * attribute values after entities are decoded.
 */
import sax from 'sax';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Elements that draw or group and can neither run, load nor link anything. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
]);

/** Presentation and geometry attributes, without namespace. */
const ATTRIBUTES = new Set([
  'id',
  'class',
  'lang',
  'role',
  'aria-label',
  'aria-hidden',
  'focusable',
  'version',
  'baseProfile',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'dx',
  'dy',
  'd',
  'points',
  'pathLength',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'clipPathUnits',
  'mask',
  'maskUnits',
  'maskContentUnits',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'word-spacing',
  'textLength',
  'lengthAdjust',
  'visibility',
  'display',
  'vector-effect',
  'paint-order',
  'shape-rendering',
  'text-rendering',
  'style',
]);

/** Namespaces a logo may declare: SVG's own and XLink's (for href). */
const DECLARABLE = new Set([SVG_NS, XLINK_NS]);

/** A reference inside the file: "#id", or in a paint or clip value "url(#id)". */
const LOCAL_HREF = /^#[A-Za-z_][\w.:-]*$/;
/** Any url(...) in a value; only url(#id) is local. */
const URL_FUNCTION = /url\s*\(\s*(['"]?)\s*([^'")]*)\1\s*\)/gi;
/** In a style attribute: comments, escapes, at-rules, expressions and imports are how CSS hides a reference. */
const STYLE_TRICKS = /\/\*|\\|@|expression\s*\(|image-set|image\s*\(|<|>/i;

export type SvgProblem =
  | { kind: 'not-xml'; line: number }
  | { kind: 'declaration'; line: number }
  | { kind: 'element'; line: number; name: string }
  | { kind: 'attribute'; line: number; name: string; element: string }
  | { kind: 'reference'; line: number; name: string; element: string };

/** Names are shown in a message: XML names, cut short, so a hostile file cannot make the message long. */
const shown = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

function hasOffsiteUrl(value: string): boolean {
  for (const match of value.matchAll(URL_FUNCTION)) {
    if (!LOCAL_HREF.test(match[2]!.trim())) return true;
  }
  // "url" written with escapes or split by comments is not matched above: refuse any leftover "url" followed by "(".
  return /url\s*\(/i.test(value.replace(URL_FUNCTION, ''));
}

function attributeProblem(attribute: sax.QualifiedAttribute, element: string): 'attribute' | 'reference' | undefined {
  const { uri, local, value } = attribute;
  if (attribute.name === 'xmlns' || uri === XMLNS_NS) return DECLARABLE.has(value) ? undefined : 'attribute';
  if (uri === XML_NS) return local === 'space' || local === 'lang' ? undefined : 'attribute';
  if (local === 'href' && (uri === '' || uri === XLINK_NS)) {
    return element === 'use' && LOCAL_HREF.test(value.trim()) ? undefined : 'reference';
  }
  if (uri !== '' || !ATTRIBUTES.has(local)) return 'attribute';
  if (local === 'style' && STYLE_TRICKS.test(value)) return 'reference';
  return hasOffsiteUrl(value) ? 'reference' : undefined;
}

/** The first thing in the file outside the safe subset, or undefined when it is all inside. */
export function svgLogoProblem(text: string): SvgProblem | undefined {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let problem: SvgProblem | undefined;
  let sawRoot = false;
  const line = () => parser.line + 1;
  const report = (found: SvgProblem) => {
    problem ??= found;
  };
  parser.onerror = () => {
    report({ kind: 'not-xml', line: line() });
    // Stop at the first error: the rest cannot be trusted to mean anything.
    throw new Error('stop');
  };
  parser.ondoctype = () => report({ kind: 'declaration', line: line() });
  parser.onprocessinginstruction = (instruction) => {
    // The XML declaration (<?xml version="1.0"?>) is allowed; stylesheets and anything else are not.
    if (instruction.name !== 'xml') report({ kind: 'declaration', line: line() });
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    if (!sawRoot && (node.uri !== SVG_NS || node.local !== 'svg'))
      report({ kind: 'element', line: line(), name: shown(node.name) });
    sawRoot = true;
    if (node.uri !== SVG_NS || !ELEMENTS.has(node.local)) {
      report({ kind: 'element', line: line(), name: shown(node.name) });
      return;
    }
    for (const attribute of Object.values(node.attributes)) {
      const kind = attributeProblem(attribute, node.local);
      if (kind) report({ kind, line: line(), name: shown(attribute.name), element: shown(node.name) });
    }
  };
  try {
    parser.write(text).close();
  } catch {
    // onerror has reported where the file stopped being XML.
  }
  if (!problem && !sawRoot) return { kind: 'not-xml', line: 1 };
  return problem;
}
