import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AqiStandardId } from '../../registry';
import { POLLUTANTS, type Pollutant } from '../aqi-tables';
import { goodDayRatio } from './good-days';
import { periodStats } from './period-stats';
import { evaluateDay, type HourlySeries } from './station-day';
import { stationPeriod } from './station-period';
import { createDailyTable, DAILY_KEYS, evaluateDaysMilli, toMilliSeries, type MilliSeries } from './station-year';

const DAYS = 40;

/** Hourly data that hits the edge cases: gaps (whole and partial days), CO decimals, O3 above 160 and 800, 3-decimal values. */
function series(seed: number[]): HourlySeries {
  let i = 0;
  const next = (): number => {
    i = (i + 1) % seed.length;
    return seed[i] as number;
  };
  const out = {} as Record<Pollutant, Float64Array>;
  for (const p of POLLUTANTS) {
    out[p] = Float64Array.from({ length: DAYS * 24 }, (_, h) => {
      const r = next();
      if (r % 17 === 0 || (Math.floor(h / 24) % 9 === 4 && h % 24 < r % 8)) return Number.NaN;
      if (p === 'co') return (r % 80) / 10;
      if (p === 'o3') return r % 13 === 0 ? 820 + (r % 40) : (r % 300) + (r % 7) / 1000;
      return p === 'so2' ? r % 900 : r % 400;
    });
  }
  return out;
}

const STANDARDS: AqiStandardId[] = ['HJ633-2012', 'HJ633-2026'];

describe('typed evaluation path = evaluateDay + periodStats', () => {
  it('every day and the period statistics agree on random stations, both AQI versions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100_000 }), { minLength: 50, maxLength: 300 }),
        fc.constantFrom(...STANDARDS),
        (seed, standard) => {
          const hours = series(seed);
          const milli = Object.fromEntries(POLLUTANTS.map((p) => [p, toMilliSeries(hours[p])])) as MilliSeries;
          const table = createDailyTable(DAYS);
          evaluateDaysMilli(milli, DAYS, standard, table);
          const aqis: (number | null)[] = [];
          const daily = Object.fromEntries(
            ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_8h'].map((k) => [k, new Float64Array(DAYS)]),
          );
          for (let d = 0; d < DAYS; d++) {
            const r = evaluateDay(hours, d * 24, standard);
            for (const k of DAILY_KEYS) {
              const u = table[k][d] as number;
              expect(u < 0 ? null : k === 'co' ? u / 10 : u, `day ${d} ${k}`).toBe(r.values[k]);
              if (k !== 'o3_1h') (daily[k] as Float64Array)[d] = r.values[k] ?? Number.NaN;
            }
            expect(table.aqi[d] === -1 ? null : table.aqi[d], `day ${d} aqi`).toBe(r.aqi.aqi);
            aqis.push(r.aqi.aqi);
          }
          const scratch = new Int32Array(DAYS);
          const fast = stationPeriod(table, 0, DAYS, scratch);
          expect(fast.stats).toEqual(periodStats(daily as never));
          const good = goodDayRatio(aqis);
          expect([fast.goodDays, fast.aqiDays]).toEqual([good.goodDays, good.validDays]);
          const half = stationPeriod(table, 10, 30, scratch);
          const sub = Object.fromEntries(Object.entries(daily).map(([k, v]) => [k, v.subarray(10, 30)]));
          expect(half.stats).toEqual(periodStats(sub as never));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('2026 with a missing pollutant: AQI published only above 100 (HJ 633-2026 §5.3.1), as computeAqi', () => {
    const aqiOf = (pm25: number, standard: AqiStandardId): [number, number | null] => {
      const day = (v: number): Float64Array => new Float64Array(24).fill(v);
      const hours: HourlySeries = {
        so2: day(Number.NaN),
        no2: day(20),
        co: day(0.5),
        o3: day(50),
        pm10: day(40),
        pm2_5: day(pm25),
      };
      const t = createDailyTable(1);
      evaluateDaysMilli(
        Object.fromEntries(POLLUTANTS.map((p) => [p, toMilliSeries(hours[p])])) as MilliSeries,
        1,
        standard,
        t,
      );
      return [t.aqi[0] as number, evaluateDay(hours, 0, standard).aqi.aqi];
    };
    expect(aqiOf(60, 'HJ633-2026')).toEqual([-1, null]);
    expect(aqiOf(61, 'HJ633-2026')).toEqual([101, 101]);
    expect(aqiOf(61, 'HJ633-2012')).toEqual([-1, null]);
  });

  it('toMilliSeries marks missing and negative values -1 and reads 3 decimals exactly', () => {
    expect([...toMilliSeries([1.2, Number.NaN, -3, 0.001, 2.0005])]).toEqual([1200, -1, -1, 1, 2001]);
    expect(() => stationPeriod(createDailyTable(10), 0, 10, new Int32Array(5))).toThrow(RangeError);
  });
});
