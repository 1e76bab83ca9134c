import { describe, expect, it } from 'vitest';
import { decodeFrame } from './frame-decoder';
import { toReadings } from './readings';
import { encodePacket } from './packet-encoder';
import { H1, H4, H6, bytes } from './testing/vectors';

describe('toReadings', () => {
  it('H4 hourly data: DataTime 09:00 UTC+8 labels the hour 09:00–10:00, i.e. 01:00Z', () => {
    const r = toReadings(decodeFrame(bytes(H4)));
    expect(r.period).toBe('1h');
    expect(r.dataTime?.toISOString()).toBe('2026-03-01T01:00:00.000Z');
    expect(r.factors).toHaveLength(6);
    expect(r.factors[2]).toEqual({ code: 'a21005', sourceCode: 'a21005', field: 'Avg', value: '0.8', flag: 'N' });
  });

  it('H6 real-time data: the instant, with each factor’s flag', () => {
    const r = toReadings(decodeFrame(bytes(H6)));
    expect(r.period).toBe('rt');
    expect(r.dataTime?.toISOString()).toBe('2026-03-01T01:59:58.000Z');
    expect(r.factors.find((f) => f.code === 'w21001')).toMatchObject({ value: '8.30', flag: 'D' });
  });

  it('maps 2005 short codes to 2017 codes, keeping the code as sent', () => {
    const text = encodePacket({
      qn: '20160824003817000',
      st: '32',
      cn: '2051',
      pw: '1',
      mn: 'LD130133000015',
      flag: 0,
      cp: {
        params: [['DataTime', '20160824003800']],
        factors: { '011': { Avg: '231.0', Flag: 'N' }, B01: { Cou: '36.91' }, '831': { Avg: '1' } },
      },
    });
    const r = toReadings(decodeFrame(bytes(text)));
    expect(r.period).toBe('1m');
    // Object keys that look like integers ('831') iterate first: compare as a set.
    expect(r.factors.map((f) => [f.code, f.sourceCode, f.field]).sort()).toEqual([
      ['831', '831', 'Avg'],
      ['w00000', 'B01', 'Cou'],
      ['w01018', '011', 'Avg'],
    ]);
    expect(
      toReadings(decodeFrame(bytes(text)), { mapLegacyCodes: false })
        .factors.map((f) => f.code)
        .sort(),
    ).toEqual(['011', '831', 'B01']);
  });

  it('leaves Flag, EFlag and SampleTime out of the values but keeps EFlag on the reading', () => {
    const text = encodePacket({
      qn: '20260301100000001',
      st: '31',
      cn: '2031',
      pw: '1',
      mn: 'M',
      flag: 4,
      cp: {
        params: [['DataTime', '20260228000000']],
        factors: { a21026: { Avg: '5', ZsAvg: '6', Flag: 'N', EFlag: 'X1', SampleTime: '20260228000000' } },
      },
    });
    const r = toReadings(decodeFrame(bytes(text)));
    expect(r.period).toBe('1d');
    expect(r.dataTime?.toISOString()).toBe('2026-02-27T16:00:00.000Z');
    expect(r.factors.map((f) => [f.field, f.value, f.flag, f.eFlag])).toEqual([
      ['Avg', '5', 'N', 'X1'],
      ['ZsAvg', '6', 'N', 'X1'],
    ]);
  });

  it('a command frame has no period, no DataTime and no factors', () => {
    expect(toReadings(decodeFrame(bytes(H1)))).toEqual({ dataTime: null, period: null, factors: [] });
  });
});
