/**
 * Fixed-window request counter per key (an API key or a client address), in memory: each process
 * counts its own requests, so behind a load balancer the effective limit is per process (documented).
 */
export type LimitVerdict = {
  isAllowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */ resetSeconds: number;
};

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one request for `key` at `nowMs` against `limit` requests per window. */
  take(key: string, limit: number, nowMs: number): LimitVerdict {
    this.sweep(nowMs);
    let w = this.windows.get(key);
    if (!w || nowMs - w.start >= this.windowMs) {
      w = { start: nowMs - (nowMs % this.windowMs), count: 0 };
      this.windows.set(key, w);
    }
    const resetSeconds = Math.max(1, Math.ceil((w.start + this.windowMs - nowMs) / 1000));
    if (w.count >= limit) return { isAllowed: false, limit, remaining: 0, resetSeconds };
    w.count++;
    return { isAllowed: true, limit, remaining: limit - w.count, resetSeconds };
  }

  /** Forgets finished windows now and then, so idle keys do not pile up. */
  private sweep(nowMs: number): void {
    if (nowMs - this.lastSweep < this.windowMs) return;
    this.lastSweep = nowMs;
    for (const [k, w] of this.windows) if (nowMs - w.start >= this.windowMs) this.windows.delete(k);
  }
}
