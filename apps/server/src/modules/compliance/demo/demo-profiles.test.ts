import { decodeFrame, toReadings } from '@ecocloud/hj212';
import { detectSigns, parseDecimal, summariseHour, type HourSummary } from '@ecocloud/standards';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGGERS, factorsOf, type DemoLogger } from './demo-loggers';
import {
  demoMinute,
  demoMinutePacket,
  demoReadings,
  exceedingHours,
  FLAT_HOURS,
  MAINTENANCE_HOURS,
  type ProfileOutlet,
} from './demo-profiles';

const MIN = 60_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;
/** Three Shanghai days from 2026-11-25 00:00 (+08:00). */
const FROM = Date.UTC(2026, 10, 25) - SHANGHAI;
const HOURS = 72;

const loggerOf = (tail: string): DemoLogger => DEMO_LOGGERS.find((l) => l.mn.endsWith(tail))!;
/** The register's limits of a thermal-power stack (GB 13223, O2ref 6 %) and a cement kiln (GB 4915, 10 %). */
const power = (tail: string): ProfileOutlet => ({
  logger: loggerOf(tail),
  limits: new Map([
    ['so2', 35],
    ['nox', 50],
    ['dust', 10],
  ]),
  o2Reference: 6,
});
const kiln = (tail: string): ProfileOutlet => ({
  logger: loggerOf(tail),
  limits: new Map([
    ['dust', 30],
    ['so2', 200],
    ['nox', 400],
  ]),
  o2Reference: 10,
});
const shanghaiHour = (t: number) => Math.floor((t + SHANGHAI) / HOUR) % 24;
const shanghaiDay = (t: number) => Math.floor((t + SHANGHAI) / (24 * HOUR));

