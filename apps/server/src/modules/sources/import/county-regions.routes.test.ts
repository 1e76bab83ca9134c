import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../../modules';
import { firstRun } from '../../../platform/bootstrap';
import { initProvince } from '../../../platform/provinces/init-province';
import { createTestApp, multipartFile, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { importCsv, importRow, usccOf } from '../test/sources-fixtures';

// A department that set up its province without `--counties` still imports a register whose units sit in
// counties (the credit code carries the county): the county is a known region, regulated by its city.
describe.each(testDatabases())('a register naming counties of a province set up without them, on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await firstRun({ ...t.deps, config: { ...t.deps.config, loadDemo: false } }, MODULES); // the first admin only
    await initProvince(t.deps, null, { province: '450000' });
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const upload = (csv: string) => {
    const { body, headers } = multipartFile('register.csv', csv, 'text/csv');
    return admin.request('POST', '/api/v1/sources/import?dryRun=false', body, headers);
  };

  it('imports a unit of 青秀区 under 南宁市 and names the county; an unknown county code stays refused', async () => {
    const refused = await upload(importCsv([importRow(usccOf('450103', 9101), { region_code: '450199' })]));
    expect(refused.json().errors.map((e: { code: string }) => e.code)).toEqual(['UNKNOWN_REGION']);

    const uscc = usccOf('450103', 9102);
    const report = (await upload(importCsv([importRow(uscc, { region_code: '450103' })]))).json();
    expect([report.errors, report.applied]).toEqual([[], 1]);
    const listed = (await admin.request('GET', `/api/v1/sources/enterprises?q=${uscc}`)).json().items[0];
    expect(listed).toMatchObject({ regionCode: '450103', regionName: '青秀区' });
    expect(listed.regulatorOrgId).toBe(await orgIdOf(t.deps, '450100'));
    // The county now filters like any region: by its own code and under its city.
    const byCounty = (await admin.request('GET', '/api/v1/sources/enterprises?regionCode=450103')).json();
    expect(byCounty.items.map((e: { uscc: string }) => e.uscc)).toEqual([uscc]);
  });
});
