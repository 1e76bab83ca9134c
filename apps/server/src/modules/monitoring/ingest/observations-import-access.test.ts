import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipartFile, testDatabases, type TestApp } from '../../../test/harness';

// Issue #11, item 5: an enterprise user could upload 100,000-row files, whose rollups then froze
// the server. Bulk import is now `observations:import`, which the enterprise role does not hold.
describe.each(testDatabases())('who may bulk-import observations on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  const csv = 'station,time,so2\nGX-A-450300-1,2026-11-21T10:00:00+08:00,6\n';

  it('refuses the enterprise role (403) while it can still enter its readings, and lets analyst and admin import', async () => {
    const { body, headers } = multipartFile('m.csv', csv);
    const enterprise = await t.login('enterprise_demo');
    const refused = await enterprise.request('POST', '/api/v1/observations/import?dryRun=true', body, headers);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    const entered = await enterprise.request('POST', '/api/v1/observations', { readings: [] });
    expect(entered.statusCode).not.toBe(403);
    for (const user of ['analyst', 'admin']) {
      const res = await (await t.login(user)).request('POST', '/api/v1/observations/import?dryRun=true', body, headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ total: 1, valid: 1, applied: 0 });
    }
  });
});
