import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp, multipartFile } from '../../../test/harness';
import { checkSilence } from '../alerts/alerts.service';
import { storeReadings } from '../ingest/ingest.service';

describe.each(testDatabases())('stations on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('lists the demo network, filtered by region without mixing Baise and Hezhou', async () => {
    const analyst = await t.login('analyst');
    const all = (await analyst.request('GET', '/api/v1/stations?pageSize=1000')).json();
    // national air stations, rivers, lake, outlets (monitoring's 2, the compliance demo's 7), sea, noise, radiation
    expect(all.total).toBe(50 + 100 + 1 + 9 + 3 + 8 + 3);
    const baise = (await analyst.request('GET', '/api/v1/stations?regionCode=451000&kind=air_national'))
      .json()
      .items.map((s: { code: string }) => s.code);
    expect(baise).toEqual(['GX-A-451000-1', 'GX-A-451000-2']);
    expect((await analyst.request('GET', '/api/v1/stations?sort=lon')).statusCode).toBe(400);
  });

  it('limits a city officer to its own city, for reading and writing', async () => {
    const officer = await t.login('nanning_officer');
    const list = (await officer.request('GET', '/api/v1/stations?pageSize=1000')).json().items as {
      regionCode: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s) => s.regionCode.startsWith('4501'))).toBe(true);
    expect((await officer.request('GET', '/api/v1/stations/GX-A-450300-1')).statusCode).toBe(404);
  });

  it('changes only what a PATCH names: parameters, status and attributes stay as stored', async () => {
    const analyst = await t.login('analyst');
    const before = (await analyst.request('GET', '/api/v1/stations/GX-A-450400-1')).json();
    expect(before.parameters.length).toBeGreaterThan(0);
    const res = await analyst.request('PATCH', `/api/v1/stations/${before.id}`, { name: '梧州改名站' });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await analyst.request('GET', '/api/v1/stations/GX-A-450400-1')).json();
    expect(after).toMatchObject({
      name: '梧州改名站',
      parameters: before.parameters,
      status: before.status,
      attrs: before.attrs,
    });
  });

  it('imports stations with region names and kind labels translated, refusing bad rows', async () => {
    const analyst = await t.login('analyst');
    const csv =
      'code,name,kind,region_code,lon,lat,target_class\nGX-W-9001,测试断面,河流断面,南宁市,108.1,22.9,3\nGX-W-9002,坏断面,nonsense,火星,500,22,\n';
    const { body, headers } = multipartFile('s.csv', csv, 'text/csv');
    const report = (
      await analyst.request('POST', '/api/v1/stations/import?dryRun=false&mode=valid-rows', body, headers)
    ).json();
    expect(report).toMatchObject({ total: 2, applied: 1 });
    expect(report.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'lon', 'region_code']);
    const s = (await analyst.request('GET', '/api/v1/stations/GX-W-9001')).json();
    expect(s).toMatchObject({ kind: 'water_river', regionCode: '450100', attrs: { targetClass: 3 } });
  });

  it('reports liveness and raises, then closes, a silence alert', async () => {
    const analyst = await t.login('analyst');
    const station = (await analyst.request('GET', '/api/v1/stations/GX-A-450400-1')).json();
    expect(station.liveness).toBe('never');
    await storeReadings(
      t.deps.db,
      t.clock,
      [
        {
          stationId: station.id,
          parameter: 'so2',
          period: '1h',
          periodStart: t.clock.now().toISOString(),
          value: 5,
          valueText: '5',
          flag: 'N',
        },
      ],
      'http',
    );
    expect((await analyst.request('GET', '/api/v1/stations/GX-A-450400-1')).json().liveness).toBe('online');
    t.clock.advance(3 * 3600_000);
    expect((await analyst.request('GET', '/api/v1/stations/GX-A-450400-1')).json().liveness).toBe('silent');
    await checkSilence({ db: t.deps.db, clock: t.clock });
    const alerts = (await analyst.request('GET', `/api/v1/alerts?stationId=${station.id}`)).json();
    expect(alerts.items).toMatchObject([{ kind: 'silent', status: 'open' }]);
    expect((await analyst.request('POST', `/api/v1/alerts/${alerts.items[0].id}/acknowledge`)).statusCode).toBe(204);
    await storeReadings(
      t.deps.db,
      t.clock,
      [
        {
          stationId: station.id,
          parameter: 'so2',
          period: '1h',
          periodStart: t.clock.now().toISOString(),
          value: 5,
          valueText: '5',
          flag: 'D',
        },
      ],
      'http',
    );
    await checkSilence({ db: t.deps.db, clock: t.clock });
    const after = (await analyst.request('GET', `/api/v1/alerts?stationId=${station.id}`)).json().items as {
      kind: string;
      status: string;
    }[];
    expect(after.map((a) => `${a.kind}:${a.status}`).sort()).toEqual(['abnormal_flag:open', 'silent:closed']);
  });

  it('serves the base map publicly, with the 14 Guangxi cities by region code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/map' });
    expect(res.statusCode).toBe(200);
    const ids = (res.json().features as { id: string }[]).map((f) => f.id);
    expect(ids).toHaveLength(14);
    expect(ids).toContain('451400');
  });

  it('decodes a pasted frame in the packet inspector', async () => {
    const analyst = await t.login('analyst');
    const res = await analyst.request('POST', '/api/v1/hj212/decode', {
      text: '##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80',
    });
    expect(res.json().lines[0]).toMatchObject({ ok: true, crc: { ok: true }, cn: '1062', cp: { RtdInterval: '30' } });
  });
});
