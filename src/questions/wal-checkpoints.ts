import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints off the main thread: a worker with its own connection to the log runs a PASSIVE checkpoint every
 * `everyMs` (copying committed pages from the write-ahead log into the database file, with the syncs that takes), so
 * the writer's connection can run with `wal_autocheckpoint = 0` — its commits never stop the event loop for a
 * checkpoint (several ms every thousand pages otherwise). PASSIVE never blocks the writer or readers.
 */
export function walCheckpoints(path: string, everyMs = 500): { close(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.driver);
     const db = new Database(workerData.path, { fileMustExist: true });
     db.pragma('busy_timeout = 5000');
     const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
     const timer = setInterval(checkpoint, workerData.everyMs);
     parentPort.on('message', () => { clearInterval(timer); checkpoint(); db.close(); parentPort.close(); });`,
    { eval: true, workerData: { driver, path, everyMs } },
  );
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    close: async () => {
      worker.postMessage('close');
      await exited;
    },
  };
}
