/**
 * At most `size` XLSX parses at once: each is bounded (see xlsx-guard.ts and TABLE_LIMITS), and this
 * bounds their sum, so seven uploads at once cost two parses' memory and wait their turn instead of
 * taking the heap (seven unbounded parses once reached 4.0 GB of a 4.1 GB heap).
 */
class ParseSlots {
  private active = 0;
  private peak = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    this.peak = Math.max(this.peak, this.active);
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight to the next waiter
      else this.active--;
    }
  }

  /** The most parses that ran at once since start (for tests and diagnostics). */
  get peakActive(): number {
    return this.peak;
  }
}

export const xlsxParseSlots = new ParseSlots(2);
