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
 * The report printed by `npm run check` and by a failed build: grouped by
 * file, one line per problem in the `file:line` form editors and terminals
 * can follow.
 */
export function formatIssueReport(issues: readonly ContentIssue[]): string {
  if (issues.length === 0) return 'No problems found.';
  const lines: string[] = [];
  let currentFile = '';
  const sorted = sortIssues(issues);
  for (const issue of sorted) {
    if (issue.file !== currentFile) {
      currentFile = issue.file;
      lines.push('', issue.file);
    }
    const where = `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''}`;
    const field = issue.field ? ` ${issue.field}:` : '';
    lines.push(`  ${where}${field} ${issue.message}`);
    if (issue.suggestion) lines.push(`    → ${issue.suggestion}`);
  }
  const files = new Set(sorted.map((i) => i.file)).size;
  lines.push(
    '',
    `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}.`,
  );
  return lines.join('\n').trimStart();
}
