import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import { encodePacket, formatCp } from './packet-encoder';
import { H1, H4, H6, H7, bytes } from './testing/vectors';

const MN = '010000A8900016F000169DC0';

describe('encodePacket reproduces the reference vectors byte for byte', () => {
  it('H1: the standard example (CRC 1C80)', () => {
    const text = encodePacket({
      qn: '20160801085857223',
      st: '32',
      cn: '1062',
      pw: '100000',
      mn: MN,
      flag: 5,
      cp: { params: { RtdInterval: '30' } },
    });
    expect(text).toBe(H1);
  });

  it('H4: hourly air data with factors', () => {
    const factors: Record<string, Record<string, string>> = {};
    for (const [code, avg] of [
      ['a21026', '8'],
      ['a21004', '35'],
      ['a21005', '0.8'],
      ['a05024', '96'],
      ['a34002', '66'],
      ['a34004', '41'],
    ] as const) {
      factors[code] = { Avg: avg, Flag: 'N' };
    }
    const text = encodePacket({
      qn: '20260301100000001',
      st: '22',
      cn: '2061',
      pw: '123456',
      mn: MN,
      flag: 5,
      cp: { params: [['DataTime', '20260301090000']], factors },
    });
    expect(text).toBe(H4);
  });

  it('H6: real-time wastewater data given as CP text', () => {
    const cp = H6.slice(H6.indexOf('CP=&&') + 5, H6.lastIndexOf('&&'));
    expect(encodePacket({ qn: '20260301100000001', st: '32', cn: '2011', pw: '123456', mn: MN, flag: 4, cp })).toBe(H6);
  });

  it('H7: a split packet with PNUM/PNO', () => {
    const text = encodePacket({
      qn: '20260301085857534',
      st: '32',
      cn: '2061',
      pw: '123456',
      mn: MN,
      flag: 7,
      pnum: 2,
      pno: 1,
      cp: {
        params: [['DataTime', '20260301080000']],
        factors: { w00000: { Cou: '63.0', Min: '16.4', Avg: '17.5', Max: '20.1', Flag: 'N' } },
      },
    });
    expect(text).toBe(H7);
  });
});

describe('encodePacket', () => {
  const base = { qn: '20260301100000001', st: '21', cn: '2011', pw: '123456', mn: MN, flag: 4 };

  it('counts the length in UTF-8 bytes, not characters', () => {
    const text = encodePacket({ ...base, cp: { params: { InfoId: '水质' } } });
    const decoded = decodeFrame(bytes(text));
    expect(decoded.ok).toBe(true);
    expect(decoded.declaredLength).toBe(bytes(text).length - 12);
    expect(decoded.declaredLength).toBeGreaterThan(text.length - 12);
  });

  it.each([
    ['a ; in a value', { ...base, cp: { params: { DataTime: '1;2' } } }],
    ['an & in CP text', { ...base, cp: 'a=1&&b=2' }],
    ['an empty MN', { ...base, mn: '' }],
    ['Flag 256', { ...base, flag: 256 }],
    ['PNUM without PNO', { ...base, pnum: 2 }],
  ])('throws RangeError on %s', (_what, input) => {
    expect(() => encodePacket(input)).toThrow(RangeError);
  });

  it('refuses a data segment over 1024 bytes unless the limit is raised', () => {
    const cp = { params: { Info: 'x'.repeat(1100) } };
    expect(() => encodePacket({ ...base, cp })).toThrow(/exceeds 1024/);
    expect(decodeFrame(bytes(encodePacket({ ...base, cp }, { maxDataBytes: 2000 }))).ok).toBe(true);
  });

  it('formatCp writes parameters before factor groups', () => {
    expect(formatCp({ params: [['DataTime', '1']], factors: { a: { Rtd: '2', Flag: 'N' }, b: { Rtd: '3' } } })).toBe(
      'DataTime=1;a-Rtd=2,a-Flag=N;b-Rtd=3',
    );
  });
});
