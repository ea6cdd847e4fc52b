/**
 * Reads the entry folders on worker threads (`entry-worker.ts`), one batch
 * of folders at a time, and gives back each folder's result in folder
 * order, whatever thread read it and whenever it finished: the catalogue
 * and its issues are the same as when read on one thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntryKindDir, FolderResults, ParallelOptions } from './load-catalogue.ts';
import type { FolderResult, LoadEntriesOptions } from './load-entries.ts';
import { messageLanguage, type MessageLanguage } from './messages/index.ts';

/** Folders per message: large enough that messages cost little, small enough that threads finish together. */
const BATCH_SIZE = 40;

export interface WorkerSetup {
  /** Every folder of each kind: a message may name a neighbour. */
  folders: Record<EntryKindDir, string[]>;
  /** The folders to read (all of them, or those a cache did not hold: folder-cache.ts). */
  toRead: Record<EntryKindDir, string[]>;
  options: LoadEntriesOptions;
  /** Messages are written where the problem is found, so in the language of the run. */
  language: MessageLanguage;
}

export interface WorkerBatch {
  batch: number;
  dir: EntryKindDir;
  from: number;
  to: number;
}

export type WorkerReply =
  { batch: number; results: FolderResult<unknown, unknown>[] } | { batch: number; error: string };

/** The results of `toRead`'s folders (every folder by default), in its order. */
export function loadFoldersInWorkers(
  folders: Record<EntryKindDir, string[]>,
  options: LoadEntriesOptions,
  parallel: ParallelOptions,
  toRead: Record<EntryKindDir, string[]> = folders,
): Promise<FolderResults> {
  const batches: WorkerBatch[] = [];
  for (const dir of ['practices', 'cities'] as const) {
    for (let from = 0; from < toRead[dir].length; from += BATCH_SIZE) {
      batches.push({ batch: batches.length, dir, from, to: Math.min(from + BATCH_SIZE, toRead[dir].length) });
    }
  }
  if (batches.length === 0) return Promise.resolve({ practices: [], cities: [] });
  const total = toRead.practices.length + toRead.cities.length;
  const count = Math.max(1, Math.min(parallel.workers ?? availableParallelism(), batches.length));
  const setup: WorkerSetup = { folders, toRead, options, language: messageLanguage() };
  const replies: FolderResult<unknown, unknown>[][] = new Array(batches.length);
  // Zero read so far: a progress line can start now, while this thread reads the KPI tables and replies wait.
  parallel.onFolders?.(0, total);

  return new Promise((resolve, reject) => {
    let pending = batches.length;
    let settled = false;
    const workers: Worker[] = [];
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      outcome();
    };
    for (let index = 0; index < count; index += 1) {
      const worker = new Worker(new URL('./entry-worker.ts', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          settle(() => reject(new Error(`Reading entry folders failed: ${reply.error}`)));
          return;
        }
        replies[reply.batch] = reply.results;
        parallel.onFolders?.(reply.results.length, total);
        pending -= 1;
        if (pending === 0) settle(() => resolve(assemble(batches, replies)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`An entry worker stopped (exit code ${code}) before reading its folders.`))),
      );
      // Every batch is handed out now, in turn: this thread then reads the KPI tables and could not hand them out as workers finish.
      for (let b = index; b < batches.length; b += count) worker.postMessage(batches[b]);
    }
  });
}

function assemble(
  batches: readonly WorkerBatch[],
  replies: readonly FolderResult<unknown, unknown>[][],
): FolderResults {
  const results: FolderResults = { practices: [], cities: [] };
  for (const batch of batches) for (const result of replies[batch.batch]!) results[batch.dir].push(result);
  return results;
}
