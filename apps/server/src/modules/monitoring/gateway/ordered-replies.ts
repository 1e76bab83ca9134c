/**
 * Replies leave a connection in the order their requests arrived, although a rejected frame is
 * answered as soon as it is quarantined while an earlier data packet may still be committing:
 * each frame reserves a slot on arrival, and filled slots are written only once all earlier
 * slots are filled (null = nothing to send).
 */
export class OrderedReplies {
  private readonly slots: (string | null | undefined)[] = [];
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
    return this.slots.length;
  }

  private drain(): void {
    let out = '';
    let n = 0;
    while (n < this.slots.length && this.slots[n] !== undefined) {
      out += this.slots[n] ?? '';
      n++;
    }
    if (n === 0) return;
    this.slots.splice(0, n);
    this.head += n;
    if (out) this.write(out);
  }
}
