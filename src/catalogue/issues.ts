import { say } from './messages/index.ts';
import { escapeCommandData, escapeCommandProperty, inertLine, visibleLine } from './report-safety.ts';

/**
 * A content problem as an editor reads it: where (file, line, field), what
 * was expected, and how to fix it. Loaders collect every issue of a run so
 * that one `npm run check` lists them all.
 */
export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  column?: number;
  /** Dotted field path inside the file, e.g. "promoter.email" or "themes[1]". */
  field?: string;
  message: string;
  suggestion?: string;
  /**
   * A place `npm run new` left to fill (src/catalogue/unfilled.ts): still a
   * problem for the check, but what the scaffolder lists as "to fill in"
   * right after writing the file.
   */
  unfilled?: boolean;
}

export class IssueCollector {
  readonly issues: ContentIssue[] = [];

  add(issue: ContentIssue): void {
    this.issues.push(issue);
  }

  get count(): number {
    return this.issues.length;
  }
}

/** Formats a zod-style path: ["themes", 1, "id"] → "themes[1].id". */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) =>
    a.file === b.file ? a.line - b.line || (a.column ?? 0) - (b.column ?? 0) : a.file < b.file ? -1 : 1,
  );
}

/**
 * The report printed by `npm run check` and by a failed build, in the
 * current message language: a heading per file with its count, so an editor
 * sees at once which files need work, then one line per problem in the
 * `file:line field: message` form editors, terminals and the CI annotations
 * (.github/workflows/check.yml) follow, and its fix after an arrow.
 * Values from content are printed visibly on their line (report-safety.ts):
 * no line of the report can start a GitHub Actions workflow command.
 */
export function formatIssueReport(issues: readonly ContentIssue[]): string {
  if (issues.length === 0) return say.reportNoProblems();
  const lines = issueLines(issues);
  lines.push('', say.reportTotals({ problems: issues.length, files: new Set(issues.map((i) => i.file)).size }));
  return lines.map(inertLine).join('\n').trimStart();
}

/** Warnings in the same form as problems, under a line saying the content is accepted all the same. */
export function formatWarningReport(warnings: readonly ContentIssue[]): string {
  return [say.reportWarnings({ count: warnings.length }), ...issueLines(warnings, say.reportFileWarningsHeading)]
    .map(inertLine)
    .join('\n');
}

function issueLines(issues: readonly ContentIssue[], heading = say.reportFileHeading): string[] {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of sortIssues(issues)) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  const lines: string[] = [];
  for (const [file, fileIssues] of byFile) {
    lines.push('', heading({ file, count: fileIssues.length }));
    for (const issue of fileIssues) {
      const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
      const field = issue.field ? ` ${issue.field}:` : '';
      lines.push(`  ${where}${field} ${issue.message}`);
      if (issue.suggestion) lines.push(`    → ${issue.suggestion}`);
    }
  }
  return lines;
}

/**
 * The same problems as GitHub Actions annotations (`npm run check -- --format github`):
 * one "::error file=…,line=…::message" line each, shown on the pull request
 * next to the line it concerns. Properties and message are escaped as
 * GitHub's toolkit does, after the content's own line breaks are made
 * visible, so a value can neither end the command nor start another.
 */
export function formatIssueAnnotations(issues: readonly ContentIssue[]): string {
  return sortIssues(issues)
    .map((issue) => {
      const properties = [`file=${escapeCommandProperty(visibleLine(issue.file))}`, `line=${issue.line}`];
      if (issue.column) properties.push(`col=${issue.column}`);
      properties.push(`title=${escapeCommandProperty(visibleLine(issue.field ?? issue.file))}`);
      const text = visibleLine(issue.message) + (issue.suggestion ? `\n→ ${visibleLine(issue.suggestion)}` : '');
      return `::error ${properties.join(',')}::${escapeCommandData(text)}`;
    })
    .join('\n');
}
