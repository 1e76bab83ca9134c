import { formatCrc, parseCrcField } from './crc';
import type { Hj212Error } from './errors';
import { asciiSyntaxBytes, checkHeader, parseCp, parseHeader, releaseSegment } from './field-parser';
import type { SegmentText } from './field-parser';
import { CONTROL_BYTE, NON_ASCII_BYTE, SegmentScan, markSyntax, scanSegment } from './segment-scan';
import type { DecodeOptions, DecodedFrame, FactorFields } from './types';

/** HJ 212-2017 表2: the data segment holds at most 1024 characters. */
export const MAX_DATA_SEGMENT_BYTES = 1024;

/** `##` + 4-digit length + CRC(4) + CRLF around the data segment. */
const FRAME_OVERHEAD = 12;

/** The one scan of the data segment, reused by every call (decoding is synchronous). */
const scan = new SegmentScan();

/** Shared rather than a fresh `{}` per call: decodeFrame only reads it. */
const DEFAULT_OPTIONS: DecodeOptions = Object.freeze({});

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function emptyFrame(crcMode: DecodedFrame['crcMode']): DecodedFrame {
  return {
    ok: false,
    error: null,
    crcMode,
    declaredLength: null,
    dataLength: null,
    crc: { declared: null, computed: null, ok: false },
    header: [],
    qn: null,
    st: null,
    cn: null,
    pw: null,
    mn: null,
    flag: null,
    pnum: null,
    pno: null,
    cpRaw: null,
    cp: [],
    factors: emptyFactors(),
    quirks: [],
  };
}

/**
 * A map without prototype, so a code like `__proto__` is plain data. Made by setPrototypeOf
 * rather than Object.create(null): V8 keeps such an object in fast mode (properties on a shared
 * hidden class) where Object.create(null) starts a dictionary, about twice as slow to fill.
 */
function emptyFactors(): Record<string, FactorFields> {
  return Object.setPrototypeOf({}, null) as Record<string, FactorFields>;
}

function reject(frame: DecodedFrame, code: Hj212Error['code'], message: string): DecodedFrame {
  frame.error = { code, message };
  return frame;
}

