import { Worker } from 'node:worker_threads';

export type RollupThreadData = { databaseUrl: string; busyTimeoutMs: number; busyBackoffMs: number };
export type RollupRequest = { id: number; op: 'drain'; now: string } | { id: number; op: 'close' };
type Op = { op: 'drain'; now: string } | { op: 'close' };
export type RollupResponse =
  { id: number; done: number } | { id: number; error: string } | { log: 'warn'; obj: object; msg: string };

/**
 * The rollup queue drained by a worker thread with its own database connection (docs/adr/0007).
 * better-sqlite3 runs every statement, and every wait for another writer's lock (busy_timeout),
 * on the calling thread: drained on the main thread, a large queue froze HTTP and the gateway's
 * sockets for seconds. Requests run one at a time.
 */
export class RollupThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (done: number) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private dead: Error | null = null;

  constructor(data: RollupThreadData, log: { warn(obj: object, msg: string): void }) {
    this.worker = new Worker(new URL('./rollup.worker.js', import.meta.url), { workerData: data });
    this.worker.on('message', (res: RollupResponse) => {
      if ('log' in res) return log.warn(res.obj, res.msg);
      const w = this.waiting.get(res.id);
      this.waiting.delete(res.id);
      if ('error' in res) w?.reject(new Error(res.error));
      else w?.resolve(res.done);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`rollup worker exited (${code})`)));
  }

  /** True once the worker has exited or failed: every later request would be refused. */
  get isDead(): boolean {
    return this.dead !== null;
  }

  /** Drains the queue in the worker; `now` is the caller's clock (rollups are stamped from it). Resolves with the station-days recomputed. */
  drain(now: Date): Promise<number> {
    return this.call({ op: 'drain', now: now.toISOString() });
  }

  async close(): Promise<void> {
    if (!this.dead) await this.call({ op: 'close' }).catch(() => 0);
    await this.worker.terminate();
  }

  private call(op: Op): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...op, id });
    });
  }

  private fail(err: Error): void {
    this.dead ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}
