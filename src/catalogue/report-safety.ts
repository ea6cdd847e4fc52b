/**
 * What the check prints is public: CI shows it on the pull request, and
 * GitHub Actions reads a log line starting with "::" (after spaces) as a
 * workflow command ("::error file=…::", "::add-mask::", "::stop-commands::").
 * Text taken from content (a CSV cell, a title, a file name) may hold line
 * breaks, so every value of a report is written on its own line with its
 * control characters made visible, and no line may start a command.
 */

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
// bidirectional overrides that can make a line read otherwise than it runs.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value as one visible line: "\n" for a line break, "\u{2028}" for the
 * other invisible characters; the legacy "##[command]" form loses its meaning.
 */
export function visibleLine(value: string): string {
  return value
    .replace(INVISIBLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`)
    .replace(/##\[/g, '#\\#[');
}

/** A report line that cannot be read as a workflow command: a leading "::" (after spaces too) gets a backslash. */
export function inertLine(line: string): string {
  const safe = visibleLine(line);
  return /^\s*::/.test(safe) ? safe.replace(/^(\s*)::/, '$1\\::') : safe;
}

/** GitHub's escaping of a workflow command's message (actions/toolkit, command.ts `escapeData`). */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping of a workflow command's property value (`escapeProperty`): also ":" and ",". */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
