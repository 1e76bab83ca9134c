import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFrameCrc, crc16Hj212, crc16Modbus, formatCrc, parseCrcField } from './crc';
import { H1, H4, H5, H6, H7, bytes, referenceCrc } from './testing/vectors';

/** The data segment of a frame text: between the 4-digit length and the CRC. */
const segment = (frame: string): Buffer => bytes(frame.slice(6, -6));

describe('crc16Hj212 (HJ 212-2017 Appendix A)', () => {
  it.each([
    ['H1', H1, '1C80'],
    ['H4', H4, '1DC0'],
    ['H5', H5, 'F441'],
    ['H6', H6, '3480'],
    ['H7', H7, '1980'],
  ])('%s checks as %s', (_name, frame, crc) => {
    expect(formatCrc(crc16Hj212(segment(frame)))).toBe(crc);
  });

  it('differs from CRC-16/MODBUS on the standard example (0759)', () => {
    expect(formatCrc(crc16Modbus(segment(H1)))).toBe('0759');
  });

  it('of an empty segment is the initial register FFFF', () => {
    expect(crc16Hj212(new Uint8Array(0))).toBe(0xffff);
  });

  it('equals the bit-by-bit reference for any bytes, including bytes ≥ 0x80', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (data) => crc16Hj212(data) === referenceCrc(data)));
  });

  it('honours start/end offsets', () => {
    const frame = bytes(H1);
    expect(crc16Hj212(frame, 6, frame.length - 6)).toBe(0x1c80);
  });
});

describe('computeFrameCrc modes', () => {
  it('modbus-swapped writes the Modbus value low byte first', () => {
    expect(formatCrc(computeFrameCrc('modbus', segment(H1)))).toBe('0759');
    expect(formatCrc(computeFrameCrc('modbus-swapped', segment(H1)))).toBe('5907');
    expect(formatCrc(computeFrameCrc('hj212', segment(H1)))).toBe('1C80');
  });
});

describe('parseCrcField', () => {
  it.each([
    ['1C80', 0x1c80],
    ['cc01', 0xcc01],
    ['ffFF', 0xffff],
    ['1C8G', -1],
    ['1C8', -1],
    [' 1C8', -1],
  ])('%s → %d', (text, value) => {
    expect(parseCrcField(bytes(text), 0)).toBe(value);
  });
});

describe('formatCrc', () => {
  it('is "%04X" of the low 16 bits for every value, cached or not', () => {
    // Twice: the first call fills the cache, the second reads it.
    for (let pass = 0; pass < 2; pass++) {
      for (let v = 0; v < 0x10000; v++) {
        const text = formatCrc(v);
        if (text !== v.toString(16).toUpperCase().padStart(4, '0'))
          expect(text).toBe(v.toString(16).toUpperCase().padStart(4, '0'));
      }
    }
    expect(formatCrc(0x11c80)).toBe('1C80');
  });
});
