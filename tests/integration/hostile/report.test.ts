/**
 * #13, reproductions 6 and 9 (docs/security.md, "The report"): the report
 * reaches its reader whole through a pipe, as CI reads it, and no text taken
 * from content can start a GitHub Actions workflow command in it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatIssueAnnotations, formatIssueReport, type ContentIssue } from '../../../src/catalogue/issues.ts';
import {
  escapeCommandData,
  escapeCommandProperty,
  inertLine,
  visibleLine,
} from '../../../src/catalogue/report-safety.ts';
import { markdownSummary } from '../../../scripts/lib/github-summary.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const DATASET = 'kpis/datasets/sample/observations.csv';
// A cell as an attacker would write it: line breaks of every kind, each followed by a workflow command.
const INJECTED =
  '12\n::error file=x.md,line=1::pwned\r::add-mask::secret\u2028::stop-commands::tok\u0085  ::warning::w\n##[error]legacy';
const PROBLEMS = 10_000;

/** Runs a command with stdout and stderr on pipes, reading everything until it exits. */
function run(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ATLAS_LANG: 'en', ...env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** No line that GitHub's runner would read as a command (it trims leading white space). */
function expectNoWorkflowCommand(text: string) {
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) {
    expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(line, line).not.toContain('##[');
  }
}

let fixture: FixtureCatalogue;
beforeAll(() => {
  fixture = copyFixture();
  const rows = ['city,indicator,period,value,source', `villeneuve,lit-streets-share,2023,"${INJECTED}",`];
  // Each value is one problem; the periods stay valid and distinct.
  for (let i = 1; rows.length <= PROBLEMS; i += 1) rows.push(`villeneuve,lit-streets-share,${1000 + i},n${i},`);
  fixture.write(DATASET, `${rows.join('\n')}\n`);
});
afterAll(() => fixture.dispose());

/** The problems a report announces in its summary line, and the ones it lists. */
function counted(report: string) {
  const summary = /^(\d+) problems in (\d+) files?\.$/m.exec(report);
  return { announced: Number(summary?.[1]), listed: report.split('\n').filter((l) => l.startsWith('    → ')).length };
}

describe('the whole report reaches a pipe (10,000 problems; was cut at 65,536 bytes)', { timeout: 120_000 }, () => {
  test('npm run check', async () => {
    const { code, stderr } = await run('scripts/check.ts', ['--content', fixture.dir]);
    expect(code).toBe(1);
    expect(stderr.length).toBeGreaterThan(1_000_000);
    const { announced, listed } = counted(stderr);
    expect(announced).toBeGreaterThanOrEqual(PROBLEMS);
    expect(listed).toBe(announced);
    expect(stderr.trimEnd().endsWith('Fix these problems and run npm run check again.')).toBe(true);
    expectNoWorkflowCommand(stderr);
  });

  test('npm run build (the report comes from its render process)', async () => {
    const out = join(fixture.dir, '..', 'dist');
    const { code, stderr } = await run('scripts/build.ts', ['--content', fixture.dir, '--out', out]);
    rmSync(out, { recursive: true, force: true });
    expect(code).toBe(1);
    const { announced, listed } = counted(stderr);
    expect(announced).toBeGreaterThanOrEqual(PROBLEMS);
    expect(listed).toBe(announced);
    expect(stderr).toContain('The content has problems: the site was not built.');
    expectNoWorkflowCommand(stderr);
  });

  test('--format github: one annotation per problem on stdout, escaped, and the summary file', async () => {
    const summaryFile = join(fixture.dir, '..', 'summary.md');
    const { code, stdout, stderr } = await run('scripts/check.ts', ['--content', fixture.dir, '--format', 'github'], {
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const { announced } = counted(stderr);
    expect(lines).toHaveLength(announced);
    for (const line of lines) expect(line).toMatch(/^::error file=[^,:]+,line=\d+(,col=\d+)?,title=[^,:]+::[^\r\n]+$/);
    // The injected cell stays inside its own annotation, its breaks escaped twice: visible, then as GitHub's data.
    const injected = lines.find((l) => l.includes('pwned'))!;
    expect(injected).toContain('" is not a number');
    expect(injected).toContain(
      '12\\n::error file=x.md,line=1::pwned\\r::add-mask::secret\\u{2028}::stop-commands::tok\\u{0085}  ::warning::w\\n#\\#[error]legacy',
    );
    expect(stdout).not.toContain('##[');
    expect(injected).not.toMatch(/[\r\u2028\u2029\u0085]/);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('## Content problems');
    expect(counted(summary).announced).toBe(announced);
  });
});

describe('values from content are neutralized where they are written', () => {
  const issue = (over: Partial<ContentIssue>): ContentIssue => ({
    file: 'content/practices/x/fr.mdx',
    line: 3,
    message: 'm',
    ...over,
  });

  test('a title, a cell and a file name with line breaks stay on their line, visibly', () => {
    const report = formatIssueReport([
      issue({ message: `The title "${INJECTED}" is too long.`, suggestion: 'shorten\n::error::it' }),
      issue({ file: '::error file=a::b/\r\n::notice::fr.mdx', line: 1, message: 'x' }),
    ]);
    expectNoWorkflowCommand(report);
    expect(report).toContain('\\n::error file=x.md');
    expect(report).toContain('shorten\\n::error::it');
    expect(report).toMatch(/^\\::error file=a::b\/\\r\\n::notice::fr\.mdx \(1 problem\)$/m);
  });

  test('visibleLine names every invisible or line-breaking character', () => {
    expect(visibleLine('a\nb\rc\td\u2028e\u2029f\u0085g\u0000h\u001bi\u007fj\u202ek\ufeffl')).toBe(
      'a\\nb\\rc\\td\\u{2028}e\\u{2029}f\\u{0085}g\\u{0000}h\\u{001b}i\\u{007f}j\\u{202e}k\\u{feff}l',
    );
    expect(visibleLine('Montréal — “ok” 🙂')).toBe('Montréal — “ok” 🙂');
  });

  test('inertLine: a leading "::", after spaces too, and "##[" cannot start a command', () => {
    expect(inertLine('::error::x')).toBe('\\::error::x');
    expect(inertLine('   ::error::x')).toBe('   \\::error::x');
    expect(inertLine('a ::b')).toBe('a ::b');
    expect(inertLine('x ##[error]y')).toBe('x #\\#[error]y');
  });

  test('GitHub’s escaping of data and properties (%, CR, LF; and ":" "," in properties)', () => {
    expect(escapeCommandData('100%\r\nx')).toBe('100%25%0D%0Ax');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  test('annotations: a file name or field cannot add a property or end the command', () => {
    const text = formatIssueAnnotations([
      issue({
        file: 'content/a,line=99,title=x::y.mdx',
        field: 'title,col=1',
        column: 2,
        message: '50% done\n::error::z',
        suggestion: 'fix: it',
      }),
    ]);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toBe(
      '::error file=content/a%2Cline=99%2Ctitle=x%3A%3Ay.mdx,line=3,col=2,title=title%2Ccol=1::50%25 done\\n::error::z%0A→ fix: it',
    );
  });

  test('the run summary’s code block cannot be closed by the content', () => {
    const summary = markdownSummary('a ```` b\n```\n<img src=x onerror=alert(1)>');
    const fence = /^(`+)text$/m.exec(summary)![1]!;
    expect(fence.length).toBe(5);
    expect(summary.trimEnd().endsWith(fence)).toBe(true);
    expect(summary.split('\n').filter((l) => l.startsWith(fence))).toHaveLength(2);
  });
});
