/**
 * The check's report as the Markdown of a GitHub Actions run summary. The
 * report quotes content, so it goes in a code block whose fence is longer
 * than any run of backticks inside it: no text can close the block and be
 * read as Markdown (links, images, HTML) on the summary page.
 */
export function markdownSummary(report: string): string {
  const longestRun = Math.max(0, ...[...report.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [
    '## Content problems',
    '',
    'Each line names the file, the line number and the field; the line after the arrow says how to fix it.',
    'Fix the file (in the browser: open it in your fork, then the pencil icon), commit to the same branch, and this check runs again.',
    '',
    `${fence}text`,
    report.trim(),
    fence,
    '',
  ].join('\n');
}
