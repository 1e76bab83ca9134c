import { computeFrameCrc, formatCrc, parseCrcField } from './crc';
import type { Hj212Error } from './errors';
import { checkHeader, parseCp, parseHeader } from './field-parser';
import type { DecodeOptions, DecodedFrame, FactorFields } from './types';

/** HJ 212-2017 表2: the data segment holds at most 1024 characters. */
export const MAX_DATA_SEGMENT_BYTES = 1024;

/** `##` + 4-digit length + CRC(4) + CRLF around the data segment. */
const FRAME_OVERHEAD = 12;

/** Byte classes: 1 = control byte (not allowed in a data segment), 2 = non-ASCII (needs a UTF-8 check). */
const BYTE_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let b = 0; b < 0x20; b++) table[b] = 1;
  table[0x7f] = 1;
  for (let b = 0x80; b < 0x100; b++) table[b] = 2;
  return table;
})();

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function emptyFrame(crcMode: DecodedFrame['crcMode']): DecodedFrame {
  return {
    ok: false, error: null, crcMode, declaredLength: null, dataLength: null,
    crc: { declared: null, computed: null, ok: false },
    header: [], qn: null, st: null, cn: null, pw: null, mn: null, flag: null, pnum: null, pno: null,
    cpRaw: null, cp: [], factors: Object.create(null) as Record<string, FactorFields>, quirks: [],
  };
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

/**
 * Decodes one frame `##dddd<data>CRCC\r\n` (HJ 212-2017 表2, CRC per Appendix A or the
 * device's CRC mode). The length is checked in UTF-8 bytes. Never throws: problems come back
 * as `ok: false` with the first error found, in this order: framing, length, CRC,
 * characters, CP, header fields, size (strict).
 */
export function decodeFrame(raw: Uint8Array, options: DecodeOptions = {}): DecodedFrame {
  const crcMode = options.crcMode ?? 'hj212';
  const strict = options.strict ?? false;
  const frame = emptyFrame(crcMode);
  const size = raw.length;
  if (size < 2 || raw[0] !== 0x23 || raw[1] !== 0x23) return reject(frame, 'HJ212_NO_HEADER', 'frame does not start with "##"');
  if (size < 4 || raw[size - 2] !== 0x0d || raw[size - 1] !== 0x0a) return reject(frame, 'HJ212_NO_TAIL', 'frame does not end with CRLF');
  const declared = readLength(raw);
  if (declared >= 0) frame.declaredLength = declared;
  if (size < FRAME_OVERHEAD) return reject(frame, 'HJ212_BAD_LENGTH', `frame of ${size} bytes is too short`);
  if (declared < 0) return reject(frame, 'HJ212_BAD_LENGTH', 'length field is not 4 decimal digits');

  const dataEnd = size - 6;
  frame.dataLength = dataEnd - 6;
  const declaredCrc = parseCrcField(raw, dataEnd);
  frame.crc.declared = asBuffer(raw).toString('latin1', dataEnd, dataEnd + 4);
  const computed = computeFrameCrc(crcMode, raw, 6, dataEnd);
  frame.crc.computed = formatCrc(computed);
  frame.crc.ok = declaredCrc === computed;

  let error: Hj212Error | null = null;
  if (declaredCrc < 0) error = { code: 'HJ212_BAD_CRC', message: `CRC field "${frame.crc.declared}" is not 4 hex digits` };
  else if (declared !== frame.dataLength) {
    error = { code: 'HJ212_LENGTH_MISMATCH', message: `declared length ${declared}, data segment has ${frame.dataLength} bytes` };
  } else if (!frame.crc.ok) {
    error = { code: 'HJ212_CRC_MISMATCH', message: `CRC ${frame.crc.declared} declared, ${frame.crc.computed} computed (${crcMode})` };
  }

  let byteClass = 0;
  for (let i = 6; i < dataEnd; i++) byteClass |= BYTE_CLASS[raw[i] as number] as number;
  const buffer = asBuffer(raw);
  let text: string;
  if (byteClass & 1) {
    return reject(frame, error?.code ?? 'HJ212_BAD_CHAR', error?.message ?? 'data segment holds a control byte');
  } else if (byteClass & 2) {
    try {
      text = utf8Strict.decode(buffer.subarray(6, dataEnd));
    } catch {
      return reject(frame, error?.code ?? 'HJ212_BAD_CHAR', error?.message ?? 'data segment is not valid UTF-8');
    }
  } else {
    text = buffer.toString('latin1', 6, dataEnd);
  }
  // Parse even after a length or CRC error: a quarantined frame still names its device (MN).
  const parseError = parseDataSegment(text, strict, frame);
  error ??= parseError;
  if (!error && strict && frame.dataLength > MAX_DATA_SEGMENT_BYTES) {
    error = { code: 'HJ212_DATA_TOO_LONG', message: `data segment of ${frame.dataLength} bytes exceeds ${MAX_DATA_SEGMENT_BYTES}` };
  }
  frame.error = error;
  frame.ok = error === null;
  return frame;
}

/** Splits `header;CP=&&body&&` and parses both parts into the frame. */
function parseDataSegment(text: string, strict: boolean, frame: DecodedFrame): Hj212Error | null {
  const cpAt = text.indexOf('CP=&&');
  if (cpAt < 0) {
    parseHeader(text, text.length, strict, frame);
    return { code: 'HJ212_BAD_CP', message: 'data segment has no "CP=&&"' };
  }
  const headerError = parseHeader(text, cpAt, strict, frame);
  const bodyStart = cpAt + 5;
  const bodyEnd = text.length - 2;
  if (bodyEnd < bodyStart || text.charCodeAt(bodyEnd) !== 38 || text.charCodeAt(bodyEnd + 1) !== 38) {
    return { code: 'HJ212_BAD_CP', message: 'data segment does not end with the closing "&&" of CP' };
  }
  const body = text.slice(bodyStart, bodyEnd);
  frame.cpRaw = body;
  if (body.includes('&&')) return { code: 'HJ212_BAD_CP', message: 'CP holds "&&" inside its data area' };
  return parseCp(body, strict, frame) ?? headerError ?? checkHeader(frame, strict);
}
