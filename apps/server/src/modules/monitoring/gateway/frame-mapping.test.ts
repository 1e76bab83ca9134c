import { describe, expect, it } from 'vitest';
import { decodeFrame, encodePacket } from '@ecocloud/hj212';
import { mapFrameToReadings } from './frame-mapping';
import type { GatewayDevice } from './gateway-device';

const device: GatewayDevice = {
  id: 'd1',
  mn: 'MN1',
  password: 'pw',
  st: '32',
  stationId: 's1',
  crcMode: 'hj212',
  isEnabled: true,
  factorMap: { w01018: { parameter: 'cod', scale: 1 }, w21003: { parameter: 'nh3_n', scale: 0.001 } },
};
const frame = (cn: string, cp: string) =>
  decodeFrame(Buffer.from(encodePacket({ qn: '20260301100000001', st: '32', cn, pw: 'pw', mn: 'MN1', flag: 5, cp })));

describe('mapFrameToReadings', () => {
  it.each([
    ['2011', 'rt', 'w01018-Rtd=40.1,w01018-Flag=N', '2026-03-01T01:59:58.000Z', 40.1],
    ['2051', '1m', 'w01018-Min=1,w01018-Avg=40.2,w01018-Max=50', '2026-03-01T01:59:58.000Z', 40.2],
    ['2061', '1h', 'w01018-Cou=9,w01018-Avg=40.3', '2026-03-01T01:59:58.000Z', 40.3],
    ['2031', '1d', 'w01018-Avg=40.4', '2026-03-01T01:59:58.000Z', 40.4],
  ])('CN %s stores period %s from the right field', (cn, period, factors, periodStart, value) => {
    const r = mapFrameToReadings(frame(cn, `DataTime=20260301095958;${factors}`), device);
    expect(r).toEqual({
      ok: true,
      readings: [expect.objectContaining({ stationId: 's1', parameter: 'cod', period, periodStart, value })],
    });
  });

  it('applies the scale exactly, keeps the text as sent, and stores unmapped codes under themselves', () => {
    const r = mapFrameToReadings(
      frame('2011', 'DataTime=20260301095958;w21003-Rtd=950,w21003-Flag=D;w99999-Rtd=7'),
      device,
    );
    expect(r.ok && r.readings).toEqual([
      expect.objectContaining({ parameter: 'nh3_n', value: 0.95, valueText: '950', flag: 'D' }),
      expect.objectContaining({ parameter: 'w99999', value: 7, flag: null }),
    ]);
  });

  it.each([
    ['no DataTime', '2011', 'w01018-Rtd=1', 'HJ212_BAD_DATATIME'],
    ['an impossible DataTime', '2011', 'DataTime=20260231250000;w01018-Rtd=1', 'HJ212_BAD_DATATIME'],
    ['a non-data command', '2081', 'RestartTime=20260301095958', 'HJ212_NOT_DATA'],
    [
      'a -Flag longer than its column (8)',
      '2011',
      'DataTime=20260301095958;w01018-Rtd=1,w01018-Flag=NNNNNNNNN',
      'HJ212_FIELD_TOO_LONG',
    ],
    [
      'a value longer than its column (40)',
      '2011',
      `DataTime=20260301095958;w01018-Rtd=${'9'.repeat(41)}`,
      'HJ212_FIELD_TOO_LONG',
    ],
  ])('refuses %s', (_name, cn, cp, code) => {
    const r = mapFrameToReadings(frame(cn, cp), device);
    expect(r.ok ? null : r.reasonCode).toBe(code);
  });
});
