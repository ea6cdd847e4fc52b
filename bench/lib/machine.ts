/**
 * The machine and the versions a benchmark ran with, printed above its
 * table and recorded with a measured baseline so that a later run reuses
 * the baseline only on the same machine with the same Astro.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  kernel: string;
  node: string;
  astro: string;
  mdx: string;
  /** The JavaScript heap limit of a Node process started as the builds are (V8's default unless NODE_OPTIONS sets one). */
  heapLimitBytes: number;
  /** NODE_OPTIONS handed down to every build, when set: nothing is added to it. */
  nodeOptions?: string;
}

const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    kernel: `Linux ${release()}`,
    node: process.versions.node,
    astro: versionOf('astro'),
    mdx: versionOf('@astrojs/mdx'),
    heapLimitBytes: getHeapStatistics().heap_size_limit,
    ...(process.env.NODE_OPTIONS ? { nodeOptions: process.env.NODE_OPTIONS } : {}),
  };
}

/** What must be equal for a measurement taken earlier to stand for one taken now. */
export function machineIdentity(machine: Machine): string {
  return `${machine.cpu} × ${machine.cores}, ${Math.round(machine.memoryBytes / 1024 ** 3)} GB, Node ${machine.node}, Astro ${machine.astro}, @astrojs/mdx ${machine.mdx}${machine.nodeOptions ? `, NODE_OPTIONS ${machine.nodeOptions}` : ''}`;
}

export function formatMachine(machine: Machine): string {
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  const heap = machine.nodeOptions
    ? `NODE_OPTIONS="${machine.nodeOptions}" passed to every build (heap limit ${gb(machine.heapLimitBytes)})`
    : `V8's default heap limit, ${gb(machine.heapLimitBytes)} (no --max-old-space-size)`;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${gb(machine.memoryBytes)} of memory, ${machine.kernel}.`,
    `Node ${machine.node}, Astro ${machine.astro}, @astrojs/mdx ${machine.mdx}; builds run with ${heap}.`,
  ].join('\n');
}

/** The one-minute load average now: how busy the machine is. */
export const currentLoad = (): number => loadavg()[0]!;
