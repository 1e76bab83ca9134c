import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { airRanking } from '../air/air-evaluation.service';
import { dailyReadings, ingest, stationIdOf } from '../test/air-fixtures';
import { monthPeriod } from '../periods';

// Three cities over June 2025 whose polluted days fall on different dates: the province-wide mean
// of all stations stays good every day (≤ 75 µg/m³ PM2.5), while each city has its own bad days.
// Nanning: every 3rd day 150 (10 bad days of 30); Liuzhou: never; Guilin: every 5th day 150 (6 bad).
const bad = (every: number) => (_d: string, i: number) => ({ pm2_5: i % every === 0 ? 150 : 30 });

describe.each(testDatabases())('province indicators over city-days on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    const id = (code: string) => stationIdOf(t.deps, code);
    await ingest(t.deps, [
      ...dailyReadings(await id('GX-A-450100-1'), '2025-06-01', 30, bad(3)),
      ...dailyReadings(await id('GX-A-450200-1'), '2025-06-01', 30, () => ({ pm2_5: 30 })),
      ...dailyReadings(await id('GX-A-450300-1'), '2025-06-01', 30, bad(5)),
    ]);
  });
  afterAll(() => t?.close());

  it("computes the province good-day ratio as Σ good city-days / Σ valid city-days, inside the cities' range", async () => {
    const reading = await findMetric('air.good_day_ratio')!.read(t.deps, {
      regionCode: '450000',
      year: 2025,
      asOf: new Date('2026-01-05T00:00:00Z'),
    });
    // Independent computation from the ranking's per-city figures.
    const cities = (await airRanking(t.deps.db, monthPeriod('2025-06'), { compare: false })).cities.filter(
      (c) => c.daysValid > 0,
    );
    const good = cities.reduce((a, c) => a + c.goodDays, 0);
    const valid = cities.reduce((a, c) => a + c.daysValid, 0);
    expect(valid).toBe(90);
    expect(reading.value).toBeCloseTo(Math.round((1000 * good) / valid) / 10, 9);
    expect(reading.value).toBe(82.2); // 74 of 90
    const ratios = cities.map((c) => Number(c.goodDayRatio));
    expect(reading.value!).toBeGreaterThanOrEqual(Math.min(...ratios));
    expect(reading.value!).toBeLessThanOrEqual(Math.max(...ratios));
  });

  it('gives the province PM2.5 as the mean over city-days and a city its own figure', async () => {
    const province = await findMetric('air.pm25_annual_mean')!.read(t.deps, {
      regionCode: '450000',
      year: 2025,
      asOf: new Date('2026-01-05T00:00:00Z'),
    });
    // (10 × 150 + 20 × 30 + 30 × 30 + 6 × 150 + 24 × 30) / 90 = 4620 / 90 = 51.33 → 51
    expect(province.value).toBe(51);
    const liuzhou = await findMetric('air.good_day_ratio')!.read(t.deps, {
      regionCode: '450200',
      year: 2025,
      asOf: new Date('2026-01-05T00:00:00Z'),
    });
    expect(liuzhou.value).toBe(100);
  });
});
