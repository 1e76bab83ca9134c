/**
 * CRC checks of HJ 212 frames.
 *
 * 'hj212' is the standard's Appendix A CRC: register 0xFFFF, per byte `reg = (reg >> 8) ^ byte`
 * then eight right shifts with 0xA001. Because the byte replaces the low byte of `reg >> 8`,
 * the register after each byte is a function of one 8-bit value only, so a 256-entry table
 * gives the whole step: `reg = T[(reg >> 8) ^ byte]`.
 * 'modbus' and 'modbus-swapped' exist for non-compliant loggers that sign frames with
 * CRC-16/MODBUS (written high byte first, or low byte first); the device registry picks the mode.
 */
export type CrcMode = 'hj212' | 'modbus' | 'modbus-swapped';

export const CRC_MODES: readonly CrcMode[] = ['hj212', 'modbus', 'modbus-swapped'];

/** Eight right shifts with the reflected polynomial 0xA001 applied to an 8-bit start value. */
function shift8(value: number): number {
  let reg = value;
  for (let i = 0; i < 8; i++) reg = reg & 1 ? (reg >>> 1) ^ 0xa001 : reg >>> 1;
  return reg;
}

const SHIFT_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = shift8(i);
  return table;
})();

/**
 * Several bytes per step ("slicing"). The step `reg = T[(reg >> 8) ^ byte]` is linear over GF(2)
 * (T[a ^ b] = T[a] ^ T[b]), so with F(x) = T[x >> 8] four steps unroll to
 *   reg4 = F³(T[(reg >> 8) ^ b0]) ^ F²(T[b1]) ^ F(T[b2]) ^ T[b3],
 * one table per position (HJ212_CRC_TABLES[j] = F^j∘T, j = 0..7). Only the first term depends on
 * the previous register, which cuts the chain of dependent table loads (the cost of the byte
 * loop). segment-scan runs its own loop over 8 bytes per step: T7 for the first byte, T0 for the last.
 */
export const HJ212_CRC_TABLES: readonly Uint16Array[] = (() => {
  const tables = [SHIFT_TABLE];
  for (let j = 1; j < 8; j++) {
    const previous = tables[j - 1] as Uint16Array;
    const next = new Uint16Array(256);
    for (let i = 0; i < 256; i++) next[i] = SHIFT_TABLE[(previous[i] as number) >>> 8] as number;
    tables.push(next);
  }
  return tables;
})();

const [T0, T1, T2, T3] = HJ212_CRC_TABLES as [Uint16Array, Uint16Array, Uint16Array, Uint16Array];

/** HJ 212-2017 Appendix A CRC16 over bytes[start, end). Returns the 16-bit register value. */
export function crc16Hj212(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let reg = 0xffff;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    reg =
      (T3[(reg >>> 8) ^ (bytes[i] as number)] as number) ^
      (T2[bytes[i + 1] as number] as number) ^
      (T1[bytes[i + 2] as number] as number) ^
      (T0[bytes[i + 3] as number] as number);
  }
  for (; i < end; i++) reg = T0[(reg >>> 8) ^ (bytes[i] as number)] as number;
  return reg;
}

/** CRC-16/MODBUS (init 0xFFFF, reflected 0x8005) over bytes[start, end). */
export function crc16Modbus(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let reg = 0xffff;
  for (let i = start; i < end; i++) {
    reg = (reg >>> 8) ^ (SHIFT_TABLE[(reg ^ (bytes[i] as number)) & 0xff] as number);
  }
  return reg;
}

/**
 * The CRC value as the device of the given mode writes it, as a 16-bit number whose
 * 4-digit hex form is the text in the frame (high nibble first).
 */
export function computeFrameCrc(mode: CrcMode, bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (mode === 'hj212') return crc16Hj212(bytes, start, end);
  const modbus = crc16Modbus(bytes, start, end);
  // Modbus RTU transmits the low byte first; devices that print it that way swap the bytes.
  return mode === 'modbus' ? modbus : ((modbus & 0xff) << 8) | (modbus >>> 8);
}

/** "00" … "FF": a CRC's text is two lookups and one concatenation. */
const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).toUpperCase().padStart(2, '0'),
);

/**
 * The text of each CRC value once formatted, so that decoding a frame does not build a new
 * 4-character string every time. Bounded: at most 65,536 short strings, filled as values occur.
 */
const CRC_TEXTS: string[] = new Array<string>(0x10000).fill('');

/** Formats a 16-bit CRC as 4 upper-case hex digits ("%04X"). */
export function formatCrc(value: number): string {
  const index = value & 0xffff;
  let text = CRC_TEXTS[index] as string;
  if (text.length === 0) {
    text = (HEX_PAIRS[(value >>> 8) & 0xff] as string) + (HEX_PAIRS[value & 0xff] as string);
    CRC_TEXTS[index] = text;
  }
  return text;
}

/** Value of one ASCII hex digit (either case), or -1. */
function hexDigitValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

/** Parses 4 hex digits at bytes[at] (lower case accepted); -1 when any digit is not hex. */
export function parseCrcField(bytes: Uint8Array, at: number): number {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const digit = hexDigitValue(bytes[i] ?? 0);
    if (digit < 0) return -1;
    value = (value << 4) | digit;
  }
  return value;
}
