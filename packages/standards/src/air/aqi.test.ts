import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_SETS } from './aqi';
import { referenceIaqi } from './iaqi-reference.testkit';
import { computeAqi } from './aqi';
import { aqiLevel } from './levels';

const A1 = { so2_24h: 10, no2_24h: 45, pm10_24h: 120, co_24h: 1.2, o3_1h: 180, o3_8h: 150, pm2_5_24h: 76 };

describe('computeAqi worked examples (reference §7.1)', () => {
  it('A1 daily, 2012: AQI 102, level III, primary and exceeding PM2.5', () => {
    const r = computeAqi(A1, { standard: 'HJ633-2012', mode: 'daily' });
    expect(r.pollutants).toEqual({ so2: 10, no2: 57, pm10: 85, co: 30, o3: 92, pm2_5: 102 });
    expect(r.indicators.o3_1h?.value).toBe(75);
    expect(r.aqi).toBe(102);
    expect(r.level?.categoryZh).toBe('轻度污染');
    expect(r.primaryPollutants).toEqual(['pm2_5']);
    expect(r.exceedingPollutants).toEqual(['pm2_5']);
  });
  it('A1 daily, 2026: AQI 115, no O3 1 h, no exceeding pollutants', () => {
    const r = computeAqi(A1, { standard: 'HJ633-2026', mode: 'daily' });
    expect(r.pollutants).toEqual({ so2: 10, no2: 57, pm10: 100, co: 30, o3: 92, pm2_5: 115 });
    expect(r.indicators.o3_1h).toBeUndefined();
    expect(r.aqi).toBe(115);
    expect(r.level?.level).toBe(3);
    expect(r.exceedingPollutants).toBeNull();
  });
  it('A4 hourly: SO2 1 h 900 — 2012 falls back to the 24-h mean (124), 2026 sets 200', () => {
    const base = { so2_1h: 900, so2_24h: 300, no2_1h: 50, co_1h: 0.8, o3_1h: 60 };
    const r12 = computeAqi(
      { ...base, o3_8h: 50, pm10_24h: 40, pm2_5_24h: 20 },
      { standard: 'HJ633-2012', mode: 'realtime' },
    );
    expect(r12.aqi).toBe(124);
    expect(r12.indicators.so2_1h?.substitutedBy).toBe('so2_24h');
    const r26 = computeAqi({ ...base, pm10_1h: 40, pm2_5_1h: 20 }, { standard: 'HJ633-2026', mode: 'realtime' });
    expect(r26.aqi).toBe(200);
    expect(r26.primaryPollutants).toEqual(['so2']);
  });
  it('A5 daily: O3 8 h 850 — 2012 uses the 1-h value (400), 2026 sets 300', () => {
    const input = { o3_8h: 850, o3_1h: 1000, so2_24h: 10, no2_24h: 20, pm10_24h: 40, co_24h: 0.5, pm2_5_24h: 20 };
    expect(computeAqi(input, { standard: 'HJ633-2012', mode: 'daily' }).aqi).toBe(400);
    expect(computeAqi(input, { standard: 'HJ633-2026', mode: 'daily' }).aqi).toBe(300);
  });
  it('A6 hourly: 2026 real-time from six 1-h values (108); 2012 real-time with moving means (105)', () => {
    const h = { so2_1h: 12, no2_1h: 85, co_1h: 1.1, o3_1h: 210, pm10_1h: 95, pm2_5_1h: 68 };
    const r26 = computeAqi(h, { standard: 'HJ633-2026', mode: 'realtime' });
    expect(r26.pollutants).toEqual({ so2: 4, no2: 43, co: 11, o3: 105, pm10: 83, pm2_5: 108 });
    expect(r26.primaryPollutants).toEqual(['pm2_5']);
    const r12 = computeAqi(
      { ...h, pm10_24h: 80, pm2_5_24h: 50, o3_8h: 150 },
      { standard: 'HJ633-2012', mode: 'realtime' },
    );
    expect(r12.pollutants).toMatchObject({ o3: 105, pm10: 65, pm2_5: 69 });
    expect(r12.aqi).toBe(105);
    expect(r12.indicators.pm10_1h).toBeUndefined();
  });
});

