import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { storeReadings } from '../ingest/ingest.service';
import type { Reading } from '../ingest/reading';
import { processDirtyRollups, rebuildRollups } from './rollup.service';

const HOUR = 3_600_000;

/** Hourly readings from a Shanghai local start (e.g. '2026-03-10T00:00') for `values.length` hours. */
function hours(
  stationId: string,
  parameter: string,
  localStart: string,
  values: (number | null)[],
  flag = 'N',
): Reading[] {
  const t0 = Date.parse(`${localStart}:00+08:00`);
  return values.flatMap((v, i) =>
    v === null
      ? []
      : [
          {
            stationId,
            parameter,
            period: '1h' as const,
            periodStart: new Date(t0 + i * HOUR).toISOString(),
            value: v,
            valueText: String(v),
            flag,
          },
        ],
  );
}

describe.each(testDatabases())('rollups on $name', (db) => {
  let t: TestApp;
  let station: string;
  const day = async (parameter: string, date: string) =>
    t.deps.db
      .selectFrom('observation_rollups')
      .selectAll()
      .where('station_id', '=', station)
      .where('parameter', '=', parameter)
      .where('period', '=', '1d')
      .where('period_start', '=', new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString())
      .executeTakeFirst();

  beforeAll(async () => {
    t = await createTestApp(db);
    station = (
      await t.deps.db.selectFrom('stations').select('id').where('code', '=', 'GX-A-450500-1').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t?.close());

  it('computes a Shanghai day from the hours 00:00-23:00 local (16:00-15:00 UTC), rounding half to even', async () => {
    // 24 hours of PM2.5: 10 ×23 and 22 → mean 10.5 → 10 (half to even). The hour before and after belong to other days.
    const values = [...Array(23).fill(10), 22];
    await storeReadings(
      t.deps.db,
      t.clock,
      [
        ...hours(station, 'pm2_5', '2026-03-10T00:00', values),
        ...hours(station, 'pm2_5', '2026-03-09T23:00', [500]),
        ...hours(station, 'pm2_5', '2026-03-11T00:00', [500]),
      ],
      'http',
    );
    while ((await processDirtyRollups(t.deps.db, t.clock)) > 0);
    expect(await day('pm2_5', '2026-03-10')).toMatchObject({ count: 24, mean: 10, min: 10, max: 22, is_valid: 1 });
    expect(await day('pm2_5', '2026-03-09')).toMatchObject({ count: 1, is_valid: 0, mean: null });
  });

  it("drains days weeks apart in one batch, each from its own hours (a station's days are read in runs)", async () => {
    await storeReadings(
      t.deps.db,
      t.clock,
      [
        ...hours(station, 'no2', '2026-04-01T00:00', Array(24).fill(20)),
        ...hours(station, 'no2', '2026-04-02T00:00', Array(24).fill(30)),
        ...hours(station, 'no2', '2026-05-20T00:00', Array(24).fill(40)),
      ],
      'http',
    );
    while ((await processDirtyRollups(t.deps.db, t.clock)) > 0);
    expect(await day('no2', '2026-04-01')).toMatchObject({ count: 24, mean: 20, is_valid: 1 });
    expect(await day('no2', '2026-04-02')).toMatchObject({ count: 24, mean: 30, is_valid: 1 });
    expect(await day('no2', '2026-05-20')).toMatchObject({ count: 24, mean: 40, is_valid: 1 });
    expect(await day('no2', '2026-04-10')).toBeUndefined();
  });

  it('leaves a day with 19 valid hours invalid, and flagged hours do not count', async () => {
    await storeReadings(
      t.deps.db,
      t.clock,
      [
        ...hours(station, 'so2', '2026-03-12T00:00', Array(19).fill(8)),
        ...hours(station, 'so2', '2026-03-12T19:00', Array(5).fill(80), 'C'),
      ],
      'http',
    );
    while ((await processDirtyRollups(t.deps.db, t.clock)) > 0);
    expect(await day('so2', '2026-03-12')).toMatchObject({ count: 19, is_valid: 0, mean: null });
  });

  it('derives the O3 daily 8-hour maximum and 1-hour maximum', async () => {
    // O3 rises to 200 for hours 12-19 local: the 8-h window ending 20:00 averages 200.
    const o3 = Array.from({ length: 24 }, (_, h) => (h >= 12 && h < 20 ? 200 : 40));
    await storeReadings(t.deps.db, t.clock, hours(station, 'o3', '2026-03-13T00:00', o3), 'http');
    while ((await processDirtyRollups(t.deps.db, t.clock)) > 0);
    expect(await day('o3_8h_max', '2026-03-13')).toMatchObject({ mean: 200, is_valid: 1, count: 17 });
    expect(await day('o3_1h_max', '2026-03-13')).toMatchObject({ mean: 200 });
  });

  it('rolls days into the month with the GB 3095 validity count, and rebuild reproduces the same rows', async () => {
    const month = await t.deps.db
      .selectFrom('observation_rollups')
      .selectAll()
      .where('station_id', '=', station)
      .where('parameter', '=', 'pm2_5')
      .where('period', '=', '1mo')
      .executeTakeFirstOrThrow();
    expect(month).toMatchObject({ count: 1, expected: 31, is_valid: 0, mean: 10 });
    const before = await t.deps.db
      .selectFrom('observation_rollups')
      .select(['parameter', 'period', 'period_start', 'count', 'mean', 'is_valid'])
      .where('station_id', '=', station)
      .orderBy('period')
      .orderBy('period_start')
      .orderBy('parameter')
      .execute();
    await t.deps.db.deleteFrom('observation_rollups').execute();
    await rebuildRollups(t.deps.db, t.clock);
    const after = await t.deps.db
      .selectFrom('observation_rollups')
      .select(['parameter', 'period', 'period_start', 'count', 'mean', 'is_valid'])
      .where('station_id', '=', station)
      .orderBy('period')
      .orderBy('period_start')
      .orderBy('parameter')
      .execute();
    expect(after).toEqual(before);
  });
});
