import { describe, expect, it } from 'vitest';
import { cityMean } from './city-mean';
import { dailyMax1h, dailyMean, o3DailyMax8h } from './daily-stats';
import { divHalfEven } from './int-math';
import { periodStats } from './period-stats';
import { evaluateDay } from './station-day';
import { annualValidity, isMonthValid } from './validity';

const day = (f: (h: number) => number): number[] => Array.from({ length: 24 }, (_, h) => f(h));

describe('daily statistics (HJ 663, GB 3095 表4)', () => {
  it('a daily mean needs 20 hours and rounds half to even', () => {
    expect(
      dailyMean(
        day((h) => (h < 20 ? 10 : Number.NaN)),
        0,
      ),
    ).toEqual({ value: 10, count: 20 });
    expect(
      dailyMean(
        day((h) => (h < 19 ? 10 : Number.NaN)),
        0,
      ).value,
    ).toBeNull();
    // 12 × 0.8 + 12 × 0.9 = 20.4 → mean 0.85 → 0.8 (half to even), not 0.9
    expect(
      dailyMean(
        day((h) => (h < 12 ? 0.8 : 0.9)),
        1,
      ).value,
    ).toBe(0.8);
    expect(
      dailyMean(
        day((h) => (h < 12 ? 35 : 36)),
        0,
      ).value,
    ).toBe(36);
  });
  it('O3 8-h windows end 8:00…24:00, need 6 hours, and the day needs 14 windows unless above 160', () => {
    const hours = day((h) => (h >= 12 && h < 16 ? 200 : 40));
    expect(o3DailyMax8h(hours)).toEqual({ value: 120, count: 17 });
    // Only hours 0-10 present: windows ending 8…13 have ≥ 6 hours → 6 windows, max below 160 → invalid.
    const morning = day((h) => (h <= 10 ? 100 : Number.NaN));
    expect(o3DailyMax8h(morning)).toEqual({ value: null, count: 6 });
    const high = day((h) => (h <= 10 ? 170 : Number.NaN));
    expect(o3DailyMax8h(high).value).toBe(170);
    expect(dailyMax1h(day((h) => h + 0.5)).value).toBe(24);
  });
  it('evaluateDay gives the daily concentrations and the daily AQI', () => {
    const r = evaluateDay(
      {
        so2: day(() => 10),
        no2: day(() => 45),
        co: day(() => 1.2),
        o3: day((h) => (h >= 10 && h < 18 ? 150 : 30)),
        pm10: day(() => 120),
        pm2_5: day(() => 76),
      },
      0,
      'HJ633-2012',
    );
    expect(r.values).toEqual({ so2: 10, no2: 45, co: 1.2, pm10: 120, pm2_5: 76, o3_1h: 150, o3_8h: 150 });
    expect(r.aqi.aqi).toBe(102);
  });
  it('period statistics, city means, validity', () => {
    const s = Array.from({ length: 365 }, (_, i) => i + 1);
    const st = periodStats({ so2: s, no2: s, co: s.map((x) => x / 10), pm10: s, pm2_5: s, o3_8h: s });
    expect(st).toMatchObject({ so2: 183, o3_8h_p90: 329, co_p95: 34.7, pm10_p95: 347, so2_p98: 358 });
    expect(cityMean([1.2, null, 1.3], 1)).toBe(1.2);
    expect(cityMean([null], 0)).toBeNull();
    expect(divHalfEven(5, 2)).toBe(2);
    expect(divHalfEven(7, 2)).toBe(4);
    expect(isMonthValid(25, 2)).toBe(true);
    expect(isMonthValid(26, 3)).toBe(false);
    expect(annualValidity([31, 25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 26])).toMatchObject({
      isValid: false,
      shortMonths: [12],
    });
    expect(annualValidity([31, 25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 26], false).isValid).toBe(true);
  });
});
