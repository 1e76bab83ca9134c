import { HJ212_CRC_TABLES, computeFrameCrc } from './crc';
import type { CrcMode } from './crc';

/*
 * One pass over a frame's data segment that does everything needing every byte: the CRC, the
 * character check, and finding the syntax (`; , = -`) for the field parser. Reading each byte
 * once is what makes decoding cheap: a byte loop costs about as much as the work inside it.
 */

/** Byte classes, as bit flags. */
export const CONTROL_BYTE = 1;
/** Needs a UTF-8 check (and the text is not latin1). */
export const NON_ASCII_BYTE = 2;
/** `;` `,` `=` `-`: positions the field parser reads (see SegmentScan.marks). */
const SYNTAX_BYTE = 4;

const BYTE_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let b = 0; b < 0x20; b++) table[b] = CONTROL_BYTE;
  table[0x7f] = CONTROL_BYTE;
  for (let b = 0x80; b < 0x100; b++) table[b] = NON_ASCII_BYTE;
  for (const c of ';,=-') table[c.charCodeAt(0)] = SYNTAX_BYTE;
  return table;
})();

/*
 * The 8-byte step of scanSegment needs, besides the CRC, the class of every byte. For bytes 1-7
 * of a step (the "lanes" not mixed with the register) one table gives both: entry b of the table
 * of lane j is the CRC slice table entry (bits 0-15), the syntax flag (bit 16 + j) and whether b
 * is a control or non-ASCII byte (bit 24 + j). Each lane has its own bits, so XOR-ing the seven
 * entries, as the CRC does anyway, keeps them apart: one table load per byte instead of two.
 */
const LANE_SYNTAX_BIT = 16;
const LANE_SPECIAL_BIT = 24;

function laneTable(lane: number): Uint32Array {
  const crcTable = HJ212_CRC_TABLES[7 - lane] as Uint16Array;
  const table = new Uint32Array(256);
  for (let b = 0; b < 256; b++) {
    const k = BYTE_CLASS[b] as number;
    const syntax = (k & SYNTAX_BYTE) === 0 ? 0 : 1;
    const special = (k & (CONTROL_BYTE | NON_ASCII_BYTE)) === 0 ? 0 : 1;
    table[b] = (crcTable[b] as number) | (syntax << (LANE_SYNTAX_BIT + lane)) | (special << (LANE_SPECIAL_BIT + lane));
  }
  return table;
}

const L1 = laneTable(1);
const L2 = laneTable(2);
const L3 = laneTable(3);
const L4 = laneTable(4);
const L5 = laneTable(5);
const L6 = laneTable(6);
const L7 = laneTable(7);
const T0 = HJ212_CRC_TABLES[0] as Uint16Array;
const T7 = HJ212_CRC_TABLES[7] as Uint16Array;

/**
 * What scanSegment found. Decoding is synchronous and reuses one instance, so the marks
 * array is allocated once (and grown for an unusually long segment), not per frame.
 */
export class SegmentScan {
  /** the CRC as the device's mode writes it */
  crc = 0;
  /** OR of the byte classes (CONTROL_BYTE, NON_ASCII_BYTE) */
  classes = 0;
  /** bit set of the syntax bytes: bit (i & 31) of marks[i >>> 5] for the segment's byte i */
  marks = new Int32Array(64);
  /** words of marks in use */
  words = 0;

  /** Makes room for the marks of a segment of `length` bytes. */
  reserve(length: number): Int32Array {
    this.words = (length + 31) >>> 5;
    if (this.marks.length < this.words) this.marks = new Int32Array(this.words);
    return this.marks;
  }
}

/**
 * Scans bytes[start, end): CRC in `mode`, byte classes, and the positions of syntax bytes as
 * bits (counted from `start`). Recording a position is a shift and an OR, not a branch: the
 * separators come at unpredictable places and would cost a mispredicted jump each.
 */
export function scanSegment(mode: CrcMode, bytes: Uint8Array, start: number, end: number, out: SegmentScan): void {
  if (mode !== 'hj212') {
    out.crc = computeFrameCrc(mode, bytes, start, end);
    markSyntax(bytes, start, end, out);
    return;
  }
  const marks = out.reserve(end - start);
  let reg = 0xffff;
  let classes = 0;
  let special = 0;
  let word = 0;
  let i = start;
  // Eight bytes per step (see HJ212_CRC_TABLES and the lane tables); byte 0 is classified on its own.
  for (; i + 8 <= end; i += 8) {
    const b0 = bytes[i] as number;
    const k0 = BYTE_CLASS[b0] as number;
    const x =
      (T7[(reg >>> 8) ^ b0] as number) ^
      (L1[bytes[i + 1] as number] as number) ^
      (L2[bytes[i + 2] as number] as number) ^
      (L3[bytes[i + 3] as number] as number) ^
      (L4[bytes[i + 4] as number] as number) ^
      (L5[bytes[i + 5] as number] as number) ^
      (L6[bytes[i + 6] as number] as number) ^
      (L7[bytes[i + 7] as number] as number);
    reg = x & 0xffff;
    classes |= k0;
    special |= x;
    const bit = (i - start) & 31;
    word |= (((k0 & SYNTAX_BYTE) >>> 2) | ((x >>> LANE_SYNTAX_BIT) & 0xfe)) << bit;
    if (bit === 24) {
      marks[(i - start) >>> 5] = word;
      word = 0;
    }
  }
  for (; i < end; i++) {
    const b = bytes[i] as number;
    reg = T0[(reg >>> 8) ^ b] as number;
    const k = BYTE_CLASS[b] as number;
    classes |= k;
    word |= ((k & SYNTAX_BYTE) >>> 2) << ((i - start) & 31);
  }
  // The word in progress (a complete last word was stored in the loop).
  if ((end - start) & 31) marks[out.words - 1] = word;
  // A lane saw a control or non-ASCII byte (rare): which kind, the frame decoder must know.
  if (special >>> LANE_SPECIAL_BIT) classes |= classesOf(bytes, start, end);
  out.crc = reg;
  out.classes = classes & (CONTROL_BYTE | NON_ASCII_BYTE);
}

function classesOf(bytes: Uint8Array, start: number, end: number): number {
  let classes = 0;
  for (let i = start; i < end; i++) classes |= BYTE_CLASS[bytes[i] as number] as number;
  return classes;
}

/** The classes and syntax bits of bytes[start, end), without a CRC. */
export function markSyntax(bytes: Uint8Array, start: number, end: number, out: SegmentScan): void {
  const marks = out.reserve(end - start);
  let classes = 0;
  let word = 0;
  for (let i = start; i < end; i++) {
    const k = BYTE_CLASS[bytes[i] as number] as number;
    classes |= k;
    word |= ((k & SYNTAX_BYTE) >>> 2) << ((i - start) & 31);
    if (((i - start) & 31) === 31) {
      marks[(i - start) >>> 5] = word;
      word = 0;
    }
  }
  if ((end - start) & 31) marks[out.words - 1] = word;
  out.classes = classes & (CONTROL_BYTE | NON_ASCII_BYTE);
}
