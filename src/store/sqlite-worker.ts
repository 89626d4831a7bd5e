/**
 * The store's writer thread: owns a write connection to the SQLite file and applies one scan's rows
 * while the engine goes on assessing on the main thread, so a scan uses two cores. Messages are
 * answered in order: `done` (with the request's id) or `failed` with the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connect } from './sqlite-connect.js';
import type { BatchRows } from './sqlite-rows.js';
import { ScanTableWriter, type FinishLifecycle, type ScanRef, type WriterOptions } from './sqlite-writer.js';

export interface WorkerSetup {
  path: string;
  scan: ScanRef;
  options: WriterOptions;
}

export type WorkerCommand =
  | { kind: 'write'; rows: BatchRows }
  | {
      kind: 'finish';
      assessment: string;
      status: 'complete' | 'partial';
      finishedAt: string;
      lifecycle: FinishLifecycle;
    }
  | { kind: 'abort'; reason: string; finishedAt: string };

export type WorkerRequest = WorkerCommand & { id: number };

export type WorkerReply = { id: number; kind: 'done' } | { id: number; kind: 'failed'; message: string };

const port = parentPort;
if (port === null) throw new Error('sqlite-worker runs as a worker thread');
const setup = workerData as WorkerSetup;
const db = connect(setup.path, { cacheMiB: 256 });
const writer = new ScanTableWriter(db, setup.scan, setup.options);

/** After a failed write the scan is lost: later writes are refused rather than applied, until abort. */
let failure: string | undefined;

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (req.kind !== 'abort' && failure !== undefined) throw new Error(failure);
    if (req.kind === 'write') writer.write(req.rows);
    else if (req.kind === 'finish') writer.finish(req.assessment, req.status, req.finishedAt, req.lifecycle);
    else writer.abort(req.reason, req.finishedAt);
    reply = { id: req.id, kind: 'done' };
  } catch (e) {
    failure ??= e instanceof Error ? e.message : String(e);
    reply = { id: req.id, kind: 'failed', message: failure };
  }
  port.postMessage(reply);
  // The scan is over once finished or aborted; a failed finish may still be followed by an abort.
  if (req.kind === 'abort' || (req.kind === 'finish' && reply.kind === 'done')) {
    db.close();
    port.close();
  }
});
