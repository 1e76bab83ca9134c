import { describe, expect, it } from 'vitest';
import { decodeFrame, mergeParts, toReadings } from '@ecocloud/hj212';
import { airSample } from './air-pattern';
import { seededRng } from '../../../platform/demo/seeded-rng';
import { simPacket, type SimPacketOptions } from './sim-packets';

const device = { mn: 'SIM0000000000000000000001', password: '123456', st: '22', index: 1 };
const opts: SimPacketOptions = {
  seed: 7,
  startMs: Date.parse('2026-01-15T00:00:00Z'),
  splitRatio: 0.2,
  flagRatio: 0.1,
  ack: true,
};

describe('simulated packets', () => {
  it('are deterministic: the same device and number give the same bytes', () => {
    expect(simPacket(device, 42, opts)).toEqual(simPacket(device, 42, opts));
    expect(simPacket(device, 42, opts).frames).not.toEqual(simPacket(device, 44, opts).frames);
  });

  it('decode to exactly the readings they record, split or not', () => {
    const seen = { split: 0, flagged: 0, periods: new Set<string>() };
    for (let n = 0; n < 400; n++) {
      const p = simPacket(device, n, opts);
      const frames = p.frames.map((f) => decodeFrame(Buffer.from(f)));
      expect(frames.every((f) => f.ok && f.flag?.ack)).toBe(true);
      if (frames.length > 1) seen.split++;
      const r = toReadings(frames.length > 1 ? mergeParts(frames) : frames[0]!);
      expect(r.period).toBe(p.readings[0]?.period);
      expect(r.dataTime?.toISOString()).toBe(p.readings[0]?.periodStart);
      expect(r.factors.map((f) => [f.code, f.value, f.flag]).sort()).toEqual(
        p.readings.map((x) => [x.code, x.valueText, x.flag]).sort(),
      );
      seen.flagged += p.readings.filter((x) => x.flag !== 'N').length;
      seen.periods.add(p.readings[0]!.period);
    }
    expect(seen.split).toBeGreaterThan(40);
    expect(seen.flagged).toBeGreaterThan(100);
    expect([...seen.periods].sort()).toEqual(['1h', '1m', 'rt']);
  });

  it('never repeats a storage key within a device', () => {
    const keys = new Set<string>();
    for (let n = 0; n < 1000; n++)
      for (const r of simPacket(device, n, opts).readings) keys.add(`${r.code}|${r.period}|${r.periodStart}`);
    expect(keys.size).toBe(6000);
  });
});

describe('air pattern', () => {
  const mean = (at: (i: number) => Date, key: 'pm25' | 'o3') => {
    const rng = seededRng(1);
    let s = 0;
    for (let i = 0; i < 500; i++) s += airSample(at(i), 1, rng)[key];
    return s / 500;
  };
  it('has more PM2.5 in winter than in summer, and more at night than at noon', () => {
    expect(mean(() => new Date('2026-01-15T04:00:00Z'), 'pm25')).toBeGreaterThan(
      1.5 * mean(() => new Date('2026-07-15T04:00:00Z'), 'pm25'),
    );
    expect(mean(() => new Date('2026-01-14T18:00:00Z'), 'pm25')).toBeGreaterThan(
      mean(() => new Date('2026-01-15T04:00:00Z'), 'pm25'),
    );
  });
  it('peaks O3 on summer afternoons', () => {
    const summer3pm = mean(() => new Date('2026-07-15T07:00:00Z'), 'o3');
    expect(summer3pm).toBeGreaterThan(2 * mean(() => new Date('2026-07-14T19:00:00Z'), 'o3'));
    expect(summer3pm).toBeGreaterThan(2 * mean(() => new Date('2026-01-15T07:00:00Z'), 'o3'));
  });
});
