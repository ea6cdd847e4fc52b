/**
 * Splits a content file into YAML frontmatter and body while keeping line
 * numbers, so that every later message can point at the editor's own line.
 */
import { say } from './messages/index.ts';

export interface SplitSource {
  /** Frontmatter text without the `---` fences; undefined when there is none. */
  frontmatter?: string;
  /** 1-based line of the first frontmatter line in the file. */
  frontmatterLine: number;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

/** Text as an editor's tools may save it: BOM and Windows line endings removed. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export type SplitResult =
  { ok: true; value: SplitSource } | { ok: false; line: number; message: string; suggestion: string };

export function splitFrontmatter(text: string): SplitResult {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      message: say.noFrontmatter(),
      suggestion: say.noFrontmatterFix(),
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      ok: false,
      line: 1,
      message: say.unclosedFrontmatter(),
      suggestion: say.unclosedFrontmatterFix(),
    };
  }
  return {
    ok: true,
    value: {
      frontmatter: lines.slice(1, close).join('\n'),
      frontmatterLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
  };
}
