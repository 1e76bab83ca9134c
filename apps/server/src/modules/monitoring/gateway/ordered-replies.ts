/**
 * Replies leave a connection in the order their requests arrived, although a rejected frame is
 * answered as soon as it is quarantined while an earlier data packet may still be committing:
 * each frame reserves a slot on arrival, and filled slots are written only once all earlier
 * slots are filled (null = nothing to send).
 */
export class OrderedReplies {
  private slots: (string | null | undefined)[] = [];
  /** slots[0..start) are written; kept until compaction so draining one slot costs O(1) */
  private start = 0;
  /** sequence number of slots[0] */
  private head = 0;

  constructor(private readonly write: (text: string) => void) {}

  /** Reserves the next slot; call the returned function exactly once with the reply or null. */
  reserve(): (reply: string | null) => void {
    const index = this.head + this.slots.length;
    this.slots.push(undefined);
    return (reply) => {
      this.slots[index - this.head] = reply;
      this.drain();
    };
  }

  /** Slots reserved but not yet written. */
  get waiting(): number {
    return this.slots.length - this.start;
  }

  private drain(): void {
    let out = '';
    let n = this.start;
    while (n < this.slots.length && this.slots[n] !== undefined) {
      out += this.slots[n] ?? '';
      n++;
    }
    if (n === this.start) return;
    this.start = n;
    // One chunk of junk reserves thousands of slots at once: removing them one splice at a time
    // was quadratic (1 MiB of `##\r\n` took seconds of CPU). Compact once half is written.
    if (this.start === this.slots.length) {
      this.head += this.start;
      this.slots = [];
      this.start = 0;
    } else if (this.start >= 1024 && this.start * 2 >= this.slots.length) {
      this.head += this.start;
      this.slots = this.slots.slice(this.start);
      this.start = 0;
    }
    if (out) this.write(out);
  }
}
