import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { monthPeriod, resolvePeriod } from '../periods';
import { dailyReadings, ingest, seedKnownJune, stationIdOf } from '../test/air-fixtures';
import { airRanking, loadAirNetwork, loadCityDays, loadCityDaysByStation } from './air-evaluation.service';

// Expected figures worked by hand (GB 3095-2012 divisors 60/40/70/35/4/160):
// base composite without PM2.5 = 10/60 + 20/40 + 50/70 + 1.0/4 + 100/160 = 2.255952…
// Nanning: PM2.5 days 35 (mean of 30 and 40) × 29 and 30 × 1 (station 2's day had 19 hours) → 34.83 → 35; index 3.26.
// Liuzhou: 35 every day → 3.26: a tie, both rank 1. Guilin: 70 × 29 + 120 → 71.67 → 72; index 4.31, rank 3.
// Wuzhou: 20 valid days in June (< 27) → invalid, no rank.
describe.each(testDatabases())('air evaluation and ranking on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedKnownJune(t.deps);
  });
  afterAll(() => t?.close());

  it('ranks with shared places, skips an invalid month and reports the statistics', async () => {
    const r = await airRanking(t.deps.db, monthPeriod('2025-06'));
    expect(r.limitsStandard).toBe('GB3095-2012');
    expect(r.aqiStandards).toEqual(['HJ633-2012']);
    const by = new Map(r.cities.map((c) => [c.regionCode, c]));
    const nanning = by.get('450100')!;
    expect(nanning.name).toBe('南宁市');
    expect(nanning.stats.pm2_5).toBe(35);
    expect(nanning.compositeIndex).toBe('3.26');
    expect(nanning.rank).toBe(1);
    expect(by.get('450200')!.compositeIndex).toBe('3.26');
    expect(by.get('450200')!.rank).toBe(1);
    const guilin = by.get('450300')!;
    expect(guilin.stats.pm2_5).toBe(72);
    expect(guilin.compositeIndex).toBe('4.31');
    expect(guilin.rank).toBe(3);
    expect(guilin.goodDays).toBe(29);
    expect(guilin.goodDayRatio).toBe('96.7');
    expect(guilin.levelDays).toEqual([0, 29, 0, 1, 0, 0]);
    expect(guilin.primaryPollutantDays).toEqual({ pm2_5: 30 });
    expect(guilin.mainPollutants).toEqual(['pm2_5']);
    const wuzhou = by.get('450400')!;
    expect(wuzhou.daysValid).toBe(20);
    expect(wuzhou.isValid).toBe(false);
    expect(wuzhou.rank).toBeNull();
    expect(wuzhou.validityNote).toContain('2025-06 (20 days)');
    expect(by.get('450500')!.daysValid).toBe(0);
    expect(r.cities.slice(0, 3).map((c) => c.regionCode)).toEqual(['450100', '450200', '450300']);
  });

  it('compares with the same month of the previous year', async () => {
    const r = await airRanking(t.deps.db, monthPeriod('2025-06'));
    const nanning = r.cities.find((c) => c.regionCode === '450100')!;
    expect(r.previousPeriod).toMatchObject({ from: '2024-06-01', to: '2024-06-30' });
    expect(nanning.previous).toEqual({ compositeIndex: '3.40', goodDayRatio: '100.0', pm2_5: 40 });
    expect(nanning.compositeChangePct).toBe('-4.1');
    expect(nanning.pm25ChangePct).toBe('-12.5');
    expect(nanning.goodDayRatioChange).toBe('0.0');
    expect(r.cities.find((c) => c.regionCode === '450200')!.previous).toBeNull();
  });

  it('evaluates a quarter with the same data: the partial months are not judged, June is', async () => {
    const q = resolvePeriod({ period: 'quarter', date: '2025-05-10' }, '2025-11-01');
    expect(q).toMatchObject({ from: '2025-04-01', to: '2025-06-30', label: '2025-Q2' });
    const r = await airRanking(t.deps.db, q, { compare: false });
    const nanning = r.cities.find((c) => c.regionCode === '450100')!;
    // April and May have no data: whole months below their minimum make the quarter invalid.
    expect(nanning.isValid).toBe(false);
    expect(nanning.validityNote).toContain('2025-04 (0 days)');
    expect(nanning.compositeIndex).toBe('3.26');
  });

  it('aggregates city days in the database exactly as cityMean does station by station', async () => {
    const network = await loadAirNetwork(t.deps.db);
    const fast = await loadCityDays(t.deps.db, network, '2025-06-01', '2025-06-30');
    const reference = await loadCityDaysByStation(t.deps.db, network, '2025-06-01', '2025-06-30');
    expect(fast.get('450100')!.find((d) => d.date === '2025-06-15')!.values.pm2_5).toBe(30);
    expect(fast.get('450100')!.find((d) => d.date === '2025-06-14')!.values.pm2_5).toBe(35);
    expect([...fast].map(([k, days]) => [k, days.map((d) => [d.date, d.values, d.aqi.aqi])])).toEqual(
      [...reference].map(([k, days]) => [k, days.map((d) => [d.date, d.values, d.aqi.aqi])]),
    );
  });

  it('follows new data: the stored city days are refreshed when rollups change', async () => {
    const before = await airRanking(t.deps.db, monthPeriod('2025-06'), { compare: false });
    expect(before.cities.find((c) => c.regionCode === '450200')!.rank).toBe(1);
    t.clock.advance(3_600_000);
    // Liuzhou station 1 gets a worse PM2.5 on every June day: the city mean goes from 35 to 40.
    await ingest(
      t.deps,
      dailyReadings(await stationIdOf(t.deps, 'GX-A-450200-1'), '2025-06-01', 30, () => ({ pm2_5: 45 })),
    );
    const after = await airRanking(t.deps.db, monthPeriod('2025-06'), { compare: false });
    const liuzhou = after.cities.find((c) => c.regionCode === '450200')!;
    expect(liuzhou.stats.pm2_5).toBe(40);
    expect(liuzhou.rank).toBe(2);
    expect(after.cities.find((c) => c.regionCode === '450100')!.rank).toBe(1);
  });
});
