import type { Reading } from '../ingest/reading';
import type { ArchivedPacket, IngestBatch } from './batch-store';

/** One packet (or reassembled split group) waiting for storage; `settle` runs after the commit or failure. */
export type BatchItem = {
  readings: Reading[];
  packets: ArchivedPacket[];
  deviceId: string;
  settle: (error: Error | null) => void;
};

export type IngestBatcherOptions = {
  /** longest wait before a partial batch is committed, ms; default 5 */
  maxDelayMs?: number;
  /** readings (plus archived packets) that trigger a commit at once; default 5000 */
  maxBatchRows?: number;
  /** rows queued or committing above which connections are paused; default 100 000 */
  maxInFlightRows?: number;
  /** rows committed but still waiting further down (the journal's backlog); counted against maxBacklogRows */
  backlog?: () => number;
  /** backlog above which connections are paused too; default 1 000 000 */
  maxBacklogRows?: number;
};

/**
 * Group commit for the gateway: packets from every connection are collected for a few
 * milliseconds (or until a batch is full) and committed in one transaction; while one commit runs
 * the next batch gathers, so a slow database makes batches bigger, not queues longer. Commits run
 * one at a time and in arrival order, so acknowledgements leave in the order packets came.
 */
export class IngestBatcher {
  private queue: BatchItem[] = [];
  private queuedRows = 0;
  private committingRows = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly drainListeners = new Set<() => void>();
  private readonly maxDelayMs: number;
  private readonly maxBatchRows: number;
  readonly maxInFlightRows: number;
  private readonly backlog: () => number;
  private readonly maxBacklogRows: number;

  constructor(
    private readonly store: (batch: IngestBatch) => Promise<void>,
    options: IngestBatcherOptions = {},
  ) {
    this.maxDelayMs = options.maxDelayMs ?? 5;
    this.maxBatchRows = options.maxBatchRows ?? 5000;
    this.maxInFlightRows = options.maxInFlightRows ?? 100_000;
    this.backlog = options.backlog ?? (() => 0);
    this.maxBacklogRows = options.maxBacklogRows ?? 1_000_000;
  }

  /** Rows accepted but not yet committed (the global backpressure measure). */
  get inFlightRows(): number {
    return this.queuedRows + this.committingRows;
  }

  get isSaturated(): boolean {
    return this.inFlightRows >= this.maxInFlightRows || this.backlog() >= this.maxBacklogRows;
  }

  /** Tells paused connections to look again: called after commits and when the backlog shrinks. */
  notifyDrain(): void {
    if (this.inFlightRows < this.maxInFlightRows / 2 && this.backlog() < this.maxBacklogRows / 2)
      for (const l of this.drainListeners) l();
  }

  /** Called once the in-flight rows (and the backlog) fall below half their caps again. */
  onDrain(listener: () => void): () => void {
    this.drainListeners.add(listener);
    return () => this.drainListeners.delete(listener);
  }

  add(item: BatchItem): void {
    this.queue.push(item);
    this.queuedRows += item.readings.length + item.packets.length;
    if (this.running) return; // the running commit picks the queue up when it ends
    if (this.queuedRows >= this.maxBatchRows) this.kick();
    else this.timer ??= setTimeout(() => this.kick(), this.maxDelayMs);
  }

  /** Commits everything queued and waits for it. */
  async flush(): Promise<void> {
    while (this.running || this.queue.length > 0) {
      if (!this.running) this.kick();
      await this.running;
    }
  }

  private kick(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running || this.queue.length === 0) return;
    this.running = this.commitLoop().finally(() => {
      this.running = null;
    });
  }

  private async commitLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const items = this.take();
      const batch: IngestBatch = { readings: [], packets: [], deviceIds: [] };
      for (const it of items) {
        for (const r of it.readings) batch.readings.push(r);
        for (const p of it.packets) batch.packets.push(p);
        batch.deviceIds.push(it.deviceId);
      }
      let error: Error | null = null;
      try {
        await this.store(batch);
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
      }
      this.committingRows = 0;
      for (const it of items) it.settle(error);
      this.notifyDrain();
    }
  }

  /** Takes up to maxBatchRows rows' worth of items (at least one). */
  private take(): BatchItem[] {
    let rows = 0;
    let n = 0;
    while (n < this.queue.length) {
      const it = this.queue[n] as BatchItem;
      const size = it.readings.length + it.packets.length;
      if (n > 0 && rows + size > this.maxBatchRows) break;
      rows += size;
      n++;
    }
    const items = this.queue.splice(0, n);
    this.queuedRows -= rows;
    this.committingRows = rows;
    return items;
  }
}
