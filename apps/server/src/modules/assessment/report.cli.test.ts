import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo as capture } from '../../test/capture-io';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';
import { runReportCommand } from './report.cli';
import { storeReadings } from '../monitoring';
import { dailyReadings, seedKnownJune, stationIdOf } from './test/air-fixtures';

describe.each(testDatabases())('ecocloud report ranking on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    await seedKnownJune(t.deps);
  });
  afterAll(() => t?.close());

  it('prints the ranking as CSV from the stored data', async () => {
    const c = capture();
    expect(await runReportCommand(t.deps, ['ranking', '--from', '2025-06-01', '--to', '2025-06-30'], c.io)).toBe(0);
    const lines = c.stdout().trim().split('\n');
    expect(lines[0]).toBe(
      'rank,city,region_code,days_valid,so2,no2,pm10,pm2_5,co_p95,o3_8h_p90,good_day_ratio,composite_index,main_pollutant,composite_change_pct,period,standard',
    );
    expect(lines.slice(1, 4).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '1,南宁市,450100',
      '1,柳州市,450200',
      '3,桂林市,450300',
    ]);
    expect(lines[3]).toContain(',30,10,20,50,72,1.0,100,96.7,4.31,PM2.5,');
    expect(lines.find((l) => l.includes('450400'))!.startsWith(',梧州市,450400,20,')).toBe(true);
  });

  it('prints JSON with --json and refuses a missing date with exit code 2', async () => {
    const c = capture();
    expect(
      await runReportCommand(t.deps, ['ranking', '--from', '2025-06-01', '--to', '2025-06-30', '--json'], c.io),
    ).toBe(0);
    const json = JSON.parse(c.stdout());
    expect(json.cities[0]).toMatchObject({ regionCode: '450100', rank: 1, compositeIndex: '3.26' });
    const bad = capture();
    expect(await runReportCommand(t.deps, ['ranking', '--from', '2025-06-01'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('from and to');
    expect(await runReportCommand(t.deps, ['nothing'], capture().io)).toBe(2);
  });
});

describe.each(testDatabases())('ecocloud report ranking applies pending rollups first on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('ranks data imported without a running worker, with a progress line on stderr', async () => {
    // What `import observations` leaves behind: stored observations and queued rollup work, no rollups.
    await storeReadings(
      t.deps.db,
      t.deps.clock,
      dailyReadings(await stationIdOf(t.deps, 'GX-A-450200-1'), '2025-06-01', 30, () => ({ pm2_5: 30 })),
      'import',
    );
    const c = capture();
    expect(
      await runReportCommand(t.deps, ['ranking', '--from', '2025-06-01', '--to', '2025-06-30', '--json'], c.io),
    ).toBe(0);
    expect(c.stderr()).toMatch(/applying pending rollups: 30\/30 station-days/);
    const liuzhou = JSON.parse(c.stdout()).cities.find((x: { regionCode: string }) => x.regionCode === '450200');
    expect(liuzhou).toMatchObject({ daysValid: 30, isValid: true, rank: 1 });
    const again = capture();
    expect(await runReportCommand(t.deps, ['ranking', '--from', '2025-06-01', '--to', '2025-06-30'], again.io)).toBe(0);
    expect(again.stderr()).toBe('');
  });
});
