import type { JunkReason } from './errors';

/** The largest frame a 4-digit length field can describe: `##` + 4 + 9999 + CRC 4 + CRLF. */
export const DEFAULT_MAX_FRAME_BYTES = 2 + 4 + 9999 + 4 + 2;

export interface FrameEventFrame {
  kind: 'frame';
  /**
   * `##` … CRLF inclusive. The bytes belong to the caller: never a view of the buffer passed to
   * push (which may be reused) and never rewritten by the reader. It is a view into the reader's
   * copy of that push's bytes, so keeping it keeps that copy (one chunk) alive.
   */
  raw: Buffer;
  /** stream offset of the first `#` */
  offset: number;
}

export interface FrameEventJunk {
  kind: 'junk';
  /** the bytes, owned like FrameEventFrame.raw */
  raw: Buffer;
  reason: JunkReason;
  offset: number;
}

export type FrameEvent = FrameEventFrame | FrameEventJunk;

export interface FrameReaderOptions {
  /** frames longer than this (CRLF included) are dropped as junk; default 10011 */
  maxFrameBytes?: number;
}

const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;
const EMPTY = Buffer.alloc(0);
const UNKNOWN = -2;

/**
 * Cuts a byte stream into candidate frames `##` … CRLF. A frame ends at the first CRLF after
 * its `##`; a second `##` before that CRLF means the first frame was cut off (junk). Which bytes
 * are frames and which are junk depends only on the stream, never on how it was chunked; a
 * frame without its CRLF yet is held back until more bytes arrive. Frames are not validated
 * here: pass `raw` to decodeFrame.
 */
export class FrameReader {
  private readonly maxFrameBytes: number;
  private pending: Buffer = EMPTY;
  /** stream offset of pending[0] */
  private offset = 0;
  /** pending[0..] starts a frame and was searched up to this index without a decision */
  private searched = 0;
  /** dropping an oversized frame until the next `##` */
  private discarding = false;

  constructor(options: FrameReaderOptions = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(this.maxFrameBytes) || this.maxFrameBytes < 12) {
      throw new RangeError('maxFrameBytes must be an integer of at least 12');
    }
  }

  /** Feeds bytes; returns the frames and junk now complete, in stream order. */
  push(chunk: Uint8Array): FrameEvent[] {
    const input = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // One copy per push, not one per frame: the events are views into this buffer, which the
    // reader owns and never writes, while the caller may reuse its chunk.
    const buf = this.pending.length === 0 ? Buffer.from(input) : Buffer.concat([this.pending, input]);
    const events: FrameEvent[] = [];
    const rest = this.scan(buf, events);
    // The held-back tail (part of one frame) gets its own copy: an idle connection should not
    // keep a whole chunk alive for it.
    this.pending = rest < buf.length ? Buffer.from(buf.subarray(rest)) : EMPTY;
    this.offset += rest;
    return events;
  }

  /** Ends the stream: bytes still held come back as junk (HJ212_INCOMPLETE for a started frame). */
  end(): FrameEvent[] {
    const events: FrameEvent[] = [];
    if (this.pending.length > 0) {
      const reason: JunkReason = this.discarding
        ? 'HJ212_FRAME_TOO_LARGE'
        : this.pending[0] === HASH && this.pending[1] === HASH
          ? 'HJ212_INCOMPLETE'
          : 'HJ212_NO_HEADER';
      events.push({ kind: 'junk', raw: this.pending, reason, offset: this.offset });
    }
    this.offset += this.pending.length;
    this.pending = EMPTY;
    this.searched = 0;
    this.discarding = false;
    return events;
  }

  /** Classifies buf from the start; returns the index of the first byte still undecided. */
  private scan(buf: Buffer, events: FrameEvent[]): number {
    let pos = 0;
    const size = buf.length;
    const max = this.maxFrameBytes;
    /** the first `##` at or after pos when already known (-1: none), else UNKNOWN */
    let nextHeader = UNKNOWN;
    for (;;) {
      if (this.discarding) {
        const q = indexOfPair(buf, HASH, HASH, pos);
        const stop = q >= 0 ? q : Math.max(pos, buf[size - 1] === HASH ? size - 1 : size);
        if (stop > pos) this.junk(events, buf, pos, stop, 'HJ212_FRAME_TOO_LARGE');
        pos = stop;
        if (q < 0) return pos;
        this.discarding = false;
        nextHeader = q;
      }
      const p = nextHeader !== UNKNOWN ? nextHeader : indexOfPair(buf, HASH, HASH, pos);
      if (p < 0) {
        // A lone trailing '#' may be the first half of the next header.
        const stop = Math.max(pos, buf[size - 1] === HASH ? size - 1 : size);
        if (stop > pos) this.junk(events, buf, pos, stop, 'HJ212_NO_HEADER');
        return stop;
      }
      if (p > pos) this.junk(events, buf, pos, p, 'HJ212_NO_HEADER');
      const from = p + Math.max(this.searched - 1, 1);
      const q = indexOfPair(buf, HASH, HASH, from);
      const e = indexOfPair(buf, CR, LF, Math.max(from, p + 2));
      this.searched = 0;
      if (q >= 0 && (e < 0 || q < e) && q - p <= max) {
        this.junk(events, buf, p, q, 'HJ212_TRUNCATED');
        pos = q;
        nextHeader = q;
      } else if (e >= 0 && (q < 0 || e < q) && e + 2 - p <= max) {
        events.push({ kind: 'frame', raw: buf.subarray(p, e + 2), offset: this.offset + p });
        pos = e + 2;
        // q is the first `##` after p and lies past the CRLF, so it is also the first from pos.
        nextHeader = q;
      } else if (q >= 0 || e >= 0 || size - p > max + 1) {
        this.junk(events, buf, p, p + max, 'HJ212_FRAME_TOO_LARGE');
        this.discarding = true;
        pos = p + max;
        nextHeader = UNKNOWN;
      } else {
        this.searched = size - p;
        return p;
      }
    }
  }

  private junk(events: FrameEvent[], buf: Buffer, from: number, to: number, reason: JunkReason): void {
    events.push({ kind: 'junk', raw: buf.subarray(from, to), reason, offset: this.offset + from });
  }
}

/**
 * buf.indexOf of the two bytes `first second`, from `from`. Searching for the first byte as a
 * number takes Node's memchr path, several times cheaper per call than a Buffer needle. When
 * `from` itself holds the first byte (the second `#` of a frame's own header, where the search
 * for the next header starts) a look at that byte replaces the call.
 */
function indexOfPair(buf: Buffer, first: number, second: number, from: number): number {
  for (let at = buf[from] === first ? from : buf.indexOf(first, from); at >= 0; at = buf.indexOf(first, at + 1)) {
    if (buf[at + 1] === second) return at;
  }
  return -1;
}

/** Counts CRLF pairs in buf: the floor any framer pays, for the benchmark baseline. */
export function scanFrameEnds(buf: Uint8Array): number {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let count = 0;
  // The reader's own CRLF search, so the baseline is the framer's floor and not a slower search.
  for (let at = indexOfPair(b, CR, LF, 0); at >= 0; at = indexOfPair(b, CR, LF, at + 2)) count++;
  return count;
}
