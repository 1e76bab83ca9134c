import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import type { AppDeps } from '../app-deps';
import { createTestApp, testDatabases, type TestApp } from '../test/harness';
import { dailyReadings } from '../modules/assessment/test/air-fixtures';
import { monitoringReads, processDirtyRollups, storeReadings } from '../modules/monitoring';
import { QueryLog, WRITE_KINDS } from '../test/query-log';

/**
 * No GET handler writes (a read that rewrites a derived table once made the ranking slow and racy).
 * Every GET route of the API is called as the admin on the demo data, through an app whose database
 * handle logs each query; none may insert, update or delete. Two writes are by design, not by a
 * handler: the auth hook keeps the session alive (`sessions`), and an export or a download leaves
 * its audit entry (`audit_log`, with the hash chain's head `audit_head`).
 */
const BY_DESIGN = new Set(['sessions', 'audit_log', 'audit_head']);

/** Path parameters filled with values the demo has where one is known, else a well-formed unknown id. */
const concrete = (url: string) =>
  url
    .replace(':dictCode', 'region')
    .replace(':regionCode', '450100')
    .replace(':code', 'GX-450100-01')
    .replace(/:[a-zA-Z]+/g, '00000000-0000-0000-0000-000000000000');

describe.each(testDatabases())('GET handlers only read, on $name', (db) => {
  let t: TestApp;
  let logged: TestApp['app'];
  const log = new QueryLog();
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp(db);
    const deps: AppDeps = { ...t.deps, db: Object.assign(t.deps.db.withPlugin(log), { dialect: t.deps.db.dialect }) };
    logged = await buildApp(deps, { logger: false, serveWeb: false });
    await logged.ready();
    cookie = (await t.login('admin')).cookie;
    // Rollups changed since any worker ran: a GET that refreshed a derived table would write now.
    const [station] = await monitoringReads.listStations(t.deps.db, { kinds: ['air_national'] });
    const today = t.clock.now().toISOString().slice(0, 10);
    await storeReadings(
      t.deps.db,
      t.deps.clock,
      dailyReadings(station!.id, today, 1, () => ({})),
      'import',
    );
    while ((await processDirtyRollups(t.deps.db, t.deps.clock, 500)) > 0);
  });
  afterAll(async () => {
    await logged?.close();
    await t?.close();
  });

  it('issues no insert, update or delete outside the session and the audit trail', async () => {
    const gets = logged.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/'));
    expect(gets.length).toBeGreaterThan(50);
    const writes: string[] = [];
    let answered = 0;
    for (const route of gets) {
      log.take();
      const res = await logged.inject({ method: 'GET', url: concrete(route.url), headers: { cookie } });
      if (res.statusCode === 200) answered += 1;
      for (const q of log.take()) {
        if (WRITE_KINDS.has(q.kind) && !q.tables.every((table) => BY_DESIGN.has(table))) {
          writes.push(`${route.url}: ${q.kind} ${q.tables.join(',')}`);
        }
      }
    }
    expect(writes).toEqual([]);
    // Most GETs answer with data, so the check ran their handlers, not only a 404.
    expect(answered).toBeGreaterThan(gets.length / 2);
  });
});
