import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { insertStation } from '../stations/stations.service';
import { ensurePartitions } from './partitions.repository';
import { isValidFlag, shanghaiDate, type Reading } from './reading';
import { writeReadings } from './write-readings';

/** Row by row: each event finds its open alert (station, kind, parameter) and updates it, or opens one. */
async function referenceAlerts(trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  const limits = await trx.selectFrom('parameter_limits').selectAll().execute();
  const kinds = new Map((await trx.selectFrom('stations').select(['id', 'kind']).execute()).map((s) => [s.id, s.kind]));
  const events: { r: Reading; kind: string; message: string; threshold: number | null; flag: string | null }[] = [];
  for (const r of readings)
    if (!isValidFlag(r.flag))
      events.push({
        r,
        kind: 'abnormal_flag',
        message: `${r.parameter} flagged ${r.flag} at ${r.periodStart}`,
        threshold: null,
        flag: r.flag,
      });
  for (const r of readings) {
    const limit = limits.find(
      (l) => l.station_kind === kinds.get(r.stationId) && l.parameter === r.parameter && l.period === r.period,
    );
    if (limit && r.value !== null && r.value > limit.max_value)
      events.push({
        r,
        kind: 'over_limit',
        message: `${r.parameter} ${r.value} > ${limit.max_value} at ${r.periodStart}`,
        threshold: limit.max_value,
        flag: null,
      });
  }
  for (const { r, kind, message, threshold, flag } of events) {
    const open = await trx
      .selectFrom('alerts')
      .select('id')
      .where('station_id', '=', r.stationId)
      .where('kind', '=', kind)
      .where('parameter', '=', r.parameter)
      .where('status', '!=', 'closed')
      .executeTakeFirst();
    if (open)
      await trx
        .updateTable('alerts')
        .set({ last_at: r.periodStart, value: r.value, message, flag })
        .where('id', '=', open.id)
        .execute();
    else {
      await trx
        .insertInto('alerts')
        .values({
          id: randomUUID(),
          station_id: r.stationId,
          kind,
          parameter: r.parameter,
          message,
          value: r.value,
          threshold,
          flag,
          first_at: r.periodStart,
          last_at: r.periodStart,
          status: 'open',
          acknowledged_by: null,
          acknowledged_at: null,
        })
        .execute();
    }
  }
}

/**
 * An independent oracle: the straightforward row-by-row version of the write path (upsert each
 * reading, queue each day, raise each station's last-data time, check every reading for alerts).
 * The set-based writeReadings must leave the database exactly as this does.
 */