describe('primary pollutants, missing data, levels', () => {
  it('ties list every tied pollutant; none when AQI ≤ 50', () => {
    const tie = computeAqi({ pm10_24h: 150, pm2_5_24h: 75, so2_24h: 5 }, { standard: 'HJ633-2012', mode: 'daily' });
    expect(tie.primaryPollutants).toEqual(['pm10', 'pm2_5']);
    const clean = computeAqi({ pm10_24h: 50, pm2_5_24h: 35 }, { standard: 'HJ633-2012', mode: 'daily' });
    expect(clean.aqi).toBe(50);
    expect(clean.primaryPollutants).toEqual([]);
  });
  it('2012: a missing counted indicator makes the AQI NA; sub-indices stay', () => {
    const r = computeAqi({ pm10_24h: 300, pm2_5_24h: null }, { standard: 'HJ633-2012', mode: 'daily' });
    expect(r.aqi).toBeNull();
    expect(r.maxAvailable).toBe(175);
    expect(r.missing).toEqual(['pm2_5_24h']);
  });
  it('2026 §5.3.1: with a missing pollutant the AQI is published only above 100', () => {
    expect(computeAqi({ pm10_24h: 300, pm2_5_24h: '' }, { standard: 'HJ633-2026', mode: 'daily' }).aqi).toBe(175);
    const low = computeAqi({ pm10_24h: 80, pm2_5_24h: '' }, { standard: 'HJ633-2026', mode: 'daily' });
    expect(low.aqi).toBeNull();
    expect(low.level).toBeNull();
    expect(low.maxAvailable).toBe(72);
  });
  it('an indicator that is not given is not counted and not missing', () => {
    const r = computeAqi({ pm10_24h: 80 }, { standard: 'HJ633-2012', mode: 'daily' });
    expect(r.aqi).toBe(65);
    expect(r.missing).toEqual([]);
  });
  it('AQI is the maximum of the counted sub-indices', () => {
    const r = computeAqi(A1, { standard: 'HJ633-2012', mode: 'daily' });
    expect(r.aqi).toBe(Math.max(...Object.values(r.pollutants)));
  });
  it('levels and colours (HJ 633 table 2)', () => {
    expect([0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500].map((a) => aqiLevel(a).level)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
    ]);
    expect(aqiLevel(301)).toMatchObject({ categoryZh: '严重污染', categoryEn: 'Severely polluted', hex: '#7E0023' });
    expect(() => aqiLevel(1.5)).toThrow();
  });
});

describe('AQI property', () => {
  it('AQI is the maximum of the independent reference IAQIs of the counted indicators (no special rules hit)', () => {
    const standards = ['HJ633-2012', 'HJ633-2026'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...standards),
        fc.constantFrom('daily', 'realtime', 'published') as fc.Arbitrary<'daily' | 'realtime' | 'published'>,
        fc.array(fc.integer({ min: 0, max: 7000 }), { minLength: 12, maxLength: 12 }),
        (standard, mode, raw) => {
          const set = INDICATOR_SETS[standard][mode];
          // Tenths up to 700.0 keep SO2 1 h and O3 8 h under 800, so only the plain formula applies.
          const input = Object.fromEntries(set.map((ind, i) => [ind, ((raw[i] as number) / 10).toFixed(1)]));
          const r = computeAqi(input, { standard, mode, roundConcentration: false });
          const refs = set.map(
            (ind) => referenceIaqi(ind, input[ind] as string, standard === 'HJ633-2012' ? '2012' : '2026') ?? 500,
          );
          expect(r.aqi).toBe(Math.max(...refs));
        },
      ),
    );
  });
});
