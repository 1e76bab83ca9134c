import { Worker } from 'node:worker_threads';

export type JournalWorkerData = {
  databaseUrl: string;
  /** the sidecar file of a SQLite database; null: the ingest_journal table (PostgreSQL) */
  journalPath: string | null;
  /** the applier runs at a lower CPU priority, so acknowledgements win the CPU when it is short */
  role: 'append' | 'apply';
};
export type JournalRequest =
  | { id: number; op: 'append'; receivedAt: string; rows: number; text: string }
  | { id: number; op: 'apply'; maxRows: number }
  | { id: number; op: 'close' };
export type JournalResponse = { id: number; rows: number } | { id: number; error: string };
type Op = JournalRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * A worker thread holding its own connections to the journal and the main database: the
 * gateway's thread keeps reading sockets and sending acknowledgements while the worker waits for
 * the disk (appends are synced) or runs long apply transactions, whose JavaScript side (decoding
 * 100,000 rows, building the statements' parameters) would otherwise stall every connection for
 * a few hundred milliseconds. Requests run one at a time.
 */
export class JournalWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (rows: number) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private dead: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Resolves once the worker has opened its connections (request id 0 answers it). */
  readonly ready: Promise<number>;

  constructor(data: JournalWorkerData) {
    this.worker = new Worker(new URL('./journal.worker.js', import.meta.url), { workerData: data });
    this.ready = new Promise((resolve, reject) => this.waiting.set(0, { resolve, reject }));
    this.worker.on('message', (res: JournalResponse) => {
      const w = this.waiting.get(res.id);
      this.waiting.delete(res.id);
      if ('error' in res) w?.reject(new Error(res.error));
      else w?.resolve(res.rows);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`ingest journal worker exited (${code})`)));
  }

  /** Runs one request in the worker; resolves with the rows it applied (0 for other requests). */
  call(op: Op): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...op, id });
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.dead) await this.call({ op: 'close' });
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private fail(err: Error): void {
    this.dead ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}
