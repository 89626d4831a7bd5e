/**
 * The main thread's side of the store's writer thread: a ScanWriter that encodes each batch into rows
 * and posts them to the worker (sqlite-worker.ts). A few batches may be in flight at once, so the
 * engine goes on while they are stored; beyond that, `write` waits, so memory stays bounded when the
 * store is the slower side. A failure in the worker rejects the next `write` or `finish`.
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AssessedAsset, Assessment } from '../engine/assess.js';
import { StoreError } from '../model/errors.js';
import { outcomeOf, RowEncoder, transferablesOf } from './sqlite-rows.js';
import { DEFAULT_GROUP_SIZE } from './sqlite-writer.js';
import type { WorkerCommand, WorkerReply, WorkerRequest, WorkerSetup } from './sqlite-worker.js';
import type { ScanRecord, ScanWriter } from './types.js';
import type { Suppression } from '../lifecycle/suppressions.js';

/**
 * Assets posted and not yet taken by the worker, at most, in the writer's groups: the worker takes
 * nothing while it writes a group or commits, so the engine may run a few groups ahead (each about
 * 25 MB of rows) before it waits.
 */
const GROUPS_IN_FLIGHT = 4;

type Pending = { resolve: () => void; reject: (e: Error) => void };

/** Start the writer thread; from the TypeScript sources (tests, `tsx`), through tsx's loader. */
function startWorker(setup: WorkerSetup): Worker {
  const url = new URL(
    import.meta.url.endsWith('.ts') ? './sqlite-worker.ts' : './sqlite-worker.js',
    import.meta.url,
  );
  if (url.pathname.endsWith('.ts')) {
    // Resolved here, from this module: the worker's own code would resolve from the working directory.
    // require.resolve finds the CommonJS build of tsx's ESM API; its ESM build sits beside it.
    const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
    const tsx = pathToFileURL(join(dirname(cjs), 'index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
    return new Worker(boot, { eval: true, workerData: setup });
  }
  return new Worker(url, { workerData: setup });
}

export class WorkerScanWriter implements ScanWriter {
  readonly #worker: Worker;
  readonly #encoder = new RowEncoder();
  readonly #pending = new Map<number, Pending>();
  readonly #inFlight: { done: Promise<void>; assets: number }[] = [];
  #inFlightAssets = 0;
  readonly #maxInFlight: number;
  readonly #record: () => Promise<ScanRecord>;
  #nextId = 0;
  #failure: StoreError | undefined;
  /** Settles when the worker has exited. */
  readonly closed: Promise<void>;

  constructor(
    readonly scanId: string,
    setup: WorkerSetup,
    record: () => Promise<ScanRecord>,
    private readonly suppressions: Suppression[] | undefined = undefined,
  ) {
    this.#record = record;
    this.#maxInFlight = GROUPS_IN_FLIGHT * (setup.options.groupSize ?? DEFAULT_GROUP_SIZE);
    this.#worker = startWorker(setup);
    this.#worker.on('message', (reply: WorkerReply) => {
      const p = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (reply.kind === 'done') p?.resolve();
      else p?.reject(this.#fail(reply.message));
    });
    this.#worker.on('error', (e) => this.#failAll(`the store's writer failed: ${e.message}`));
    this.closed = once(this.#worker, 'exit').then(() => {
      this.#failAll("the store's writer stopped before the scan was finished");
    });
  }

  #fail(message: string): StoreError {
    this.#failure ??= new StoreError(`cannot store the scan: ${message}`);
    return this.#failure;
  }

  #failAll(message: string): void {
    if (this.#pending.size === 0) return;
    const e = this.#fail(message);
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  #send(command: WorkerCommand, transfer: ArrayBuffer[] = []): Promise<void> {
    const id = this.#nextId++;
    return new Promise<void>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const request: WorkerRequest = { ...command, id };
      this.#worker.postMessage(request, transfer);
    });
  }

  async write(batch: AssessedAsset[]): Promise<void> {
    if (this.#failure) throw this.#failure;
    const rows = this.#encoder.encode(batch);
    const done = this.#send({ kind: 'write', rows }, transferablesOf(rows));
    done.catch(() => undefined); // surfaced by a later write or by finish
    this.#inFlight.push({ done, assets: batch.length });
    this.#inFlightAssets += batch.length;
    while (this.#inFlightAssets > this.#maxInFlight) {
      const oldest = this.#inFlight.shift()!;
      this.#inFlightAssets -= oldest.assets;
      await oldest.done;
    }
  }

  async finish(assessment: Assessment, finishedAt: string): Promise<ScanRecord> {
    if (this.#failure) throw this.#failure;
    // The worker answers in order: once finish is done, every batch before it is stored.
    await this.#send({
      kind: 'finish',
      assessment: JSON.stringify(assessment),
      status: outcomeOf(assessment),
      finishedAt,
      lifecycle: {
        scanId: this.scanId,
        declared: assessment.coverage.declared ?? [],
        suppressions: this.suppressions,
      },
    });
    await this.closed;
    return this.#record();
  }

  async abort(reason: string, finishedAt: string): Promise<void> {
    await this.#send({ kind: 'abort', reason, finishedAt });
    await this.closed;
  }

  /** Stop the worker (the store is closing); what it has not committed is rolled back by SQLite. */
  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}
