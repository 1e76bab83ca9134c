import type { CrcMode } from './crc';
import type { Hj212Error } from './errors';

/** An ordered `[key, value]` pair, value as the exact string sent. */
export type FieldPair = readonly [key: string, value: string];

/** Values of one factor (pollutant code), by field name (`Rtd`, `Avg`, `Flag` …), strings as sent. */
export type FactorFields = Record<string, string>;

/** Decoded `Flag` header field (HJ 212-2017 表3): bits V5..V0 D A, MSB first. */
export interface FlagInfo {
  /** the value as sent */
  raw: string;
  value: number;
  /** V5..V0: 0 = HJ/T 212-2005, 1 = HJ 212-2017 */
  version: number;
  /** bit 0 (A): the sender wants a response */
  ack: boolean;
  /** bit 1 (D): the packet is one of several (PNUM/PNO present) */
  split: boolean;
}

export interface CrcCheck {
  /** the 4 characters in the frame (case as sent), null when the frame has no CRC field */
  declared: string | null;
  /** upper-case hex in the requested mode, null when no data segment could be located */
  computed: string | null;
  ok: boolean;
}

/**
 * The result of decodeFrame. `ok` is true only when header, length, CRC, characters and
 * fields are all valid; otherwise `error` holds the first problem found. Fields are still
 * filled as far as the frame could be read, so a rejected frame can be quarantined with its MN.
 */
export interface DecodedFrame {
  ok: boolean;
  error: Hj212Error | null;
  crcMode: CrcMode;
  /** the 4-digit length as a number, null when it is not 4 decimal digits */
  declaredLength: number | null;
  /** bytes between the length field and the CRC, null when the frame could not be delimited */
  dataLength: number | null;
  crc: CrcCheck;
  /** header fields before `CP=&&`, in order, keys as sent */
  header: FieldPair[];
  qn: string | null;
  st: string | null;
  cn: string | null;
  pw: string | null;
  mn: string | null;
  flag: FlagInfo | null;
  pnum: number | null;
  pno: number | null;
  /** text between `CP=&&` and the closing `&&`, null when absent */
  cpRaw: string | null;
  /** CP items without `-` in the key (DataTime, PolId, QnRtn …), in order, duplicates kept */
  cp: FieldPair[];
  /** CP items `code-Field=value`, split at the first `-`; a repeated field keeps the last value */
  factors: Record<string, FactorFields>;
  /** deviations that lenient mode tolerated (e.g. 'header key case', 'empty CP item') */
  quirks: string[];
}

export interface DecodeOptions {
  /** how the device signs its frames; default 'hj212' (Appendix A) */
  crcMode?: CrcMode;
  /**
   * strict: exact header keys, QN required and 17 digits for 2017 frames, CN 4 digits,
   * data segment ≤ 1024 bytes. Default false (lenient: what real loggers send).
   */
  strict?: boolean;
}
