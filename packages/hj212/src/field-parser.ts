import type { Hj212Error } from './errors';
import type { DecodedFrame, FactorFields } from './types';

/*
 * This is the hot path of ingestion (every frame of every logger), hence the hand-written code.
 * The parsers do not read the text character by character: the decoder's single pass over the
 * bytes (segment-scan) already listed where the syntax bytes `; , = -` are, so an item costs a
 * few steps through that list. Out of the text they slice only the strings the frame keeps:
 * values, and names not seen recently (see nameAt).
 */

/**
 * The decoded data segment and where its syntax is. Character i of `text` is `bytes[base + i]`
 * for every ASCII character: for an ASCII frame, bytes is the frame itself (base 6, `ascii`
 * true: bytes and text are the same characters); for text with non-ASCII characters it is
 * asciiSyntaxBytes(text), where all non-ASCII characters look alike.
 */
export interface SegmentText {
  text: string;
  bytes: Uint8Array;
  base: number;
  ascii: boolean;
  /** where the text has `;` `,` `=` `-`: bit (i & 31) of marks[i >>> 5] for text index i */
  marks: Int32Array;
  /** words of marks in use */
  markWords: number;
}

/** One byte per UTF-16 unit of text, ASCII kept and anything else 0x80, so indexes line up. */
export function asciiSyntaxBytes(text: string): Uint8Array {
  // A Buffer like the ASCII case's frame bytes, so the loops reading them see one array type.
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i] = c < 0x80 ? c : 0x80;
  }
  return bytes;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const DASH = 0x2d;

/** Header keys of HJ 212-2017 表3, spelled as the standard spells them. */
const HEADER_KEYS = ['QN', 'ST', 'CN', 'PW', 'MN', 'Flag', 'PNUM', 'PNO'] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];

const UPPER_HEADER_KEYS = new Map<string, HeaderKey>(HEADER_KEYS.map((k) => [k.toUpperCase(), k]));

/** The common field names (HJ 212-2017 表4) and CP parameters (表5, 表6). */
const COMMON_NAMES = [
  'Rtd',
  'Avg',
  'Min',
  'Max',
  'Cou',
  'Flag',
  'EFlag',
  'ZsRtd',
  'ZsAvg',
  'ZsMin',
  'ZsMax',
  'SampleTime',
  'DataTime',
  'QnRtn',
  'ExeRtn',
  'RtdInterval',
  'MinInterval',
  'SystemTime',
  'PolId',
  'BeginTime',
  'EndTime',
];

const fail = (code: Hj212Error['code'], message: string): Hj212Error => ({ code, message });

