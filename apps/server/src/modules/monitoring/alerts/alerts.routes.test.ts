import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { storeReadings } from '../ingest/ingest.service';
import type { Reading } from '../ingest/reading';
import * as m0012 from '../../../db/migrations/0012-alert-events';

const SIX = ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3'];

type Item = {
  id: string;
  ids: string[];
  stationName: string;
  kind: string;
  parameters: { parameter: string; value: number | null; threshold: number | null; flag: string | null }[];
  firstAt: string;
  lastAt: string;
  status: string;
  acknowledgedBy: string | null;
};

// Issue #14: one fault flagging six pollutants made six alert rows; an alert is one event per
// station, kind and start, listing its pollutants, and several are acknowledged at once.
describe.each(testDatabases())('alert events on $name', (dbCase) => {
  let t: TestApp;
  let nanning: string;
  let guilin: string;

  beforeAll(async () => {
    t = await createTestApp(dbCase);
    t.clock.set('2026-12-05T10:30:00.000Z');
    const analyst = await t.login('analyst');
    nanning = (await analyst.request('GET', '/api/v1/stations/GX-A-450100-1')).json().id;
    guilin = (await analyst.request('GET', '/api/v1/stations/GX-A-450300-1')).json().id;
    const reading = (stationId: string, parameter: string, periodStart: string, flag: string): Reading => ({
      stationId,
      parameter,
      period: '1h',
      periodStart,
      value: 12,
      valueText: '12',
      flag,
    });
    // A fault at Nanning flags all six pollutants for two hours; Guilin has one flagged pollutant.
    await storeReadings(
      t.deps.db,
      t.clock,
      SIX.map((p) => reading(nanning, p, '2026-12-05T09:00:00.000Z', 'D')),
      'http',
    );
    await storeReadings(
      t.deps.db,
      t.clock,
      SIX.map((p) => reading(nanning, p, '2026-12-05T10:00:00.000Z', 'D')),
      'http',
    );
    await storeReadings(t.deps.db, t.clock, [reading(guilin, 'pm10', '2026-12-05T10:00:00.000Z', 'M')], 'http');
  });
  afterAll(() => t?.close());

  const openAt = async (stationId: string): Promise<Item[]> =>
    (await (await t.login('analyst')).request('GET', `/api/v1/alerts?status=open&stationId=${stationId}`)).json().items;

  it("lists one alert for the station's fault, with its six pollutants, flag, start and last hour", async () => {
    const analyst = await t.login('analyst');
    const list = (await analyst.request('GET', '/api/v1/alerts?status=open')).json();
    expect(list.total).toBe(2);
    const fault = (await openAt(nanning))[0]!;
    expect(fault.ids).toHaveLength(6);
    expect(fault).toMatchObject({
      kind: 'abnormal_flag',
      firstAt: '2026-12-05T09:00:00.000Z',
      lastAt: '2026-12-05T10:00:00.000Z',
      status: 'open',
    });
    expect(fault.parameters.map((p) => p.parameter).sort()).toEqual([...SIX].sort());
    expect(fault.parameters.every((p) => p.flag === 'D' && p.value === 12)).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/flagged/); // no English words: the web words the alert
    expect((await openAt(guilin))[0]!.parameters).toEqual([
      { parameter: 'pm10', value: 12, threshold: null, flag: 'M' },
    ]);
  });

  it("acknowledges several alerts at once, all or none, within the caller's scope, each audited", async () => {
    const [fault] = await openAt(nanning);
    const [other] = await openAt(guilin);
    const ids = [...fault!.ids, ...other!.ids];
    // A Nanning officer may not acknowledge Guilin's alert: the whole batch is refused.
    const officer = await t.login('nanning_officer');
    expect((await officer.request('POST', '/api/v1/alerts/acknowledge', { ids })).statusCode).toBe(404);
    expect(await openAt(nanning)).toHaveLength(1);
    const analyst = await t.login('analyst');
    expect((await analyst.request('POST', '/api/v1/alerts/acknowledge', { ids: [] })).statusCode).toBe(400);
    expect((await analyst.request('POST', '/api/v1/alerts/acknowledge', { ids })).statusCode).toBe(204);
    expect(await openAt(nanning)).toEqual([]);
    const acked = (await analyst.request('GET', '/api/v1/alerts?status=acknowledged')).json();
    expect(acked.total).toBe(2);
    expect(acked.items.every((a: Item) => a.acknowledgedBy === 'analyst')).toBe(true);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'alert.acknowledge')
      .execute();
    expect(audited.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
    // Once acknowledged, acknowledging again is a conflict.
    expect((await analyst.request('POST', '/api/v1/alerts/acknowledge', { ids: [other!.ids[0]] })).statusCode).toBe(
      409,
    );
  });
});

describe.each(testDatabases())('migration 0012 on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dbCase);
  });
  afterAll(() => t?.close());

  it('gives alerts raised before it their HJ 212 flag back from their log line', async () => {
    const { db } = t.deps;
    await m0012.down(db);
    const station = await db.selectFrom('stations').select('id').executeTakeFirstOrThrow();
    const at = '2026-12-05T10:00:00.000Z';
    const old = {
      station_id: station.id,
      parameter: 'pm10',
      value: 3,
      threshold: null,
      first_at: at,
      last_at: at,
      status: 'open',
      acknowledged_by: null,
      acknowledged_at: null,
    };
    await db
      .insertInto('alerts')
      .values([
        { ...old, id: 'old-flag', kind: 'abnormal_flag', message: `pm10 flagged D at ${at}` },
        { ...old, id: 'old-limit', kind: 'over_limit', message: `pm10 3 > 2 at ${at}` },
      ] as never)
      .execute();
    await m0012.up(db);
    const rows = await db
      .selectFrom('alerts')
      .select(['id', 'flag'])
      .where('id', 'in', ['old-flag', 'old-limit'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'old-flag', flag: 'D' },
      { id: 'old-limit', flag: null },
    ]);
  });
});
