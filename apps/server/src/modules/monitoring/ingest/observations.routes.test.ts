import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp, multipartFile } from '../../../test/harness';

describe.each(testDatabases())('observations on $name', (db) => {
  let t: TestApp;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    analyst = await t.login('analyst');
  });
  afterAll(() => t?.close());

  const post = (readings: unknown[], agent = analyst) => agent.request('POST', '/api/v1/observations', { readings });

  it('stores a batch, reports bad readings by index, and is idempotent by key', async () => {
    const readings = [
      {
        station: 'GX-A-450100-1',
        parameter: 'pm2_5',
        period: '1h',
        time: '2026-11-27T08:00:00+08:00',
        value: 41,
        flag: 'N',
      },
      { station: 'GX-A-450100-1', parameter: 'so2', period: '1h', time: '2026-11-27T08:00:00+08:00', value: '7.5' },
      { station: 'NOPE', parameter: 'so2', period: '1h', time: '2026-11-27T08:00:00+08:00', value: 1 },
      { station: 'GX-A-450100-1', parameter: 'no2', period: '1h', time: '2026-11-27T08:00:00+08:00', value: 'abc' },
    ];
    const res = await post(readings);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      stored: 2,
      errors: [
        { index: 2, field: 'station', message: expect.stringContaining('NOPE') },
        { index: 3, field: 'value', message: expect.stringContaining('abc') },
      ],
    });
    await post([{ ...readings[0], value: 42 }]);
    const rows = await t.deps.db.selectFrom('observations').selectAll().where('parameter', '=', 'pm2_5').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 42, period_start: '2026-11-27T00:00:00.000Z', source: 'http' });
  });

  it('rejects invalid bodies with 400 naming the field, and oversize batches', async () => {
    const bad = await post([{ station: 'x', parameter: 'so2', period: '2h', time: 'yesterday', value: 1 }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.readings.0.period', 'body.readings.0.time']),
    );
    const tooMany = await post(
      Array.from({ length: 50_001 }, () => ({
        station: 's',
        parameter: 'p',
        period: '1h',
        time: '2026-01-01T00:00:00Z',
        value: 1,
      })),
    );
    expect(tooMany.statusCode).toBe(400);
  });

  it('keeps writes inside the data scope: an enterprise user cannot write to an air station', async () => {
    const ent = await t.login('enterprise_demo');
    const res = await post(
      [{ station: 'GX-A-450100-1', parameter: 'so2', period: '1h', time: '2026-11-27T09:00:00+08:00', value: 1 }],
      ent,
    );
    expect(res.json()).toMatchObject({ stored: 0, errors: [{ field: 'station' }] });
  });

  it('serves a series with keyset pagination, the latest values and an export with flags', async () => {
    const hours = Array.from({ length: 5 }, (_, h) => ({
      station: 'GX-A-450200-1',
      parameter: 'pm10',
      period: '1h',
      time: `2026-11-20T0${h}:00:00+08:00`,
      value: 50 + h,
      flag: h === 2 ? 'D' : 'N',
    }));
    await post(hours);
    const q = (after = '') =>
      analyst.request(
        'GET',
        `/api/v1/observations?station=GX-A-450200-1&parameter=pm10&period=1h&from=2026-11-19T00:00:00Z&to=2026-11-21T00:00:00Z&limit=2${after}`,
      );
    const first = (await q()).json();
    expect(first.items.map((p: { value: number }) => p.value)).toEqual([50, 51]);
    const second = (await q(`&after=${first.nextCursor}`)).json();
    expect(second.items.map((p: { value: number }) => p.value)).toEqual([52, 53]);
    const third = (await q(`&after=${second.nextCursor}`)).json();
    expect(third).toMatchObject({ items: [{ value: 54 }], nextCursor: null });
    const latest = (await analyst.request('GET', '/api/v1/observations/latest?regionCode=450200')).json().items;
    expect(latest.find((l: { stationCode: string }) => l.stationCode === 'GX-A-450200-1').values.pm10).toEqual({
      value: 54,
      flag: 'N',
    });
    const csv = await analyst.request(
      'GET',
      '/api/v1/observations/export?station=GX-A-450200-1&period=1h&from=2026-11-19T00:00:00Z&to=2026-11-21T00:00:00Z&format=csv',
    );
    expect(csv.body).toContain('GX-A-450200-1,1h,2026-11-19T18:00:00.000Z,pm10,52,D');
  });

  it('imports wide-form files with a dry run and row errors', async () => {
    const csv =
      'station,time,so2,pm2_5,pm2_5_flag\nGX-A-450300-1,2026-11-21T10:00:00+08:00,6,33,N\nGX-A-450300-1,2026-11-21 25:00,6,33,N\nUNKNOWN,2026-11-21T12:00:00+08:00,x,1,\n';
    const { body, headers } = multipartFile('m.csv', csv);
    const dry = (await analyst.request('POST', '/api/v1/observations/import?dryRun=true', body, headers)).json();
    expect(dry).toMatchObject({ total: 3, valid: 1, applied: 0 });
    expect(dry.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:time',
      '4:station',
      '4:so2',
    ]);
    const applied = (
      await analyst.request('POST', '/api/v1/observations/import?dryRun=false&mode=valid-rows', body, headers)
    ).json();
    expect(applied.applied).toBe(1);
    const rows = await t.deps.db.selectFrom('observations').selectAll().where('source', '=', 'import').execute();
    expect(rows.map((r) => `${r.parameter}=${r.value}/${r.flag}`).sort()).toEqual(['pm2_5=33/N', 'so2=6/null']);
  });
});
