import { describe, expect, it } from 'vitest';
import { crc16Hj212, formatCrc } from './crc';
import { decodeFrame } from './frame-decoder';
import { H1, H4, H6, H7, bytes } from './testing/vectors';

/** Frames a data segment with a correct length and Appendix A CRC. */
const frameOf = (data: string): Buffer => {
  const body = bytes(data);
  return Buffer.concat([
    bytes(`##${String(body.length).padStart(4, '0')}`),
    body,
    bytes(`${formatCrc(crc16Hj212(body))}\r\n`),
  ]);
};

describe('decodeFrame on the reference vectors', () => {
  it('H1: header fields, Flag bits and CP parameter', () => {
    const f = decodeFrame(bytes(H1));
    expect(f.ok).toBe(true);
    expect(f.error).toBeNull();
    expect([f.qn, f.st, f.cn, f.pw, f.mn]).toEqual([
      '20160801085857223',
      '32',
      '1062',
      '100000',
      '010000A8900016F000169DC0',
    ]);
    expect(f.flag).toEqual({ raw: '5', value: 5, version: 1, ack: true, split: false });
    expect(f.cp).toEqual([['RtdInterval', '30']]);
    expect(f.crc).toEqual({ declared: '1C80', computed: '1C80', ok: true });
    expect(f.declaredLength).toBe(101);
  });

  it('H4: factors keep their strings as sent', () => {
    const f = decodeFrame(bytes(H4));
    expect(f.ok).toBe(true);
    expect({ ...f.factors['a21005'] }).toEqual({ Avg: '0.8', Flag: 'N' });
    expect(Object.keys(f.factors)).toEqual(['a21026', 'a21004', 'a21005', 'a05024', 'a34002', 'a34004']);
  });

  it('H6: a D flag is carried as sent', () => {
    expect(decodeFrame(bytes(H6)).factors['w21001']?.['Flag']).toBe('D');
  });

  it('H7: split packet, Flag 7, PNUM/PNO', () => {
    const f = decodeFrame(bytes(H7));
    expect([f.ok, f.pnum, f.pno, f.flag?.split, f.flag?.ack]).toEqual([true, 2, 1, true, true]);
  });
});

