import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUscc } from '@ecocloud/standards';
import { shanghaiDate } from '../../../platform/deadlines';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { registerFigures } from './test/register-figures';

const TABLES = ['enterprises', 'outlets', 'permits', 'permit_limits', 'permit_events', 'execution_reports'] as const;

/** Every row the seeder wrote, without its creation instants and with org ids as names (ids differ per install). */
async function registerOf(t: TestApp) {
  const db = t.deps.db;
  const orgNames = new Map((await db.selectFrom('orgs').select(['id', 'name']).execute()).map((o) => [o.id, o.name]));
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map(({ created_at: _c, updated_at: _u, regulator_org_id: r, enterprise_org_id: e, ...rest }) =>
        JSON.stringify({ ...rest, regulator: r && orgNames.get(r as string), own: e && orgNames.get(e as string) }),
      )
      .sort();
  }
  return out;
}

describe.each(testDatabases())('the sources demo register on $name', (tdb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(tdb);
  }, 120_000);
  afterAll(() => t?.close());

  it('holds about sixty enterprises with valid credit codes of regions the region dictionary knows', async () => {
    const db = t.deps.db;
    const enterprises = await db.selectFrom('enterprises').selectAll().execute();
    expect(enterprises.length).toBeGreaterThanOrEqual(55);
    expect(enterprises.length).toBeLessThanOrEqual(65);
    const regions = new Set(
      (await db.selectFrom('dictionary_entries').select('code').where('dict_code', '=', 'region').execute()).map(
        (r) => r.code,
      ),
    );
    const industries = new Set(
      (
        await db.selectFrom('dictionary_entries').select('code').where('dict_code', '=', 'industry_class').execute()
      ).map((r) => r.code),
    );
    for (const e of enterprises) {
      expect(validateUscc(e.uscc), e.uscc).toMatchObject({ ok: true, regionCode: e.region_code });
      expect(regions.has(e.region_code), e.region_code).toBe(true);
      expect(industries.has(e.industry_code), e.industry_code).toBe(true);
    }
  });

  it('hangs each enterprise on its city bureau and the demo enterprise user on its own unit', async () => {
    const db = t.deps.db;
    const rows = await db
      .selectFrom('enterprises as e')
      .innerJoin('orgs as o', 'o.id', 'e.regulator_org_id')
      .select(['e.region_code', 'o.kind', 'o.region_code as orgRegion'])
      .execute();
    for (const r of rows) {
      expect(r.kind).toBe('city');
      expect(r.orgRegion).toBe(`${r.region_code.slice(0, 4)}00`);
    }
    const own = await db
      .selectFrom('users as u')
      .innerJoin('enterprises as e', 'e.enterprise_org_id', 'u.org_id')
      .select(['e.name'])
      .where('u.username', '=', 'enterprise_demo')
      .execute();
    expect(own.map((o) => o.name)).toEqual(['南宁示范热电有限公司']);
  });

  it("links the outlets the monitoring and compliance demos' loggers report for", async () => {
    const db = t.deps.db;
    const devices = new Set((await db.selectFrom('devices').select('mn').execute()).map((d) => d.mn));
    const linked = (await db.selectFrom('outlets').select('device_mns').execute()).flatMap(
      (o) => JSON.parse(o.device_mns) as string[],
    );
    expect(linked.length).toBe(9);
    for (const mn of linked) expect(devices.has(mn), mn).toBe(true);
  });

  it("shows near-expiry permits, one expired without renewal, and late and missing reports on the demo's today", async () => {
    const db = t.deps.db;
    const register = {
      permits: await db.selectFrom('permits').selectAll().execute(),
      events: await db.selectFrom('permit_events').selectAll().execute(),
      reports: await db.selectFrom('execution_reports').selectAll().execute(),
    };
    const f = registerFigures(register, shanghaiDate(t.clock.now()));
    expect(f.expiringWithin60).toBeGreaterThanOrEqual(2);
    expect(f.expiringWithin90).toBeGreaterThan(f.expiringWithin60);
    expect(f.expired).toBe(1);
    expect(f.late).toBeGreaterThanOrEqual(2);
    expect(f.missing).toBeGreaterThanOrEqual(2);
    expect(f.onTime).toBeGreaterThan(10 * (f.late + f.missing));
  });

  it('is the same register on another install with the same clock, and seeding again adds nothing', async () => {
    const again = await createTestApp(tdb);
    try {
      expect(await registerOf(again)).toEqual(await registerOf(t));
      const before = await registerOf(t);
      const { seedDemo } = await import('../../../platform/demo/seed-demo');
      const { MODULES } = await import('../../../modules');
      await seedDemo(t.deps, MODULES);
      expect(await registerOf(t)).toEqual(before);
    } finally {
      await again.close();
    }
  }, 120_000);
});
