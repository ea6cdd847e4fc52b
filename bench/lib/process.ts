/**
 * Runs a command as a child process and measures what a person waiting for
 * it would: wall time, and the peak memory of the whole process tree (the
 * build starts helpers such as Pagefind's indexer), sampled from /proc
 * every 100 ms as the sum of the resident memory of every descendant.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { lineSplitter } from './astro-log.ts';

export interface RunResult {
  seconds: number;
  /** Highest sum of resident memory over the process tree, in bytes. */
  peakBytes: number;
  exitCode: number;
  /** The machine's one-minute load average when the command started and when it ended: how much else was running. */
  load: { start: number; end: number };
  /** The signal that ended the command, if one did (SIGKILL from the kernel's out-of-memory killer…). */
  signal?: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Output of the command goes to this file instead of the terminal. */
  log: string;
  sampleMs?: number;
  /** Called with each line the command prints (stdout and stderr), as it prints it. */
  onLine?: (line: string) => void;
}

/** Parent of each process on the machine, read from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += residentBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  // What earlier steps left to the disk (write-back of a site, deletions) is finished first, not timed here:
  // a step would otherwise be charged with the previous one's work.
  spawnSync('sync');
  const log = createWriteStream(options.log);
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const splitters = [child.stdout, child.stderr].map((stream) => {
    const splitter = lineSplitter((line) => options.onLine?.(line));
    if (options.onLine) stream.setEncoding('utf8').on('data', (chunk: string) => splitter.push(chunk));
    return splitter;
  });
  let peakBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  };
  const timer = setInterval(sample, options.sampleMs ?? 100);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      for (const splitter of splitters) splitter.end();
      // A process killed by a signal (the kernel's out-of-memory killer…) has no exit code.
      log.end(() =>
        resolve({
          seconds,
          peakBytes,
          exitCode: code ?? 1,
          load: { start: loadAtStart, end: loadavg()[0]! },
          ...(signal ? { signal } : {}),
        }),
      );
    });
  });
}

/**
 * The last lines of a log that say why a command failed: blank lines and
 * the addresses of a native stack trace (Node's out-of-memory report ends
 * with one) left out, long lines shortened.
 */
export function failureTail(text: string, count = 6): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(
      (line) =>
        line.trim() !== '' && !/^\s*\d+: 0x[0-9a-f]+/.test(line) && !/^-+ Native stack trace -+$/.test(line.trim()),
    )
    .slice(-count)
    .map((line) => (line.length > 240 ? `${line.slice(0, 239)}…` : line));
}

/**
 * CPU seconds (user + sys) of this process's children that have exited and been waited for
 * (/proc/self/stat fields 16 and 17): Pagefind's process, once closed. Linux only.
 */
export function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').trim().split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
