import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, testDatabases, type Agent, type TestApp } from '../../test/harness';

/**
 * Imports keep the API's field limits, and a dry run predicts the import: the same rows fail with the
 * same errors, and what the database would refuse is a row error, never a 500 after a clean dry run.
 */
describe.each(testDatabases())('import validation on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  async function dryThenApply(agent: Agent, url: string, filename: string, csv: string) {
    const upload = (dryRun: boolean) => {
      const { body, headers } = multipartFile(filename, csv, 'text/csv');
      return agent.request(
        'POST',
        `${url}${url.includes('?') ? '&' : '?'}dryRun=${dryRun}&mode=all-or-nothing`,
        body,
        headers,
      );
    };
    const dry = await upload(true);
    const real = await upload(false);
    expect(dry.statusCode).toBe(200);
    expect(real.statusCode).toBe(200);
    expect(real.json().errors).toEqual(dry.json().errors);
    expect(real.json()).toMatchObject({ applied: 0, valid: dry.json().valid });
    return dry.json().errors as { row: number; field: string; code: string }[];
  }

  it('refuses a 100,000-character station name in the dry run and the import alike', async () => {
    const admin = await t.login('admin');
    const errors = await dryThenApply(
      admin,
      '/api/v1/stations/import',
      's.csv',
      `code,name,kind,region_code\nGX-LONG-1,${'长'.repeat(100_000)},air_micro,450100\nGX-LONG-2,正常,air_micro,450100\n`,
    );
    expect(errors).toMatchObject([{ row: 2, field: 'name', code: 'INVALID' }]);
    expect((await admin.request('GET', '/api/v1/stations/GX-LONG-2')).statusCode).toBe(404);
  });

  it("reports a station outside the caller's scope in the dry run, not as a 403 at apply", async () => {
    // For this test a city officer may write stations, so that only the data scope stands in the way.
    const role = await t.deps.db
      .selectFrom('roles')
      .select('permissions')
      .where('code', '=', 'city_officer')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('roles')
      .set({ permissions: JSON.stringify([...(JSON.parse(role.permissions) as string[]), 'stations:write']) })
      .where('code', '=', 'city_officer')
      .execute();
    const officer = await t.login('nanning_officer');
    const errors = await dryThenApply(
      officer,
      '/api/v1/stations/import',
      's.csv',
      'code,name,kind,region_code\nGX-NN-NEW,南宁新站,air_micro,450100\nGX-GL-NEW,桂林新站,air_micro,450300\nGX-A-450300-1,改名,air_national,450100\n',
    );
    expect(errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '3:region_code:OUT_OF_SCOPE',
      '4:code:OUT_OF_SCOPE',
    ]);
  });

  it('refuses an over-long observation flag or value text the database cannot hold', async () => {
    const admin = await t.login('admin');
    const errors = await dryThenApply(
      admin,
      '/api/v1/observations/import?period=1h',
      'o.csv',
      `station,time,so2,so2_flag,no2\nGX-A-450100-1,2026-11-01T00:00:00+08:00,5,ABCDEFGHIJ,6\nGX-A-450100-1,2026-11-01T01:00:00+08:00,5,N,${'9'.repeat(50)}\n`,
    );
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(['2:so2_flag', '3:no2']);
    const long = 'p'.repeat(41);
    const headerErrors = await dryThenApply(
      admin,
      '/api/v1/observations/import?period=1h',
      'o.csv',
      `station,time,${long}\nGX-A-450100-1,2026-11-01T00:00:00+08:00,5\n`,
    );
    expect(headerErrors).toMatchObject([{ row: 1, field: long, code: 'INVALID' }]);
  });

  it('refuses an over-long dictionary label and target unit as the API does', async () => {
    const admin = await t.login('admin');
    const dictErrors = await dryThenApply(
      admin,
      '/api/v1/dictionaries/station_type/import',
      'd.csv',
      `code,label\nx_long,${'类'.repeat(300)}\n`,
    );
    expect(dictErrors).toMatchObject([{ row: 2, field: 'label', code: 'INVALID' }]);
    const targetErrors = await dryThenApply(
      admin,
      '/api/v1/assessment/targets/import',
      't.csv',
      `year,region_code,indicator,target_value,name,unit,direction\n2026,450100,custom.long_unit,5,自定义,${'u'.repeat(30)},at_most\n`,
    );
    expect(targetErrors).toMatchObject([{ row: 2, field: 'unit', code: 'INVALID' }]);
  });
});
