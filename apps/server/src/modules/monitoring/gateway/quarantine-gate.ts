import type { QuarantineReasonCode } from '@ecocloud/contracts';
import type { GatewayLog } from './gateway-log';

/** One rejected input of the gateway, as the quarantine keeps it. */
export type QuarantineItem = {
  remote: string;
  mn: string | null;
  reasonCode: QuarantineReasonCode;
  reason: string;
  raw: Uint8Array;
};

export type QuarantineStore = {
  /** inserts a row standing for one input; resolves to its id */
  insert(item: QuarantineItem): Promise<string>;
  /** records the inputs (and their bytes) a row stands for */
  update(id: string, run: { count: number; bytes: number; lastAt: string }): Promise<void>;
};

export type QuarantineGateOptions = {
  /** rows one client address may start per minute (a token bucket of this size); above it inputs are counted into one row per reason */
  rowsPerAddressPerMinute?: number;
  /** a row gathers a run for at most this long before the next input starts a new row, ms */
  runMs?: number;
  /** counts of open runs are written this often, ms */
  flushMs?: number;
  now?: () => number;
};

type Run = {
  id: Promise<string | null>;
  startedMs: number;
  count: number;
  bytes: number;
  lastMs: number;
  saved: number;
};
type Bucket = { tokens: number; atMs: number };

/**
 * Bounds what rejected input can cost the database. Without it every `##\r\n` sent without
 * logging in became a row: 1 MiB of junk, 262,144 inserts, +64 MB, and good loggers' acks
 * waited behind them for seconds. Now:
 * - junk (no readable MN) is counted per connection and reason: the first input of a run is the
 *   row (its bytes are the sample), the rest only raise its count and byte total;
 * - every row start spends a token of the client address's bucket; with the bucket empty, inputs
 *   are counted into one row per address and reason (a logger's rejected packets keep a row each
 *   at any sane rate, an address flooding the gateway gets a handful of rows a minute);
 * - a run lasts at most `runMs`, so a count is never older than that, and counts reach the row
 *   every `flushMs` and when the run ends (a valid frame or the connection closing).
 * submit() hands back the insert for a row start (the caller replies after it, as before) and
 * null for an input only counted: nothing to wait for, no database work on the hot path.
 */
export class QuarantineGate {
  private readonly runs = new Map<string, Map<string, Run>>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly writes = new Set<Promise<void>>();
  private readonly perMinute: number;
  private readonly runMs: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: QuarantineStore,
    private readonly log: GatewayLog,
    options: QuarantineGateOptions = {},
  ) {
    this.perMinute = options.rowsPerAddressPerMinute ?? 600;
    this.runMs = options.runMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.flush(false), options.flushMs ?? 5000);
    this.timer.unref();
  }

  /**
   * `runKey` gathers junk of one source (a connection) into runs; null keeps each input as a row
   * of its own while the address has tokens.
   */
  submit(item: QuarantineItem, address: string, runKey: string | null): Promise<void> | null {
    const now = this.now();
    if (runKey !== null) {
      const counted = this.count(runKey, item, now);
      if (counted) return null;
      if (this.takeToken(address, now)) return this.start(runKey, item, now);
    } else if (this.takeToken(address, now)) {
      return this.insert(item).then(() => undefined);
    }
    const overflowKey = `address ${address}`;
    return this.count(overflowKey, item, now) ? null : this.start(overflowKey, item, now);
  }

  /** Ends the runs of a source (its connection closed or sent a valid frame): their counts are written. */
  endRuns(runKey: string): void {
    const runs = this.runs.get(runKey);
    if (!runs) return;
    this.runs.delete(runKey);
    for (const run of runs.values()) this.save(run);
  }

  /** Writes the counts of open runs (closing the stale ones); `all` closes every run (shutdown). */
  flush(all: boolean): Promise<void> {
    const now = this.now();
    for (const [key, runs] of this.runs) {
      for (const [reason, run] of runs) {
        this.save(run);
        if (all || now - run.startedMs >= this.runMs) runs.delete(reason);
      }
      if (runs.size === 0) this.runs.delete(key);
    }
    for (const [address, bucket] of this.buckets)
      if (this.refill(bucket, now) >= this.perMinute) this.buckets.delete(address);
    return this.idle();
  }

  /** Resolves when every write started so far has finished. */
  async idle(): Promise<void> {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes]);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush(true);
  }

  private count(runKey: string, item: QuarantineItem, now: number): boolean {
    const run = this.runs.get(runKey)?.get(item.reasonCode);
    if (!run) return false;
    if (now - run.startedMs >= this.runMs) {
      this.save(run);
      this.runs.get(runKey)?.delete(item.reasonCode);
      return false;
    }
    run.count++;
    run.bytes += item.raw.byteLength;
    run.lastMs = now;
    return true;
  }

  private start(runKey: string, item: QuarantineItem, now: number): Promise<void> {
    const id = this.insert(item);
    let runs = this.runs.get(runKey);
    if (!runs) this.runs.set(runKey, (runs = new Map()));
    runs.set(item.reasonCode, { id, startedMs: now, count: 1, bytes: item.raw.byteLength, lastMs: now, saved: 1 });
    return id.then(() => undefined);
  }

  private insert(item: QuarantineItem): Promise<string | null> {
    return this.track(this.store.insert(item)).catch((err: unknown) => {
      this.log.error({ err, remote: item.remote, reasonCode: item.reasonCode }, 'quarantine write failed');
      return null;
    });
  }

  private save(run: Run): void {
    if (run.count === run.saved) return;
    const counts = { count: run.count, bytes: run.bytes, lastAt: new Date(run.lastMs).toISOString() };
    run.saved = run.count;
    void this.track(run.id.then((id) => (id === null ? undefined : this.store.update(id, counts)))).catch(
      (err: unknown) => this.log.error({ err }, 'quarantine count update failed'),
    );
  }

  private takeToken(address: string, now: number): boolean {
    let bucket = this.buckets.get(address);
    if (!bucket) this.buckets.set(address, (bucket = { tokens: this.perMinute, atMs: now }));
    this.refill(bucket, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens--;
    return true;
  }

  private refill(bucket: Bucket, now: number): number {
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.atMs) * this.perMinute) / 60_000);
    bucket.atMs = now;
    return bucket.tokens;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    const settled: Promise<void> = p
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => this.writes.delete(settled));
    this.writes.add(settled);
    return p;
  }
}
