import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../test/harness';
import { verifyAudit } from './audit.service';

describe.each(testDatabases())('audit log on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('records login, logout and changes with before/after values, visible in the viewer', async () => {
    const admin = await t.login('admin');
    const res = await admin.request('GET', '/api/v1/audit?action=auth.login&actor=admin');
    expect(res.statusCode).toBe(200);
    const entry = res.json().items[0];
    expect(entry).toMatchObject({ action: 'auth.login', actorName: 'admin', entityType: 'user' });
    expect(entry.requestId).toBeTruthy();
    const org = (await admin.request('GET', '/api/v1/orgs'))
      .json()
      .items.find((o: { regionCode: string }) => o.regionCode === '450200');
    await admin.request('PATCH', `/api/v1/orgs/${org.id}`, { name: '柳州市生态环境局(改)' });
    const change = (await admin.request('GET', '/api/v1/audit?action=org.update')).json().items[0];
    expect(change.before.name).toBe('柳州市生态环境局');
    expect(change.after.name).toBe('柳州市生态环境局(改)');
    const s = await t.login('leader');
    await s.request('POST', '/api/v1/auth/logout');
    expect((await admin.request('GET', '/api/v1/audit?action=auth.logout')).json().total).toBeGreaterThanOrEqual(1);
  });

  it('filters by time and refuses a malformed date with 400', async () => {
    const admin = await t.login('admin');
    const future = await admin.request('GET', `/api/v1/audit?from=${encodeURIComponent('2099-01-01T00:00:00Z')}`);
    expect(future.json().total).toBe(0);
    expect((await admin.request('GET', '/api/v1/audit?from=yesterday')).statusCode).toBe(400);
  });

  it('verifies an intact chain, then detects an edited entry, a deleted one and a cut tail', async () => {
    expect((await verifyAudit(t.deps.db)).problem).toBeNull();
    const original = await t.deps.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await t.deps.db.updateTable('audit_log').set({ actor_name: 'mallory' }).where('seq', '=', 3).execute();
    expect((await verifyAudit(t.deps.db)).problem).toMatchObject({ seq: 3, kind: 'altered' });
    await t.deps.db.updateTable('audit_log').set({ actor_name: original.actor_name }).where('seq', '=', 3).execute();
    expect((await verifyAudit(t.deps.db)).problem).toBeNull();

    const victim = await t.deps.db.selectFrom('audit_log').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', 5).execute();
    expect((await verifyAudit(t.deps.db)).problem).toMatchObject({ seq: 5, kind: 'missing' });
    await t.deps.db.insertInto('audit_log').values(victim).execute();

    const last = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.deps.db.deleteFrom('audit_log').where('seq', '=', last.seq).execute();
    expect((await verifyAudit(t.deps.db)).problem).toMatchObject({ kind: 'truncated' });
    await t.deps.db.insertInto('audit_log').values(last).execute();
    expect((await verifyAudit(t.deps.db)).problem).toBeNull();
  });

  it('keeps the sequence contiguous under concurrent writes', async () => {
    const admin = await t.login('admin');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admin.request('POST', '/api/v1/dictionaries/unit/entries', { code: `c${i}`, label: `单位${i}` }),
      ),
    );
    expect((await verifyAudit(t.deps.db)).problem).toBeNull();
  });
});