type Hour = { start: number; minutes: ReturnType<typeof demoMinute>[] };
function hoursOf(o: ProfileOutlet): Hour[] {
  return Array.from({ length: HOURS }, (_, h) => {
    const start = FROM + h * HOUR;
    return { start, minutes: Array.from({ length: 60 }, (_, m) => demoMinute(o, start + m * MIN)) };
  });
}
const series = (h: Hour, p: string) => h.minutes.map((m) => m.find((x) => x.parameter === p)!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The judge's 折算 on hourly means: C × (21 − O2ref) / (21 − O2). */
const converted = (h: Hour, p: string, ref: number) =>
  (mean(series(h, p).map((m) => m.value)) * (21 - ref)) / (21 - mean(series(h, 'o2').map((m) => m.value)));

describe('the compliance demo profiles', () => {
  it('are pure: a minute has the same values whenever and however it is computed, and loggers differ', () => {
    const o = power('S2');
    const t = FROM + 17 * HOUR + 23 * MIN;
    const alone = demoMinute(o, t);
    const inRange = demoReadings(o, 'st', t - 5 * MIN, t + 5 * MIN).filter(
      (r) => r.periodStart === new Date(t).toISOString(),
    );
    expect(inRange.map((r) => ({ parameter: r.parameter, value: r.value, flag: r.flag }))).toEqual(alone);
    expect(demoMinute(o, t)).toEqual(alone);
    expect(demoMinute(power('S4'), t)).not.toEqual(alone);
    expect(alone.map((m) => m.parameter)).toEqual(['so2', 'nox', 'dust', 'o2', 'flow']);
  });

  it('keeps a normal stack below its limits with noisy minutes, O2 of a coal boiler and converted above measured', () => {
    for (const o of [power('S2'), power('S4'), kiln('S6'), kiln('S7')]) {
      for (const h of hoursOf(o)) {
        for (const [p, limit] of o.limits) {
          const c = converted(h, p, o.o2Reference!);
          expect(c, `${o.logger.mn} ${p}`).toBeLessThan(0.8 * limit);
          expect(c).toBeGreaterThan(mean(series(h, p).map((m) => m.value)));
          expect(new Set(series(h, p).map((m) => m.value)).size).toBeGreaterThan(10);
        }
        expect(h.minutes.flat().every((m) => m.flag === 'N')).toBe(true);
        const o2 = series(h, 'o2').map((m) => m.value);
        const [lo, hi] = o.logger.duty === 'power' ? [6, 10] : [10, 13];
        expect(Math.min(...o2)).toBeGreaterThan(lo);
        expect(Math.max(...o2)).toBeLessThan(hi);
      }
    }
  });

  it('makes the exceeding stack exceed its SO2 limit for three afternoon hours each day, and only then', () => {
    const o = power('S1');
    let exceeding = 0;
    for (const h of hoursOf(o)) {
      const window = exceedingHours(o.logger, shanghaiDay(h.start));
      const inWindow = shanghaiHour(h.start) >= window.from && shanghaiHour(h.start) < window.to;
      expect(window.from).toBeGreaterThanOrEqual(14);
      expect(converted(h, 'so2', 6) > 35, new Date(h.start).toISOString()).toBe(inWindow);
      expect(converted(h, 'nox', 6)).toBeLessThan(50);
      if (inWindow) exceeding++;
    }
    expect(exceeding).toBe(9);
  });

  it('freezes the flat-lining stack’s NOx at one value for ten night hours while its flow moves', () => {
    const o = power('S3');
    const night = hoursOf(o).filter((h) => {
      const hour = shanghaiHour(h.start);
      return hour >= FLAT_HOURS.from || hour < FLAT_HOURS.to;
    });
    expect(night).toHaveLength(30);
    const values = new Set(night.flatMap((h) => series(h, 'nox').map((m) => m.value)));
    expect(values.size).toBe(1);
    const flow = night.flatMap((h) => series(h, 'flow').map((m) => m.value));
    expect((Math.max(...flow) - Math.min(...flow)) / mean(flow)).toBeGreaterThan(0.05);
    // Negative control: the day hours of the same stack are noisy.
    const day = hoursOf(o).find((h) => shanghaiHour(h.start) === 12)!;
    expect(new Set(series(day, 'nox').map((m) => m.value)).size).toBeGreaterThan(10);
  });

  it('marks the maintenance kiln’s analyser M four night hours a day while flow and O2 show it running', () => {
    const o = kiln('S5');
    for (const h of hoursOf(o)) {
      const hour = shanghaiHour(h.start);
      const marked = hour >= MAINTENANCE_HOURS.from && hour < MAINTENANCE_HOURS.to;
      for (const p of ['so2', 'nox', 'dust'])
        expect(series(h, p).every((m) => m.flag === (marked ? 'M' : 'N'))).toBe(true);
      for (const p of ['o2', 'flow']) expect(series(h, p).every((m) => m.flag === 'N')).toBe(true);
      expect(mean(series(h, 'flow').map((m) => m.value))).toBeGreaterThan(0.85 * o.logger.fullFlow);
      // What the mark hides: the SO2 read under M is above the limit; the valid hours are not.
      expect(converted(h, 'so2', 10) > 200).toBe(marked);
    }
  });

  it('keeps the wastewater outlets’ daily means below their daily limits, TN and TP only where limited', () => {
    const steel: ProfileOutlet = {
      logger: loggerOf('W1'),
      limits: new Map([
        ['cod', 50],
        ['nh3_n', 5],
      ]),
      o2Reference: null,
    };
    const sewage: ProfileOutlet = {
      logger: loggerOf('W2'),
      limits: new Map([
        ['cod', 50],
        ['nh3_n', 5],
        ['tn', 15],
        ['tp', 0.5],
        ['ss', 10],
      ]),
      o2Reference: null,
    };
    expect(demoMinute(steel, FROM).map((m) => m.parameter)).toEqual(['cod', 'nh3_n', 'ph', 'flow']);
    expect(demoMinute(sewage, FROM).map((m) => m.parameter)).toEqual(['cod', 'nh3_n', 'tn', 'tp', 'ph', 'flow']);
    for (const o of [steel, sewage]) {
      const hours = hoursOf(o);
      for (let d = 0; d < 3; d++) {
        const day = hours.slice(d * 24, d * 24 + 24);
        for (const [p, limit] of o.limits) {
          if (p === 'ss') continue;
          const daily = mean(day.map((h) => mean(series(h, p).map((m) => m.value))));
          expect(daily, `${o.logger.mn} ${p}`).toBeLessThan(0.8 * limit);
          expect(daily).toBeGreaterThan(0.2 * limit);
        }
        const ph = day.flatMap((h) => series(h, 'ph').map((m) => m.value));
        expect(Math.min(...ph)).toBeGreaterThan(6.5);
        expect(Math.max(...ph)).toBeLessThan(7.7);
      }
    }
  });

  it('sends the minute as an HJ 212 2051 packet whose values, after the factor map, are the stored ones', () => {
    for (const o of [power('S1'), kiln('S5')]) {
      const t = FROM + 2 * HOUR + 7 * MIN; // 02:07 Shanghai: the kiln is marked M
      const frame = decodeFrame(
        Buffer.from(demoMinutePacket(o, { mn: o.logger.mn, password: '123456', st: '31' }, t), 'utf8'),
      );
      expect(frame.ok).toBe(true);
      expect(frame.cn).toBe('2051');
      const r = toReadings(frame);
      expect(r.dataTime?.getTime()).toBe(t);
      const factors = factorsOf(o.logger.kind);
      const sent = r.factors
        .filter((f) => f.field === 'Avg')
        .map((f) => {
          const factor = factors.find((x) => x.code === f.code)!;
          return { parameter: factor.parameter, value: Number(f.value) * factor.scale, flag: f.flag };
        });
      const stored = demoMinute(o, t);
      expect(sent.map((s) => [s.parameter, s.flag])).toEqual(stored.map((m) => [m.parameter, m.flag]));
      sent.forEach((s, i) => expect(s.value).toBeCloseTo(stored[i]!.value, 0));
    }
  });

  it('shows the sign detectors a flat line and a false mark where the profiles put them, and nothing on normal outlets', () => {
    /** The outlet's hours as the detectors read them (flow and O2 are series of their own). */
    const signsOf = (o: ProfileOutlet) => {
      const byParameter = new Map<string, HourSummary[]>();
      for (const h of hoursOf(o))
        for (const f of factorsOf(o.logger.kind)) {
          const minutes = series(h, f.parameter).map((m) => ({ value: parseDecimal(m.value), flag: m.flag }));
          byParameter.set(f.parameter, [...(byParameter.get(f.parameter) ?? []), summariseHour(h.start, minutes)]);
        }
      return detectSigns(byParameter).map((s) => `${s.kind} ${s.pollutant}`);
    };
    expect(new Set(signsOf(power('S3')))).toEqual(new Set(['constant nox']));
    expect(new Set(signsOf(kiln('S5')))).toEqual(
      new Set(['flag_while_operating so2', 'flag_while_operating nox', 'flag_while_operating dust']),
    );
    for (const o of [power('S2'), power('S1'), power('S4'), kiln('S6'), kiln('S7')])
      expect(signsOf(o), o.logger.mn).toEqual([]);
  });
});
