/**
 * Things the check points out without refusing the file: a review date in
 * the future, a status its dates contradict ("planned" since 2023), an image
 * whose text alternative says nothing ("image", a file name), and quotes or
 * guillemets left open in a text ("“City of Vienna"").
 * Each is likely a slip, but may be meant; the editor decides.
 */
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { formatFieldPath, type ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';
import { partialDate, statusConflicts } from '../domain/status-dates.ts';

export interface WarningSource {
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
  tree?: Root;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  /** Today, YYYY-MM-DD, in UTC. */
  today: string;
}

/** Alternatives that name the medium, not what it shows, in the three languages. */
const EMPTY_ALTS = new Set(
  [
    'image',
    'img',
    'photo',
    'picture',
    'pic',
    'figure',
    'illustration',
    'logo',
    'icon',
    'graphic',
    'screenshot',
    'imagen',
    'foto',
    'fotografía',
    'fotografia',
    'ilustración',
    'figura',
    'captura',
    'photographie',
    'capture',
    'icône',
    'dessin',
  ].map((w) => w.normalize('NFC')),
);

/** An alternative that tells a reader who cannot see the image nothing. */
export function isWeakAlt(alt: string): boolean {
  const text = alt.trim().toLowerCase();
  if (text === '') return false; // A missing alternative is an error, reported by the body check.
  if (/^[\w.-]+\.(jpe?g|png|gif|webp|avif|svg)$/i.test(text)) return true;
  if (/^(img|dsc|image|photo|screenshot|capture)[-_ ]?\d+$/i.test(text)) return true;
  return EMPTY_ALTS.has(text.replace(/[.:!]+$/, '').normalize('NFC'));
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['«', '»'],
];

/** The first quote left open or closed alone in a text, if any: “ without ”, « without », or an odd number of ". */
export function unbalancedQuote(text: string): string | undefined {
  for (const [open, close] of PAIRS) {
    const opened = text.split(open).length - 1;
    const closed = text.split(close).length - 1;
    if (opened !== closed) return opened > closed ? open : close;
  }
  if ((text.split('"').length - 1) % 2 === 1) return '"';
  return undefined;
}

/** Text fields shown as titles and summaries, where a stray quote is published as it is. */
const QUOTED_FIELDS = ['title', 'summary', 'name'];

export function sourceWarnings(source: WarningSource): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const { file, data } = source;
  const reviewed = data.lastReviewed;
  if (typeof reviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(reviewed) && reviewed > source.today) {
    warnings.push({
      file,
      line: source.lineOf(['lastReviewed']),
      field: 'lastReviewed',
      message: say.warnReviewedFuture({ date: reviewed }),
      suggestion: say.warnReviewedFutureFix({ today: source.today }),
    });
  }
  for (const field of QUOTED_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    const quote = unbalancedQuote(value);
    if (quote) {
      warnings.push({
        file,
        line: source.lineOf([field]),
        field: formatFieldPath([field]),
        message: say.warnUnbalancedQuote({ quote }),
        suggestion: say.warnUnbalancedQuoteFix(),
      });
    }
  }
  warnings.push(...statusDateWarnings(source));
  if (source.tree) collectAltWarnings(source.tree, source, warnings);
  return warnings.sort((a, b) => a.line - b.line);
}

/**
 * A status its dates contradict, as of the practice's last review (the day
 * its facts were true), else today: "planned" or "ongoing" once it ended,
 * "planned" once it started, "ongoing" or "completed" before it started,
 * "completed" before it ends. A period that holds the review day is left alone.
 */
export function statusDateWarnings(source: WarningSource): ContentIssue[] {
  const { data, file } = source;
  const status = data.status;
  const dates = data.dates;
  if (typeof status !== 'string' || typeof dates !== 'object' || dates === null) return [];
  const reviewed =
    typeof data.lastReviewed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.lastReviewed)
      ? data.lastReviewed
      : source.today;
  const start = partialDate((dates as Record<string, unknown>).start);
  const end = partialDate((dates as Record<string, unknown>).end);
  const messages = {
    ended: say.warnStatusEnded,
    started: say.warnStatusStarted,
    notStarted: say.warnStatusNotStarted,
    notEnded: say.warnStatusNotEnded,
  };
  return statusConflicts(status, start, end, reviewed).map(({ kind, date }) => ({
    file,
    line: source.lineOf(['status']),
    field: 'status',
    message: messages[kind]({ status, date, reviewed }),
    suggestion: say.warnStatusDatesFix({ reviewed }),
  }));
}

function collectAltWarnings(tree: Root, source: WarningSource, warnings: ContentIssue[]): void {
  const warn = (node: Nodes, alt: string) =>
    warnings.push({
      file: source.file,
      line: (node.position?.start.line ?? 1) + source.bodyLine - 1,
      column: node.position?.start.column,
      field: 'body',
      message: say.warnWeakAlt({ alt }),
      suggestion: say.warnWeakAltFix(),
    });
  const visit = (node: Nodes) => {
    if (node.type === 'image' && node.alt && isWeakAlt(node.alt)) warn(node, node.alt);
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure') {
      const alt = node.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'alt',
      )?.value;
      if (typeof alt === 'string' && isWeakAlt(alt)) warn(node, alt);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
}
