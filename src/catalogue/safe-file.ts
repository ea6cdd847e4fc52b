/**
 * Every content file is read through here: a pull request is untrusted, so
 * a file is read only if it is an ordinary file inside the folder it
 * belongs to (a symbolic link is followed only when it stays inside), within
 * a size limit, and only as strict UTF-8. A refused file becomes a problem
 * naming it; nothing of its content (or of a link's target) is ever put in
 * a message. Limits are stated here and in docs/security-files.md.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { resolve, sep } from 'node:path';
import { say } from './messages/index.ts';

/** Largest file of each kind the check reads, in bytes. */
export const FILE_SIZE_LIMITS = {
  /** A practice or city text (`<lang>.mdx`): a long practice is about 30 kB. */
  mdx: 1_000_000,
  /** site.yaml, a vocabulary, indicators.yaml, a dataset.yaml. */
  yaml: 2_000_000,
  /** A KPI dataset's observations.csv: a million rows is about 60 MB. */
  csv: 100_000_000,
  /** An image of a practice or city folder, or the logo. */
  image: 20_000_000,
} as const;

export type FileKind = keyof typeof FILE_SIZE_LIMITS;

/** What to do with a file past its limit, by kind. */
const TOO_LARGE_FIX: Record<FileKind, () => string> = {
  mdx: () => say.textTooLargeFix(),
  yaml: () => say.yamlTooLargeFix(),
  csv: () => say.csvTooLargeFix(),
  image: () => say.imageTooLargeFix(),
};

/** Megabytes with one decimal, for a message. */
const toMegabytes = (bytes: number) => Math.round(bytes / 100_000) / 10;

/** What a message needs to say about a refused file: the line is 1 unless the problem is at a line. */
export interface FileProblem {
  line: number;
  message: string;
  suggestion: string;
}

export type PlaceResult =
  | { ok: true; kind: 'file' | 'directory' | 'other'; size: number; realPath: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; problem: FileProblem };

const realRoots = new Map<string, string>();

/** The real path of a root folder, once per run (a content folder may itself be reached through a link). */
function realRoot(root: string): string {
  const absolute = resolve(root);
  let real = realRoots.get(absolute);
  if (real === undefined) {
    try {
      real = realpathSync(absolute);
    } catch {
      real = absolute;
    }
    realRoots.set(absolute, real);
  }
  return real;
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Where `path` really is, without reading it: refused when it, or a folder
 * on the way, is a link leading outside `root`, when the link leads nowhere
 * or round in a loop. `label` is the path as messages show it.
 */
export function inspectPath(path: string, root: string, label: string): PlaceResult {
  const name = nameOf(label);
  let link: boolean;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true };
    if (code === 'ELOOP') return refused(say.fileLinkLoop({ file: name }), say.fileLinkFix());
    return refused(say.fileUnreadable({ file: name, code: code ?? 'unknown' }), say.fileUnreadableFix());
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refused(say.fileLinkLoop({ file: name }), say.fileLinkFix());
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // lstat found something: the path itself or a folder on its way is a link to nothing.
      return refused(say.fileLinkDangling({ file: name }), say.fileLinkFix());
    }
    return refused(say.fileUnreadable({ file: name, code: code ?? 'unknown' }), say.fileUnreadableFix());
  }
  if (!isInside(real, realRoot(root))) {
    return refused(
      link ? say.fileLinkOutside({ file: name }) : say.fileFolderLinkOutside({ file: name }),
      say.fileLinkOutsideFix(),
    );
  }
  let stats;
  try {
    stats = statSync(real);
  } catch (error) {
    return refused(
      say.fileUnreadable({ file: name, code: (error as NodeJS.ErrnoException).code ?? 'unknown' }),
      say.fileUnreadableFix(),
    );
  }
  return {
    ok: true,
    kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other',
    size: stats.size,
    realPath: real,
  };
}

/** The report heads each problem with the whole path: a message names the file or link itself. */
const nameOf = (label: string) => label.split('/').pop() || label;

type Refused = { ok: false; missing: false; problem: FileProblem };

function refused(message: string, suggestion: string): Refused {
  return { ok: false, missing: false, problem: { line: 1, message, suggestion } };
}

/**
 * The names in a folder inside `root`, sorted; refused like a file when the
 * folder is reached through a link leading out of `root`, so that not even
 * the names of what is outside reach a message.
 */