function asBuffer(raw: Uint8Array): Buffer {
  return Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

/** Reads the 4-digit decimal length at raw[2..6); -1 when any of them is not a digit. */
function readLength(raw: Uint8Array): number {
  let value = 0;
  for (let i = 2; i < 6; i++) {
    const d = (raw[i] ?? 0) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** True when none of the 4 CRC characters at raw[at..] is a lower-case letter. */
function isUpperCaseField(raw: Uint8Array, at: number): boolean {
  return (
    (raw[at] as number) < 0x60 &&
    (raw[at + 1] as number) < 0x60 &&
    (raw[at + 2] as number) < 0x60 &&
    (raw[at + 3] as number) < 0x60
  );
}

/**
 * Decodes one frame `##dddd<data>CRCC\r\n` (HJ 212-2017 表2, CRC per Appendix A or the
 * device's CRC mode). The length is checked in UTF-8 bytes. Never throws: problems come back
 * as `ok: false` with the first error found, in this order: framing, length, CRC,
 * characters, CP, header fields, size (strict).
 */
export function decodeFrame(raw: Uint8Array, options: DecodeOptions = DEFAULT_OPTIONS): DecodedFrame {
  const crcMode = options.crcMode ?? 'hj212';
  const strict = options.strict ?? false;
  const frame = emptyFrame(crcMode);
  const size = raw.length;
  if (size < 2 || raw[0] !== 0x23 || raw[1] !== 0x23)
    return reject(frame, 'HJ212_NO_HEADER', 'frame does not start with "##"');
  if (size < 4 || raw[size - 2] !== 0x0d || raw[size - 1] !== 0x0a)
    return reject(frame, 'HJ212_NO_TAIL', 'frame does not end with CRLF');
  const declared = readLength(raw);
  if (declared >= 0) frame.declaredLength = declared;
  if (size < FRAME_OVERHEAD) return reject(frame, 'HJ212_BAD_LENGTH', `frame of ${size} bytes is too short`);
  if (declared < 0) return reject(frame, 'HJ212_BAD_LENGTH', 'length field is not 4 decimal digits');

  const dataEnd = size - 6;
  frame.dataLength = dataEnd - 6;
  const declaredCrc = parseCrcField(raw, dataEnd);
  const buffer = asBuffer(raw);
  scanSegment(crcMode, buffer, 6, dataEnd, scan);
  const computed = scan.crc;
  frame.crc.computed = formatCrc(computed);
  frame.crc.ok = declaredCrc === computed;
  // A matching upper-case field reads the same as the computed text: skip decoding it again.
  frame.crc.declared =
    frame.crc.ok && isUpperCaseField(raw, dataEnd)
      ? frame.crc.computed
      : buffer.toString('latin1', dataEnd, dataEnd + 4);

  let error: Hj212Error | null = null;
  if (declaredCrc < 0)
    error = { code: 'HJ212_BAD_CRC', message: `CRC field "${frame.crc.declared}" is not 4 hex digits` };
  else if (declared !== frame.dataLength) {
    error = {
      code: 'HJ212_LENGTH_MISMATCH',
      message: `declared length ${declared}, data segment has ${frame.dataLength} bytes`,
    };
  } else if (!frame.crc.ok) {
    error = {
      code: 'HJ212_CRC_MISMATCH',
      message: `CRC ${frame.crc.declared} declared, ${frame.crc.computed} computed (${crcMode})`,
    };
  }

  if (scan.classes & CONTROL_BYTE)
    return reject(frame, error?.code ?? 'HJ212_BAD_CHAR', error?.message ?? 'data segment holds a control byte');
  const segment = segmentText(buffer, dataEnd, (scan.classes & NON_ASCII_BYTE) !== 0);
  if (segment === null)
    return reject(frame, error?.code ?? 'HJ212_BAD_CHAR', error?.message ?? 'data segment is not valid UTF-8');
  // Parse even after a length or CRC error: a quarantined frame still names its device (MN).
  const parseError = parseDataSegment(segment, strict, frame);
  releaseSegment();
  error ??= parseError;
  if (!error && strict && frame.dataLength > MAX_DATA_SEGMENT_BYTES) {
    error = {
      code: 'HJ212_DATA_TOO_LONG',
      message: `data segment of ${frame.dataLength} bytes exceeds ${MAX_DATA_SEGMENT_BYTES}`,
    };
  }
  frame.error = error;
  frame.ok = error === null;
  return frame;
}

/**
 * The data segment raw[6, dataEnd) as text, with the bytes and syntax marks the parsers read;
 * null when it is not valid UTF-8. ASCII (the usual case) reads as latin1, and the frame's own
 * bytes and the marks of the scan line up with the text.
 */
function segmentText(raw: Buffer, dataEnd: number, nonAscii: boolean): SegmentText | null {
  if (!nonAscii) {
    return {
      text: raw.toString('latin1', 6, dataEnd),
      bytes: raw,
      base: 6,
      ascii: true,
      marks: scan.marks,
      markWords: scan.words,
    };
  }
  let text: string;
  try {
    text = utf8Strict.decode(raw.subarray(6, dataEnd));
  } catch {
    return null;
  }
  // Byte offsets are not character offsets any more: mark the syntax again, by character.
  const bytes = asciiSyntaxBytes(text);
  markSyntax(bytes, 0, bytes.length, scan);
  return { text, bytes, base: 0, ascii: false, marks: scan.marks, markWords: scan.words };
}

/** Splits `header;CP=&&body&&` and parses both parts into the frame. */
function parseDataSegment(segment: SegmentText, strict: boolean, frame: DecodedFrame): Hj212Error | null {
  const text = segment.text;
  const cpAt = text.indexOf('CP=&&');
  if (cpAt < 0) {
    parseHeader(segment, text.length, strict, frame);
    return { code: 'HJ212_BAD_CP', message: 'data segment has no "CP=&&"' };
  }
  const headerError = parseHeader(segment, cpAt, strict, frame);
  const bodyStart = cpAt + 5;
  const bodyEnd = text.length - 2;
  if (bodyEnd < bodyStart || text.charCodeAt(bodyEnd) !== 38 || text.charCodeAt(bodyEnd + 1) !== 38) {
    return { code: 'HJ212_BAD_CP', message: 'data segment does not end with the closing "&&" of CP' };
  }
  const body = text.slice(bodyStart, bodyEnd);
  frame.cpRaw = body;
  if (body.includes('&&')) return { code: 'HJ212_BAD_CP', message: 'CP holds "&&" inside its data area' };
  return parseCp(segment, bodyStart, bodyEnd, strict, frame) ?? headerError ?? checkHeader(frame, strict);
}