async function referenceWrite(
  db: Db,
  trx: Kysely<Database>,
  receivedAt: string,
  readings: readonly Reading[],
): Promise<void> {
  await ensurePartitions(db, trx, readings);
  for (const r of readings) {
    await trx
      .insertInto('observations')
      .values({
        station_id: r.stationId,
        parameter: r.parameter,
        period: r.period,
        period_start: r.periodStart,
        value: r.value,
        value_text: r.valueText,
        flag: r.flag,
        source: 'test',
        received_at: receivedAt,
      })
      .onConflict((oc) =>
        oc
          .columns(['station_id', 'parameter', 'period', 'period_start'])
          .doUpdateSet({ value: r.value, value_text: r.valueText, flag: r.flag, received_at: receivedAt }),
      )
      .execute();
    if (r.period === '1h' || r.period === '1d') {
      await trx
        .insertInto('rollup_dirty')
        .values({ station_id: r.stationId, day: shanghaiDate(r.periodStart) })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await trx
      .updateTable('stations')
      .set({ last_data_at: r.periodStart })
      .where('id', '=', r.stationId)
      .where((eb) => eb.or([eb('last_data_at', 'is', null), eb('last_data_at', '<', r.periodStart)]))
      .execute();
  }
  await referenceAlerts(trx, readings);
}

describe.each(testDatabases())('the ingest write path on $name', (dbCase) => {
  let t: TestApp;
  let a: string;
  let b: string;

  beforeAll(async () => {
    t = await createTestApp(dbCase);
    a = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'FAST-A',
        name: 'A',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    b = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'FAST-B',
        name: 'B',
        kind: 'water_river',
        regionCode: '450100',
      })
    ).id;
    await t.deps.db
      .insertInto('parameter_limits')
      .values({ id: randomUUID(), station_kind: 'air_national', parameter: 'so2', period: '1h', max_value: 500 })
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  const r = (
    stationId: string,
    parameter: string,
    period: Reading['period'],
    periodStart: string,
    value: number | null,
    flag: string | null = 'N',
  ): Reading => ({
    stationId,
    parameter,
    period,
    periodStart,
    value,
    valueText: value === null ? null : String(value),
    flag,
  });

  /** Two batches: new rows, a key repeated inside a batch, an update of an earlier row, flags, limit breaches (an alert raised twice in one batch, one raised again in the next), several days and months. */
  const batches = (): Reading[][] => [
    [
      r(a, 'so2', '1h', '2026-03-01T01:00:00.000Z', 10),
      r(a, 'so2', '1h', '2026-03-01T01:00:00.000Z', 12),
      r(a, 'so2', '1h', '2026-03-01T16:00:00.000Z', 600),
      r(a, 'pm2_5', '1h', '2026-03-01T17:00:00.000Z', 40, 'D'),
      r(a, 'pm2_5', 'rt', '2026-02-28T23:59:30.000Z', 41),
      r(b, 'cod', '1d', '2026-02-27T16:00:00.000Z', 18, null),
      r(b, 'nh3_n', '1m', '2026-04-01T00:01:00.000Z', null, 'M'),
      r(a, 'pm2_5', '1h', '2026-03-01T18:00:00.000Z', 44, 'F'),
    ],
    [
      r(a, 'so2', '1h', '2026-03-01T01:00:00.000Z', 13, 'C'),
      r(a, 'so2', '1h', '2026-03-01T18:00:00.000Z', 700),
      r(b, 'cod', '1d', '2026-01-31T16:00:00.000Z', 20),
      r(a, 'so2', '1h', '2026-03-01T19:00:00.000Z', 800),
    ],
  ];

  async function runWith(write: (trx: Kysely<Database>, readings: Reading[]) => Promise<void>) {
    const { db } = t.deps;
    for (const table of ['observations', 'rollup_dirty', 'alerts'] as const) await db.deleteFrom(table).execute();
    await db.updateTable('stations').set({ last_data_at: '2026-03-01T02:00:00.000Z' }).where('id', '=', b).execute();
    await db.updateTable('stations').set({ last_data_at: null }).where('id', '=', a).execute();
    for (const batch of batches()) {
      await db.transaction().execute((trx) => write(trx, batch));
      t.clock.advance(1000);
    }
    return {
      observations: (
        await db
          .selectFrom('observations')
          .selectAll()
          .orderBy('station_id')
          .orderBy('parameter')
          .orderBy('period')
          .orderBy('period_start')
          .execute()
      ).map(({ source: _source, ...rest }) => rest),
      dirty: await db.selectFrom('rollup_dirty').selectAll().orderBy('station_id').orderBy('day').execute(),
      stations: await db
        .selectFrom('stations')
        .select(['id', 'last_data_at'])
        .where('id', 'in', [a, b])
        .orderBy('id')
        .execute(),
      alerts: (
        await db.selectFrom('alerts').selectAll().orderBy('station_id').orderBy('kind').orderBy('parameter').execute()
      ).map(({ id: _id, ...rest }) => rest),
    };
  }

  it('leaves exactly the rows the row-by-row reference leaves', async () => {
    t.clock.set('2026-03-02T00:00:00Z');
    const reference = await runWith((trx, readings) =>
      referenceWrite(t.deps.db, trx, t.clock.now().toISOString(), readings),
    );
    t.clock.set('2026-03-02T00:00:00Z');
    const actual = await runWith((trx, readings) => writeReadings(t.deps.db, trx, t.clock, readings, 'http'));
    expect(reference.observations).toHaveLength(10);
    expect(reference.alerts.map((x) => `${x.kind}:${x.parameter}`).sort()).toEqual([
      'abnormal_flag:nh3_n',
      'abnormal_flag:pm2_5',
      'abnormal_flag:so2',
      'over_limit:so2',
    ]);
    expect(reference.dirty.length).toBeGreaterThanOrEqual(3);
    expect(reference.alerts.find((x) => x.kind === 'abnormal_flag' && x.parameter === 'pm2_5')?.flag).toBe('F'); // the last reading's flag
    expect(actual).toEqual(reference);
  });
});

// Issue #11, item 2: ensurePartitions remembered a month as created before its transaction
// committed; after a rollback every write to that month failed ("no partition of relation
// "observations" found for row") until the process restarted.
describe.each(testDatabases())(
  'writing to a month whose partition was created in a rolled-back transaction on $name',
  (dbCase) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dbCase);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('creates the partition again and stores the reading', async () => {
      const { db } = t.deps;
      const stationId = (
        await insertStation({ db: db, clock: t.clock }, null, {
          code: 'PART-1',
          name: '分区测试站',
          kind: 'air_national',
          regionCode: '450100',
        })
      ).id;
      const reading: Reading = {
        stationId,
        parameter: 'so2',
        period: '1h',
        periodStart: '2031-05-01T01:00:00.000Z',
        value: 7,
        valueText: '7',
        flag: 'N',
      };
      const rollback = new Error('rolled back on purpose');
      await expect(
        db.transaction().execute(async (trx) => {
          await writeReadings(db, trx, t.clock, [reading], 'http'); // creates the month's partition (on PostgreSQL)
          throw rollback;
        }),
      ).rejects.toBe(rollback);
      expect(await db.selectFrom('observations').select('value').where('station_id', '=', stationId).execute()).toEqual(
        [],
      );

      await db
        .transaction()
        .execute((trx) => writeReadings(db, trx, t.clock, [{ ...reading, value: 8, valueText: '8' }], 'http'));
      expect(await db.selectFrom('observations').select('value').where('station_id', '=', stationId).execute()).toEqual(
        [{ value: 8 }],
      );
    });
  },
);