export function listFolderInside(path: string, root: string, label: string): ReadResult<string[]> {
  const place = inspectPath(path, root, label);
  if (!place.ok) return place;
  if (place.kind !== 'directory') return { ok: false, missing: true };
  try {
    return { ok: true, value: readdirSync(place.realPath).sort() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return refused(say.fileUnreadable({ file: nameOf(label), code }), say.fileUnreadableFix());
  }
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; missing: true } | Refused;

/**
 * The bytes of an ordinary file inside `root`, at most the limit of its
 * kind. Never opens a device, a pipe or a socket (reading one could hang),
 * nor anything a link leads to outside `root`.
 */
export function readFileInside(path: string, root: string, label: string, kind: FileKind): ReadResult<Buffer> {
  const place = inspectPath(path, root, label);
  if (!place.ok) return place;
  if (place.kind === 'directory') return refused(say.fileIsFolder({ file: nameOf(label) }), say.fileIsFolderFix());
  if (place.kind !== 'file') return refused(say.fileNotOrdinary({ file: nameOf(label) }), say.fileLinkFix());
  const limit = FILE_SIZE_LIMITS[kind];
  if (place.size > limit) {
    return refused(
      say.fileTooLarge({ megabytes: toMegabytes(place.size), limit: toMegabytes(limit) }),
      TOO_LARGE_FIX[kind](),
    );
  }
  let fd: number | undefined;
  try {
    // Opened without waiting and without following a last link, then measured again through the
    // open file: a file swapped for a pipe or a link since it was inspected is refused, not read.
    fd = openSync(place.realPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return refused(say.fileNotOrdinary({ file: nameOf(label) }), say.fileLinkFix());
    if (opened.size > limit) {
      return refused(
        say.fileTooLarge({ megabytes: toMegabytes(opened.size), limit: toMegabytes(limit) }),
        TOO_LARGE_FIX[kind](),
      );
    }
    return { ok: true, value: readFileSync(fd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return refused(say.fileUnreadable({ file: nameOf(label), code }), say.fileUnreadableFix());
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A text file read as `readFileInside` does, then decoded as strict UTF-8 (`decodeUtf8`). */
export function readTextInside(
  path: string,
  root: string,
  label: string,
  kind: Exclude<FileKind, 'image'>,
): ReadResult<string> {
  const bytes = readFileInside(path, root, label, kind);
  if (!bytes.ok) return bytes;
  const text = decodeUtf8(bytes.value, kind === 'csv' ? 'csv' : 'text');
  return text.ok ? { ok: true, value: text.text } : { ok: false, missing: false, problem: text.problem };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes as UTF-8 text, or why not: UTF-16 (with or without its byte-order
 * mark), a byte that is not UTF-8 (Windows-1252, Latin-1…), a NUL byte. The
 * line given is the first one at fault. A UTF-8 byte-order mark is kept for
 * the readers that remove it.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  kind: 'text' | 'csv',
): { ok: true; text: string } | { ok: false; problem: FileProblem } {
  const fix = () => (kind === 'csv' ? say.resaveCsvAsUtf8Fix() : say.resaveAsUtf8Fix());
  if (looksUtf16(bytes)) return { ok: false, problem: { line: 1, message: say.textIsUtf16(), suggestion: fix() } };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, problem: { line: firstBadUtf8Line(bytes), message: say.textNotUtf8(), suggestion: fix() } };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0)
    return {
      ok: false,
      problem: { line: lineAt(text, nul), message: say.textNulByte(), suggestion: say.textNulByteFix() },
    };
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi)
    return {
      ok: false,
      problem: {
        line: lineAt(text, bidi.index),
        message: say.textBidiControl({ code: `U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase()}` }),
        suggestion: say.textBidiControlFix(),
      },
    };
  return { ok: true, text };
}

/**
 * Embeddings, overrides and isolates reorder what a reader sees against what the file holds
 * ("Trojan Source"): no French, English or Spanish text needs them, and they can disguise a link.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * UTF-16 by its byte-order mark, or without one by its zero bytes: text in
 * Latin letters saved as UTF-16 has a zero in every other byte.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  return Math.max(evenZeros, oddZeros) >= pairs * 0.3 && Math.min(evenZeros, oddZeros) <= pairs * 0.05;
}

/** The first line whose bytes are not UTF-8: a line break (byte 10) is never part of a longer UTF-8 sequence. */
function firstBadUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return 1;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * Runs the reading of one file; an exception the readers did not foresee
 * becomes a problem of that file (its name only: an error's text may quote
 * the file), so that one file never stops the check of the others.
 */
export function guardFileReading<T>(
  file: string,
  issues: { file: string; line: number; message: string; suggestion?: string }[],
  read: () => T,
  fallback: T,
): T {
  try {
    return read();
  } catch (error) {
    const kind = error instanceof Error ? error.name : typeof error;
    issues.push({ file, line: 1, message: say.fileCheckFailed({ error: kind }), suggestion: say.fileCheckFailedFix() });
    return fallback;
  }
}
