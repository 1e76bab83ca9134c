import { ALL_PERMISSIONS, isPermission } from '@ecocloud/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import type { Access } from './actor';

// The permissions are a closed vocabulary: a route rule can only name a permission some module lists.
// The compiler checks the literal rules; this test checks the route table the app actually built.
describe('route access rules name listed permissions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ name: 'sqlite', url: ':memory:' }, { demo: false });
  });
  afterAll(() => t?.close());

  it('every rule is public, authenticated or a permission of ALL_PERMISSIONS', () => {
    const unknown = t.app.routeTable
      .filter((r) => r.access !== 'public' && r.access !== 'authenticated' && !isPermission(r.access))
      .map((r) => `${r.method} ${r.url}: ${r.access}`);
    expect(unknown).toEqual([]);
  });

  // Some permissions guard a branch of a service rather than a route (`workplan:admin`): a role grant is their use.
  it('every listed permission is granted by some migrated role (none is dead vocabulary)', async () => {
    const roles = await t.deps.db.selectFrom('roles').select('permissions').execute();
    const granted = new Set(roles.flatMap((r) => JSON.parse(r.permissions) as string[]));
    expect(ALL_PERMISSIONS.filter((p) => !granted.has(p))).toEqual([]);
  });

  it('refuses a mistyped permission at compile time', () => {
    // @ts-expect-error 'stations:reed' is not a permission: the vocabulary has no `${string}:${string}` escape.
    const mistyped: Access = 'stations:reed';
    expect(isPermission(mistyped)).toBe(false);
  });
});
