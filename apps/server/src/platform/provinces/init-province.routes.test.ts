import { afterEach, describe, expect, it } from 'vitest';
import { importStations } from '../../modules/monitoring/stations/stations.service';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';
import { MODULES } from '../../modules';
import { firstRun } from '../bootstrap';
import { listProvinces } from './divisions';
import { initProvince } from './init-province';

const csv = (rows: string[]) => ({ data: Buffer.from(`${rows.join('\n')}\n`), format: 'csv' as const });
const importOpts = { dryRun: false, mode: 'valid-rows' as const };

async function publicMapIds(t: TestApp): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/map' });
  return (res.json() as { features: { id: string }[] }).features.map((f) => String(f.id));
}

describe.each(testDatabases())('ecocloud init (province set-up) on $name', (db) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('sets up every one of the 31 provincial-level divisions with organisations, region names and a map', async () => {
    t = await createTestApp(db, { demo: false });
    const { db: kdb, clock } = t.deps;
    expect(listProvinces()).toHaveLength(31);
    for (const p of listProvinces()) {
      const r = await initProvince({ db: kdb, clock }, null, { province: p.code });
      expect(r.province).toMatchObject({ code: p.code, name: p.name, orgName: `${p.name}生态环境厅` });
      expect(r.cities, p.code).toBeGreaterThan(0);
      const cities = await kdb
        .selectFrom('orgs')
        .select(['region_code', 'parent_id'])
        .where('parent_id', '=', r.province.orgId)
        .where('kind', '=', 'city')
        .execute();
      expect(cities, p.code).toHaveLength(r.cities);
      const ids = await publicMapIds(t);
      expect(ids.length, p.code).toBe(r.map.features);
      // Every area of the installed map is a region code of that province.
      expect(
        ids.every((id) => /^\d{6}$/.test(id) && id.startsWith(p.code.slice(0, 2))),
        p.code,
      ).toBe(true);
    }
    const names = new Map(
      (
        await kdb.selectFrom('dictionary_entries').select(['code', 'label']).where('dict_code', '=', 'region').execute()
      ).map((e) => [e.code, e.label]),
    );
    expect([
      names.get('530100'),
      names.get('450100'),
      names.get('110100'),
      names.get('429000'),
      names.get('500200'),
    ]).toEqual(['昆明市', '南宁市', '北京市', '湖北省省直辖县级行政区划', '重庆市（县）']);
  }, 180_000);

  it('is idempotent, adds counties when asked and refuses an unknown code', async () => {
    t = await createTestApp(db, { demo: false });
    const { db: kdb, clock } = t.deps;
    const first = await initProvince({ db: kdb, clock }, null, { province: '530000' });
    expect(first.created).toEqual({ orgs: 17, regions: 17 });
    expect((await initProvince({ db: kdb, clock }, null, { province: '530000' })).created).toEqual({
      orgs: 0,
      regions: 0,
    });
    const withCounties = await initProvince({ db: kdb, clock }, null, { province: '530000', counties: true });
    expect(withCounties.created.orgs).toBe(withCounties.counties);
    const wuhua = await kdb
      .selectFrom('orgs as o')
      .innerJoin('orgs as p', 'p.id', 'o.parent_id')
      .select(['o.name', 'p.region_code'])
      .where('o.region_code', '=', '530102')
      .executeTakeFirstOrThrow();
    expect(wuhua).toEqual({ name: '五华区分局', region_code: '530100' });
    await expect(initProvince({ db: kdb, clock }, null, { province: '990000' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('first-run page API: the admin of an install without the demo turns the placeholder root into the province', async () => {
    t = await createTestApp(db, { demo: false, env: { ECOCLOUD_DEMO: '0' } });
    await firstRun(t.deps, MODULES);
    const admin = await t.login('admin');
    const before = (await admin.request('GET', '/api/v1/setup/province')).json();
    expect(before.installed).toEqual([]);
    expect(before.provinces).toContainEqual({ code: '530000', name: '云南省' });
    expect((await admin.request('POST', '/api/v1/setup/province', { province: '123456' })).statusCode).toBe(400);
    const res = await admin.request('POST', '/api/v1/setup/province', { province: '530000', counties: false });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await admin.request('GET', '/api/v1/setup/province')).json();
    expect(after.installed).toEqual([{ code: '530000', name: '云南省生态环境厅', orgId: res.json().province.orgId }]);
    const me = (await admin.request('GET', '/api/v1/auth/me')).json();
    expect(me.orgId ?? me.user?.orgId).toBe(res.json().province.orgId);
    expect(await publicMapIds(t)).toContain('530100');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('action', '=', 'platform.init')
      .execute();
    expect(audit).toEqual([{ action: 'platform.init', actor_name: 'admin' }]);
  });

  it('the first start after a CLI init gives the admin the province, not a placeholder beside it', async () => {
    t = await createTestApp(db, { demo: false, env: { ECOCLOUD_DEMO: '0' } });
    const init = await initProvince(t.deps, null, { province: '530000' });
    await firstRun(t.deps, MODULES);
    const admin = await t.login('admin');
    const orgs = (await admin.request('GET', '/api/v1/orgs')).json() as { items: { regionCode: string }[] };
    expect(orgs.items).toHaveLength(17);
    expect(orgs.items.some((o) => o.regionCode === '000000')).toBe(false);
    expect((await admin.request('GET', '/api/v1/setup/province')).json().installed).toEqual([
      { code: '530000', name: '云南省生态环境厅', orgId: init.province.orgId },
    ]);
  });

  it('CLI imports after migrate: the missing organisation is named, then region names place stations', async () => {
    t = await createTestApp(db, { demo: false });
    const { db: kdb, clock } = t.deps;
    const stations = csv([
      'code,name,kind,region_code',
      'YN-1,昆明东风东路,air_national,昆明市',
      'YN-2,曲靖市监测站,air_national,530300',
    ]);
    // Row errors, so a dry run shows them too: a name the dictionary lacks, a code no organisation covers.
    const before = await importStations(t.deps, null, { file: stations, ...importOpts });
    expect(before).toMatchObject({ applied: 0 });
    expect(before.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'region_code', 'UNKNOWN_REGION'],
      [3, 'region_code', 'REGION_NOT_COVERED'],
    ]);
    for (const e of before.errors) expect(e.message).toContain('ecocloud init --province 530000');
    await initProvince({ db: kdb, clock }, null, { province: '530000' });
    const report = await importStations(t.deps, null, { file: stations, ...importOpts });
    expect(report).toMatchObject({ applied: 2, errors: [] });
    const placed = await kdb
      .selectFrom('stations as s')
      .innerJoin('orgs as o', 'o.id', 's.org_id')
      .select(['s.code', 's.region_code', 'o.name'])
      .orderBy('s.code')
      .execute();
    expect(placed).toEqual([
      { code: 'YN-1', region_code: '530100', name: '昆明市生态环境局' },
      { code: 'YN-2', region_code: '530300', name: '曲靖市生态环境局' },
    ]);
    // 朝阳区 is a district of Beijing and of Changchun: refused with a row error, not guessed.
    await initProvince({ db: kdb, clock }, null, { province: '110000' });
    await initProvince({ db: kdb, clock }, null, { province: '220000', counties: true });
    const bad = await importStations(t.deps, null, {
      file: csv(['code,name,kind,region_code', 'X-1,甲,air_national,朝阳区', 'X-2,乙,air_national,不存在市']),
      ...importOpts,
    });
    expect(bad.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'region_code', 'AMBIGUOUS_REGION'],
      [3, 'region_code', 'UNKNOWN_REGION'],
    ]);
    expect(bad.errors[0]!.message).toContain('110105, 220104');
  });
});
