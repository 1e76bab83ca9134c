import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIODS } from '../../ingest/reading';
import type { IngestBatch } from '../batch-store';
import { decodeBatchInto, encodeBatch } from './journal-codec';

const reading = fc.record({
  stationId: fc.constantFrom('s1', 's2', '站点'),
  parameter: fc.string({ maxLength: 8 }),
  period: fc.constantFrom(...PERIODS),
  periodStart: fc.constantFrom('2026-03-01T00:00:00.000Z', '2026-03-01T01:00:00.000Z'),
  value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))),
  valueText: fc.option(fc.string()),
  flag: fc.option(fc.string({ maxLength: 2 })),
});
const packet = fc.record({ mn: fc.string(), qn: fc.option(fc.string()), cn: fc.option(fc.string()), raw: fc.string() });
const batch = fc.record({
  readings: fc.array(reading, { maxLength: 30 }),
  packets: fc.array(packet, { maxLength: 5 }),
  deviceIds: fc.array(fc.string(), { maxLength: 5 }),
});

describe('journal codec', () => {
  it('decodes what it encoded, reading for reading and in order, whatever runs the readings form', () => {
    fc.assert(
      fc.property(batch, (b) => {
        const out: IngestBatch = { readings: [], packets: [], deviceIds: [] };
        decodeBatchInto(encodeBatch(b), out);
        expect(out).toEqual(b);
      }),
    );
  });

  it('appends several entries into one batch in entry order', () => {
    const r = (stationId: string, parameter: string) => ({
      stationId,
      parameter,
      period: '1h' as const,
      periodStart: '2026-03-01T00:00:00.000Z',
      value: 1,
      valueText: '1',
      flag: 'N',
    });
    const out: IngestBatch = { readings: [], packets: [], deviceIds: [] };
    decodeBatchInto(encodeBatch({ readings: [r('a', 'so2'), r('a', 'no2')], packets: [], deviceIds: ['d1'] }), out);
    decodeBatchInto(
      encodeBatch({
        readings: [r('b', 'so2')],
        packets: [{ mn: 'M', qn: null, cn: '2061', raw: '##x\r\n' }],
        deviceIds: ['d2'],
      }),
      out,
    );
    expect(out.readings.map((x) => `${x.stationId}:${x.parameter}`)).toEqual(['a:so2', 'a:no2', 'b:so2']);
    expect(out.packets).toEqual([{ mn: 'M', qn: null, cn: '2061', raw: '##x\r\n' }]);
    expect(out.deviceIds).toEqual(['d1', 'd2']);
  });
});