describe('decodeFrame errors', () => {
  const h1 = H1.slice(6, -6);
  it.each([
    ['no header', bytes(H1.slice(1)), 'HJ212_NO_HEADER'],
    ['no CRLF', bytes(H1.slice(0, -2)), 'HJ212_NO_TAIL'],
    ['length not digits', bytes(H1.replace('##0101', '##01x1')), 'HJ212_BAD_LENGTH'],
    ['too short', bytes('##01\r\n'), 'HJ212_BAD_LENGTH'],
    ['length mismatch', bytes(H1.replace('##0101', '##0102')), 'HJ212_LENGTH_MISMATCH'],
    ['CRC not hex', bytes(H1.replace('1C80', '1CZ0')), 'HJ212_BAD_CRC'],
    ['CRC wrong', bytes(H1.replace('1C80', '1C81')), 'HJ212_CRC_MISMATCH'],
    ['no CP', frameOf('QN=1;ST=32;CN=2011;PW=1;MN=M;Flag=4;'), 'HJ212_BAD_CP'],
    ['CP not closed', frameOf('QN=1;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&a=1'), 'HJ212_BAD_CP'],
    ['CP item without =', frameOf('ST=32;CN=2011;PW=1;MN=M;CP=&&DataTime&&'), 'HJ212_BAD_CP'],
    ['factor without code', frameOf('ST=32;CN=2011;PW=1;MN=M;CP=&&-Rtd=1&&'), 'HJ212_BAD_CP'],
    ['&& inside CP', frameOf('ST=32;CN=2011;PW=1;MN=M;CP=&&a=1&&b=2&&'), 'HJ212_BAD_CP'],
    ['MN missing', frameOf('ST=32;CN=2011;PW=1;CP=&&&&'), 'HJ212_MISSING_FIELD'],
    ['Flag not a number', frameOf('ST=32;CN=2011;PW=1;MN=M;Flag=x;CP=&&&&'), 'HJ212_BAD_FIELD'],
    ['Flag over 255', frameOf('ST=32;CN=2011;PW=1;MN=M;Flag=256;CP=&&&&'), 'HJ212_BAD_FIELD'],
    ['control byte', frameOf(`${h1.slice(0, -3)}\u0001&&`), 'HJ212_BAD_CHAR'],
  ])('%s → %s', (_what, raw, code) => {
    const f = decodeFrame(raw);
    expect(f.ok).toBe(false);
    expect(f.error?.code).toBe(code);
  });

  it('rejects invalid UTF-8 but accepts valid multi-byte text, counting bytes', () => {
    const good = frameOf('ST=32;CN=3020;PW=1;MN=M;CP=&&Info=水&&');
    expect(decodeFrame(good).ok).toBe(true);
    expect(decodeFrame(good).declaredLength).toBe(good.length - 12);
    const data = bytes('ST=32;CN=3020;PW=1;MN=M;CP=&&Info=x&&');
    data[data.length - 3] = 0xff;
    const raw = Buffer.concat([bytes(`##00${data.length}`), data, bytes(`${formatCrc(crc16Hj212(data))}\r\n`)]);
    expect(decodeFrame(raw).error?.code).toBe('HJ212_BAD_CHAR');
  });

  it('still reads MN from a frame whose CRC fails, so the device registry can be consulted', () => {
    const f = decodeFrame(bytes(H1.replace('1C80', '0759')));
    expect(f.error?.code).toBe('HJ212_CRC_MISMATCH');
    expect(f.mn).toBe('010000A8900016F000169DC0');
    expect(decodeFrame(bytes(H1.replace('1C80', '0759')), { crcMode: 'modbus' }).ok).toBe(true);
  });

  it('stores hostile factor names as plain data, never on a prototype', () => {
    const f = decodeFrame(frameOf('ST=32;CN=2011;PW=1;MN=M;CP=&&__proto__-Rtd=1;constructor-Rtd=2&&'));
    expect(f.ok).toBe(true);
    expect(Object.keys(f.factors)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['Rtd']).toBeUndefined();
    expect(decodeFrame(frameOf('ST=32;CN=2011;PW=1;MN=M;CP=&&a21026-__proto__=1&&')).error?.code).toBe('HJ212_BAD_CP');
  });

  it('takes a plain Uint8Array as well as a Buffer', () => {
    expect(decodeFrame(new Uint8Array(bytes(H1))).ok).toBe(true);
  });

  it('accepts lower-case CRC hex', () => {
    expect(decodeFrame(bytes(H4.replace('1DC0', '1dc0'))).ok).toBe(true);
  });

  it('never throws on non-frames', () => {
    for (const raw of [new Uint8Array(0), bytes('#'), bytes('##'), bytes('##\r\n'), bytes('##0000FFFF\r\n')]) {
      expect(decodeFrame(raw).ok).toBe(false);
    }
  });
});

describe('strict mode', () => {
  it.each([
    ['QN missing in a 2017 frame', 'ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&&&', 'HJ212_MISSING_FIELD'],
    ['QN not 17 digits', 'QN=1617957600465;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&&&', 'HJ212_BAD_FIELD'],
    ['CN not 4 digits', 'QN=20260301100000001;ST=32;CN=20111;PW=1;MN=M;Flag=4;CP=&&&&', 'HJ212_BAD_FIELD'],
    [
      'header key in the wrong case',
      'QN=20260301100000001;ST=32;CN=2011;PW=1;mn=M;Flag=4;CP=&&&&',
      'HJ212_MISSING_FIELD',
    ],
    ['split bit without PNUM', 'QN=20260301100000001;ST=32;CN=2011;PW=1;MN=M;Flag=6;CP=&&&&', 'HJ212_BAD_FIELD'],
    ['empty CP item', 'QN=20260301100000001;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&a=1;&&', 'HJ212_BAD_CP'],
    [
      'data segment over 1024 bytes',
      `QN=20260301100000001;ST=32;CN=2011;PW=1;MN=M;Flag=4;CP=&&Info=${'x'.repeat(1000)}&&`,
      'HJ212_DATA_TOO_LONG',
    ],
  ])('rejects %s, which lenient mode accepts', (_what, data, code) => {
    expect(decodeFrame(frameOf(data)).ok).toBe(true);
    expect(decodeFrame(frameOf(data), { strict: true }).error?.code).toBe(code);
  });

  it('accepts a 2005-style frame without QN and Flag', () => {
    expect(decodeFrame(frameOf('ST=32;CN=2011;PW=1;MN=LD130133000015;CP=&&011-Rtd=1&&'), { strict: true }).ok).toBe(
      true,
    );
  });
});
