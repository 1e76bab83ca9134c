/**
 * Error codes of the HJ 212 codec. Decoding never throws: it returns one of these codes
 * with a message, so ingestion can quarantine the frame with a reason.
 */
export const HJ212_ERROR_CODES = {
  /** The frame does not start with the `##` header (HJ 212-2017 表2). */
  HJ212_NO_HEADER: 'HJ212_NO_HEADER',
  /** The frame does not end with `<CR><LF>` (incomplete or truncated). */
  HJ212_NO_TAIL: 'HJ212_NO_TAIL',
  /** The 4-character length field is not four decimal digits, or the frame is too short to hold one. */
  HJ212_BAD_LENGTH: 'HJ212_BAD_LENGTH',
  /** The declared data-segment length differs from the UTF-8 byte count received. */
  HJ212_LENGTH_MISMATCH: 'HJ212_LENGTH_MISMATCH',
  /** The CRC field is not four hexadecimal digits. */
  HJ212_BAD_CRC: 'HJ212_BAD_CRC',
  /** The CRC field does not match the CRC computed in the device's CRC mode. */
  HJ212_CRC_MISMATCH: 'HJ212_CRC_MISMATCH',
  /** A frame grew past the reader's maximum size before its CRLF arrived. */
  HJ212_FRAME_TOO_LARGE: 'HJ212_FRAME_TOO_LARGE',
  /** The data segment holds a control byte or bytes that are not valid UTF-8. */
  HJ212_BAD_CHAR: 'HJ212_BAD_CHAR',
  /** A header field is malformed (Flag, PNUM, PNO not integers; strict: QN format, CN format, key spelling). */
  HJ212_BAD_FIELD: 'HJ212_BAD_FIELD',
  /** A required header field is missing (ST, CN, MN always; QN too in strict mode for 2017 frames). */
  HJ212_MISSING_FIELD: 'HJ212_MISSING_FIELD',
  /** `CP=&&` … `&&` is missing or its content is not `key=value` items. */
  HJ212_BAD_CP: 'HJ212_BAD_CP',
  /** Strict mode only: the data segment exceeds the 1024 bytes of HJ 212-2017 表2. */
  HJ212_DATA_TOO_LONG: 'HJ212_DATA_TOO_LONG',
} as const;

export type Hj212ErrorCode = (typeof HJ212_ERROR_CODES)[keyof typeof HJ212_ERROR_CODES];

export interface Hj212Error {
  code: Hj212ErrorCode;
  message: string;
}

/** Reasons a FrameReader reports bytes as junk rather than as a frame. */
export type JunkReason =
  /** bytes outside any `##` … CRLF frame */
  | 'HJ212_NO_HEADER'
  /** a `##` start followed by another `##` before any CRLF: the first frame was cut off */
  | 'HJ212_TRUNCATED'
  /** a frame start with no CRLF within maxFrameBytes; bytes are dropped up to the next `##` */
  | 'HJ212_FRAME_TOO_LARGE'
  /** bytes left over when the stream ended (see FrameReader.end) */
  | 'HJ212_INCOMPLETE';
