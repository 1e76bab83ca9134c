import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { loadAirNetwork } from '../../assessment';

/** The station import reads attribute columns through the contract schema: typed values, documented columns. */
describe.each(testDatabases())('station import attributes on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const upload = async (csv: string, query = 'dryRun=false&mode=valid-rows') => {
    const { body, headers } = multipartFile('stations.csv', csv, 'text/csv');
    const res = await admin.request('POST', `/api/v1/stations/import?${query}`, body, headers);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      applied: number;
      valid: number;
      errors: { row: number; field: string; code: string; message: string }[];
    };
  };
  const attrsOf = async (code: string) =>
    (await admin.request('GET', `/api/v1/stations/${code}`)).json().attrs as Record<string, unknown>;

  it('stores booleans and numbers as such; national stations are evaluation stations unless the file says no', async () => {
    const report = await upload(
      [
        'code,name,kind,region_code,isEvaluation,target_class,noiseZone,intervalSeconds',
        'T-AIR-1,国控一,air_national,450100,,,,3600',
        'T-AIR-2,国控二,air_national,450100,否,,,',
        'T-AIR-3,省控,air_provincial,450100,是,,,',
        'T-AIR-4,微站,air_micro,450100,0,,,',
        'T-W-1,断面,water_river,450100,,3,,',
        'T-N-1,噪声,noise,450100,,,1,',
      ].join('\n'),
    );
    expect(report).toMatchObject({ applied: 6, errors: [] });
    expect(await attrsOf('T-AIR-1')).toEqual({ isEvaluation: true, intervalSeconds: 3600 });
    expect(await attrsOf('T-AIR-2')).toEqual({ isEvaluation: false });
    expect(await attrsOf('T-AIR-3')).toEqual({ isEvaluation: true });
    expect(await attrsOf('T-AIR-4')).toEqual({ isEvaluation: false });
    expect(await attrsOf('T-W-1')).toEqual({ targetClass: 3 });
    expect(await attrsOf('T-N-1')).toEqual({ noiseZone: '1' });
    // The ranking's network takes exactly the evaluation stations.
    const ids = await t.deps.db
      .selectFrom('stations')
      .select(['id', 'code'])
      .where('code', 'like', 'T-AIR-%')
      .execute();
    const nanning = (await loadAirNetwork(t.deps.db, '4501')).cities.find((c) => c.code === '450100')!;
    expect(
      ids
        .filter((s) => nanning.stationIds.includes(s.id))
        .map((s) => s.code)
        .sort(),
    ).toEqual(['T-AIR-1', 'T-AIR-3']);
  });

  it('registers a national station through the API as an evaluation station unless told otherwise', async () => {
    const create = (code: string, attrs?: Record<string, unknown>) =>
      admin.request('POST', '/api/v1/stations', {
        code,
        name: code,
        kind: 'air_national',
        regionCode: '450100',
        ...(attrs ? { attrs } : {}),
      });
    expect((await create('T-API-1')).json().attrs).toEqual({ isEvaluation: true });
    expect((await create('T-API-2', { isEvaluation: false })).json().attrs).toEqual({ isEvaluation: false });
  });

  it('refuses ill-typed values with a row error on their column', async () => {
    const report = await upload(
      [
        'code,name,kind,region_code,is_evaluation,target_class,waterBody',
        'T-BAD-1,坏一,air_national,450100,maybe,,',
        'T-BAD-2,坏二,water_river,450100,,abc,',
        'T-BAD-3,坏三,water_river,450100,,9,sea',
      ].join('\n'),
    );
    expect(report.applied).toBe(0);
    expect(report.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '2:is_evaluation:INVALID',
      '3:target_class:INVALID',
      '4:target_class:INVALID',
      '4:waterBody:INVALID',
    ]);
  });

  it('writes one audit entry per import (not per dry run): who, the file, rows created and updated', async () => {
    const entries = () =>
      t.deps.db
        .selectFrom('audit_log')
        .select(['actor_name', 'after_json'])
        .where('action', '=', 'station.import')
        .orderBy('seq')
        .execute();
    const before = (await entries()).length;
    const csv = 'code,name,kind,region_code\nT-AUD-1,审计一,air_micro,450100\nT-AIR-1,国控一改名,air_national,450100\n';
    await upload(csv, 'dryRun=true');
    expect(await entries()).toHaveLength(before);
    await upload(csv);
    const added = (await entries()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]!.actor_name).toBe('admin');
    expect(JSON.parse(added[0]!.after_json!)).toMatchObject({
      file: 'stations.csv',
      total: 2,
      applied: 2,
      created: 1,
      updated: 1,
    });
  });

  it('refuses an unknown column on the header row and applies nothing, in either mode', async () => {
    const report = await upload('code,name,kind,region_code,is_evalutaion\nT-TYPO-1,错列,air_national,450100,是\n');
    expect(report).toMatchObject({ applied: 0, valid: 1 });
    expect(report.errors).toMatchObject([{ row: 1, field: 'is_evalutaion', code: 'UNKNOWN_COLUMN' }]);
    expect(report.errors[0]!.message).toContain('isEvaluation');
    expect((await admin.request('GET', '/api/v1/stations/T-TYPO-1')).statusCode).toBe(404);
  });
});

describe.each(testDatabases())('station import template on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('names every column the import reads, and its example row passes a dry run', async () => {
    const admin = await t.login('admin');
    const res = await admin.request('GET', '/api/v1/stations/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('stations-template.csv');
    const [header] = res.body.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header!.split(',')).toEqual(
      expect.arrayContaining(['code', 'name', 'kind', 'region_code', 'isEvaluation', 'targetClass', 'noiseZone']),
    );
    const { body, headers } = multipartFile('stations-template.csv', res.rawPayload, 'text/csv');
    const report = (await admin.request('POST', '/api/v1/stations/import?dryRun=true', body, headers)).json();
    expect(report).toMatchObject({ total: 1, valid: 1, errors: [] });
  });
});
