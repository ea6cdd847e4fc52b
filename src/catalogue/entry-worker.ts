/**
 * A worker thread of `entry-workers.ts`: reads and checks the entry folders
 * of each batch it is sent and replies with their results (plain data).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './entry-workers.ts';
import { ENTRY_KINDS } from './load-catalogue.ts';
import { loadEntryFolder } from './load-entries.ts';
import { setMessageLanguage } from './messages/index.ts';

const setup = workerData as WorkerSetup;
setMessageLanguage(setup.language);
const port = parentPort!;

port.on('message', (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    const names = setup.folders[batch.dir];
    const kind = ENTRY_KINDS[batch.dir];
    reply = {
      batch: batch.batch,
      results: setup.toRead[batch.dir]
        .slice(batch.from, batch.to)
        .map((name) => loadEntryFolder(kind, name, names, setup.options)),
    };
  } catch (error) {
    reply = { batch: batch.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