/** Parses a short unsigned decimal string; -1 when empty, too long or not all digits. */
function parseSmallUint(text: string, maxDigits: number): number {
  if (text.length === 0 || text.length > maxDigits) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function isDigits(text: string, length: number): boolean {
  return text.length === length && parseSmallUint(text, length) >= 0;
}

/*
 * Names (header keys, factor codes, field names, CP parameters) of up to 12 ASCII bytes, by
 * their bytes packed into three 32-bit words. Loggers send the same few names in every frame;
 * handing out the string already used as a property key skips both the slice and V8's interning
 * of a fresh key on every store, and comparing three words is cheaper than comparing strings.
 * A fixed number of slots, each holding the last name that landed there, so memory stays
 * bounded whatever devices send. The standard's names are there from the start.
 */
const NAME_SLOTS = 2048;
const MAX_CACHED_NAME = 12;
const names: string[] = new Array<string>(NAME_SLOTS).fill('');
/**
 * The key of each slot, side by side so that a lookup reads one cache line: at 4 * slot the
 * length (-1 while empty), then the three packed words.
 */
const keys = new Int32Array(NAME_SLOTS * 4).fill(-1);

/** The 4 bytes at bytes[at] little-endian, only the first `count` (1 or more) of them. */
function packedWord(bytes: ArrayLike<number>, at: number, count: number): number {
  const word =
    (bytes[at] as number) |
    ((bytes[at + 1] as number) << 8) |
    ((bytes[at + 2] as number) << 16) |
    ((bytes[at + 3] as number) << 24);
  return count >= 4 ? word : word & ((1 << (count * 8)) - 1);
}

function slotOf(length: number, w0: number, w1: number, w2: number): number {
  const hash = Math.imul(Math.imul(w0 ^ length, 0x9e3779b1) ^ w1, 0x85ebca6b) ^ w2;
  return (Math.imul(hash, 0xc2b2ae35) >>> 21) & (NAME_SLOTS - 1);
}

/** A name of 1 to 12 bytes at bytes[at] as three words (the unused ones 0). */
function packName(bytes: ArrayLike<number>, at: number, length: number): [number, number, number] {
  return [
    packedWord(bytes, at, length),
    length > 4 ? packedWord(bytes, at + 4, length - 4) : 0,
    length > 8 ? packedWord(bytes, at + 8, length - 8) : 0,
  ];
}

function storeName(slot: number, name: string, w0: number, w1: number, w2: number): void {
  names[slot] = name;
  keys[slot * 4] = name.length;
  keys[slot * 4 + 1] = w0;
  keys[slot * 4 + 2] = w1;
  keys[slot * 4 + 3] = w2;
}

for (const name of [...HEADER_KEYS, ...COMMON_NAMES]) {
  // Padded so the packing below can read 12 bytes, as it does inside a frame.
  const bytes = Buffer.from(name.padEnd(MAX_CACHED_NAME, '\0'), 'latin1');
  const [w0, w1, w2] = packName(bytes, 0, name.length);
  storeName(slotOf(name.length, w0, w1, w2), name, w0, w1, w2);
}

/** True when text[from, from + length) equals text[other, other + length). */
function sameText(segment: SegmentText, from: number, other: number, length: number): boolean {
  const { text, bytes, base } = segment;
  if (segment.ascii) {
    for (let i = 0; i < length; i++) if (bytes[base + from + i] !== bytes[base + other + i]) return false;
  } else {
    for (let i = 0; i < length; i++) if (text.charCodeAt(from + i) !== text.charCodeAt(other + i)) return false;
  }
  return true;
}

/** text[from, to) as a string: the cached copy when there is one. */
function nameAt(segment: SegmentText, from: number, to: number): string {
  const { bytes, base } = segment;
  const length = to - from;
  const at = base + from;
  // Non-ASCII bytes all read 0x80 in the syntax bytes, so only ASCII text can be matched on bytes;
  // packing reads 12 bytes, which a name in a frame has unless it ends right at the frame's end.
  if (length < 1 || length > MAX_CACHED_NAME || !segment.ascii || at + MAX_CACHED_NAME > bytes.length)
    return segment.text.slice(from, to);
  // packName, without its array.
  const w0 = packedWord(bytes, at, length);
  const w1 = length > 4 ? packedWord(bytes, at + 4, length - 4) : 0;
  const w2 = length > 8 ? packedWord(bytes, at + 8, length - 8) : 0;
  const slot = slotOf(length, w0, w1, w2);
  const k = slot * 4;
  if (keys[k] === length && keys[k + 1] === w0 && keys[k + 2] === w1 && keys[k + 3] === w2)
    return names[slot] as string;
  const name = segment.text.slice(from, to);
  storeName(slot, name, w0, w1, w2);
  return name;
}

/*
 * The standard's short names (header keys, the usual field names) are most of the names in a
 * frame. Packed into one word (1 to 4 bytes, unused bytes 0) they are recognised by a switch on
 * constants, without a table lookup.
 */
const wordOf = (name: string): number => packedWord(Buffer.from(name.padEnd(4, '\0'), 'latin1'), 0, name.length);
const W_QN = wordOf('QN');
const W_ST = wordOf('ST');
const W_CN = wordOf('CN');
const W_PW = wordOf('PW');
const W_MN = wordOf('MN');
const W_FLAG = wordOf('Flag');
const W_PNUM = wordOf('PNUM');
const W_PNO = wordOf('PNO');
const W_RTD = wordOf('Rtd');
const W_AVG = wordOf('Avg');
const W_MIN = wordOf('Min');
const W_MAX = wordOf('Max');
const W_COU = wordOf('Cou');

/** text[from, to) packed into a word, when it is 1 to 4 ASCII bytes readable in place; else 0. */
function shortWord(segment: SegmentText, from: number, to: number): number {
  const length = to - from;
  const at = segment.base + from;
  if (length < 1 || length > 4 || !segment.ascii || at + 4 > segment.bytes.length) return 0;
  return packedWord(segment.bytes, at, length);
}

/** The standard header key packed in word, or null. */
function standardHeaderKey(word: number): HeaderKey | null {
  switch (word) {
    case W_QN:
      return 'QN';
    case W_ST:
      return 'ST';
    case W_CN:
      return 'CN';
    case W_PW:
      return 'PW';
    case W_MN:
      return 'MN';
    case W_FLAG:
      return 'Flag';
    case W_PNUM:
      return 'PNUM';
    case W_PNO:
      return 'PNO';
  }
  return null;
}

/** The usual field name packed in word, or null. */
function commonField(word: number): string | null {
  switch (word) {
    case W_RTD:
      return 'Rtd';
    case W_FLAG:
      return 'Flag';
    case W_AVG:
      return 'Avg';
    case W_MIN:
      return 'Min';
    case W_MAX:
      return 'Max';
    case W_COU:
      return 'Cou';
  }
  return null;
}

/**
 * Lenient key matching: real loggers send `FLAG=` or `,MN=` (see the corpus); strict mode
 * only knows the standard's spelling.
 */
function resolveHeaderKey(key: string, strict: boolean, quirks: string[]): HeaderKey | null {
  switch (key) {
    case 'QN':
    case 'ST':
    case 'CN':
    case 'PW':
    case 'MN':
    case 'Flag':
    case 'PNUM':
    case 'PNO':
      return key;
  }
  if (strict) return null;
  const normal = UPPER_HEADER_KEYS.get(key.replace(/^[\s,]+|\s+$/g, '').toUpperCase()) ?? null;
  if (normal) quirks.push(`header key "${key}" read as ${normal}`);
  return normal;
}

function setHeaderField(frame: DecodedFrame, key: HeaderKey, value: string): Hj212Error | null {
  switch (key) {
    case 'QN':
      frame.qn = value;
      return null;
    case 'ST':
      frame.st = value;
      return null;
    case 'CN':
      frame.cn = value;
      return null;
    case 'PW':
      frame.pw = value;
      return null;
    case 'MN':
      frame.mn = value;
      return null;
    case 'Flag': {
      const n = parseSmallUint(value, 3);
      if (n < 0 || n > 255) return fail('HJ212_BAD_FIELD', `Flag "${value}" is not an integer 0-255`);
      frame.flag = { raw: value, value: n, version: n >>> 2, ack: (n & 1) === 1, split: (n & 2) === 2 };
      return null;
    }
    case 'PNUM':
    case 'PNO': {
      const n = parseSmallUint(value, 4);
      if (n < 0) return fail('HJ212_BAD_FIELD', `${key} "${value}" is not an integer`);
      if (key === 'PNUM') frame.pnum = n;
      else frame.pno = n;
      return null;
    }
  }
}

/**
 * fields[name] = value. The common names are written as named stores: each site then sees a
 * handful of object shapes and stays fast, where one keyed store for every name goes megamorphic.
 */
function setField(fields: FactorFields, name: string, value: string): void {
  switch (name) {
    case 'Rtd':
      fields.Rtd = value;
      return;
    case 'Avg':
      fields.Avg = value;
      return;
    case 'Min':
      fields.Min = value;
      return;
    case 'Max':
      fields.Max = value;
      return;
    case 'Cou':
      fields.Cou = value;
      return;
    case 'Flag':
      fields.Flag = value;
      return;
    default:
      fields[name] = value;
  }
}

const NO_BYTES: Uint8Array = Buffer.alloc(0);

/**
 * Walks the syntax marks of a segment: `next()` gives the text index (`at`) and byte of the
 * next mark before `end`, then `end` and ';' once they run out, as if a ';' closed the text.
 * One instance is reused, which measures faster than one per parse: decoding is synchronous.
 */
class MarkCursor {
  private marks: Int32Array = new Int32Array(0);
  private words = 0;
  private bytes: Uint8Array = NO_BYTES;
  private base = 0;
  private end = 0;
  /** index of the current word, and its bits not read yet */
  private w = 0;
  private bits = 0;
  /** text index of the mark read by next() */
  at = 0;

  /** Starts at the first mark at or after text index `from`, stopping at text index `end`. */
  reset(segment: SegmentText, from: number, end: number): void {
    this.marks = segment.marks;
    this.words = segment.markWords;
    this.bytes = segment.bytes;
    this.base = segment.base;
    this.end = end;
    this.w = from >>> 5;
    this.bits = this.w < this.words ? (segment.marks[this.w] as number) & (-1 << (from & 31)) : 0;
  }

  /** Lets go of the segment's bytes (a frame the caller may want collected). */
  release(): void {
    this.bytes = NO_BYTES;
  }

  /** Moves to the next mark and returns its byte (sets `at`), or ';' at `end`. */
  next(): number {
    let bits = this.bits;
    while (bits === 0) {
      if (++this.w >= this.words) {
        this.at = this.end;
        return SEMICOLON;
      }
      bits = this.marks[this.w] as number;
    }
    // The lowest bit set: x & -x isolates it, clz32 numbers it.
    const at = (this.w << 5) + 31 - Math.clz32(bits & -bits);
    if (at >= this.end) {
      this.bits = bits;
      this.at = this.end;
      return SEMICOLON;
    }
    this.bits = bits & (bits - 1);
    this.at = at;
    return this.bytes[this.base + at] as number;
  }
}

const cursor = new MarkCursor();

/** Call when done parsing a segment, so that the parser keeps no reference to its frame. */
export function releaseSegment(): void {
  cursor.release();
}

/** Parses the `;`-separated header fields in text[0, end) (the part in front of `CP=&&`) into the frame. */
export function parseHeader(
  segment: SegmentText,
  end: number,
  strict: boolean,
  frame: DecodedFrame,
): Hj212Error | null {
  const text = segment.text;
  let error: Hj212Error | null = null;
  cursor.reset(segment, 0, end);
  for (let start = 0; start < end;) {
    // The key runs to the first '=' or ';', the value to the next ';'; ',' and '-' do not count.
    let c = cursor.next();
    while (c === COMMA || c === DASH) c = cursor.next();
    const eq = c === EQUALS ? cursor.at : -1;
    while (c !== SEMICOLON) c = cursor.next();
    const stop = cursor.at;
    if (stop > start) {
      if (eq < 0) {
        if (strict) error ??= fail('HJ212_BAD_FIELD', `header item "${text.slice(start, stop)}" has no "="`);
        else frame.quirks.push(`header item "${text.slice(start, stop)}" without "=" ignored`);
      } else {
        const standard = standardHeaderKey(shortWord(segment, start, eq));
        const key = standard ?? nameAt(segment, start, eq);
        const value = text.slice(eq + 1, stop);
        frame.header.push([key, value]);
        const known = standard ?? resolveHeaderKey(key, strict, frame.quirks);
        // After the first error later fields are still listed in `header` but not applied.
        if (known) error ??= setHeaderField(frame, known, value);
        else frame.quirks.push(`unknown header key "${key}"`);
      }
    }
    start = stop + 1;
  }
  return error;
}

/** Checks required header fields; ST, CN, MN always, the rest in strict mode. */
export function checkHeader(frame: DecodedFrame, strict: boolean): Hj212Error | null {
  if (!frame.st) return fail('HJ212_MISSING_FIELD', 'ST is missing');
  if (!frame.cn) return fail('HJ212_MISSING_FIELD', 'CN is missing');
  if (!frame.mn) return fail('HJ212_MISSING_FIELD', 'MN is missing');
  const split = frame.flag?.split ?? false;
  if (split && (frame.pnum === null || frame.pno === null)) {
    if (strict) return fail('HJ212_BAD_FIELD', 'Flag bit D is set but PNUM/PNO is missing');
    frame.quirks.push('Flag bit D set without PNUM/PNO');
  }
  if (!strict) return null;
  // HJ/T 212-2005 frames (no Flag, or version bits 0) may omit QN (HJ 212-2017 foreword).
  if (frame.qn === null && frame.flag !== null && frame.flag.version >= 1) {
    return fail('HJ212_MISSING_FIELD', 'QN is missing');
  }
  if (frame.qn !== null && !isDigits(frame.qn, 17))
    return fail('HJ212_BAD_FIELD', `QN "${frame.qn}" is not YYYYMMDDhhmmsszzz`);
  if (!isDigits(frame.cn ?? '', 4)) return fail('HJ212_BAD_FIELD', `CN "${frame.cn}" is not 4 digits`);
  return null;
}

/**
 * Parses the CP data area text[from, to) (between `CP=&&` and the closing `&&`): items
 * `key=value`, separated by `,` (same item) or `;` (next item); keys with `-` are factor fields
 * split at the first `-`, the others are parameters. The end closes the last item like a `;`.
 * Offsets in messages count from the start of the CP area.
 */
export function parseCp(
  segment: SegmentText,
  from: number,
  to: number,
  strict: boolean,
  frame: DecodedFrame,
): Hj212Error | null {
  const text = segment.text;
  const factors = frame.factors;
  let lastFields: FactorFields | null = null;
  let lastCodeAt = 0;
  let lastCodeLength = 0;
  if (to === from) return null;
  cursor.reset(segment, from, to);
  for (let start = from; ;) {
    // dash: the first '-' before any '='; eq: the first '='; the item ends at ',' or ';'.
    let c = cursor.next();
    let dash = -1;
    if (c === DASH) {
      dash = cursor.at;
      do c = cursor.next();
      while (c === DASH);
    }
    let eq = -1;
    if (c === EQUALS) {
      eq = cursor.at;
      do c = cursor.next();
      while (c === EQUALS || c === DASH);
    }
    const stop = cursor.at;

    if (stop === start) {
      if (strict) return fail('HJ212_BAD_CP', `empty CP item at offset ${stop - from}`);
      frame.quirks.push('empty CP item');
    } else if (eq <= start) {
      return fail('HJ212_BAD_CP', `CP item "${text.slice(start, stop)}" is not key=value`);
    } else if (dash === start) {
      return fail('HJ212_BAD_CP', `CP item "${text.slice(start, stop)}" has no factor code`);
    } else if (dash > start) {
      const field = commonField(shortWord(segment, dash + 1, eq)) ?? nameAt(segment, dash + 1, eq);
      // A `__proto__` field would be dropped silently by a plain object: refuse it instead.
      if (field === '__proto__') return fail('HJ212_BAD_CP', 'CP field "__proto__" is not allowed');
      // Fields of one factor come together (`a21026-Avg=8,a21026-Flag=N`): reuse the previous
      // code's object instead of looking the code up again.
      if (
        lastFields === null ||
        dash - start !== lastCodeLength ||
        !sameText(segment, start, lastCodeAt, lastCodeLength)
      ) {
        const code = nameAt(segment, start, dash);
        // Plain objects for the fields keep V8's fast properties; the outer map has no prototype.
        lastFields = factors[code] ?? (factors[code] = {});
        lastCodeAt = start;
        lastCodeLength = dash - start;
      }
      setField(lastFields, field, text.slice(eq + 1, stop));
    } else {
      frame.cp.push([nameAt(segment, start, eq), text.slice(eq + 1, stop)]);
    }
    if (stop >= to) return null;
    start = stop + 1;
  }
}
