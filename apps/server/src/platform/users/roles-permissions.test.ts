import { ALL_PERMISSIONS, ROLE_CODES } from '@ecocloud/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';

// The web names permissions and roles from the contracts' lists (its catalogue test checks zh-CN
// and en against them): a permission or role the migrations grant outside those lists would show
// as a raw code on the roles page.
describe.each(testDatabases())('stored roles use listed codes on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
  });
  afterAll(() => t?.close());

  it('every permission of every migrated role is in ALL_PERMISSIONS and every role in ROLE_CODES', async () => {
    const roles = await t.deps.db.selectFrom('roles').select(['code', 'permissions']).execute();
    expect(roles.length).toBeGreaterThan(0);
    const granted = new Set(roles.flatMap((r) => JSON.parse(r.permissions) as string[]));
    expect([...granted].filter((p) => !(ALL_PERMISSIONS as readonly string[]).includes(p))).toEqual([]);
    expect(roles.map((r) => r.code).filter((c) => !(ROLE_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});
