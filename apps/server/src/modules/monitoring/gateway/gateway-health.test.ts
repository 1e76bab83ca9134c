import { sql } from 'kysely';
import { encodePacket } from '@ecocloud/hj212';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { startGateway } from './gateway.server';
import { connectClient, eventually } from './gateway-test-client';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const MN = 'HEALTH-LOGGER-0001';

type Health = { status: string; db: { ok: boolean }; ingest?: { pendingRows: number; applyFailing: boolean } };

describe.each(testDatabases())('/api/health and the HJ 212 ingest journal on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dbCase);
    const station = await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: 'HEALTH-1',
      name: '健康检查站',
      kind: 'air_national',
      regionCode: '450100',
    });
    await createDevice({ db: t.deps.db, clock: t.clock }, null, {
      mn: MN,
      password: '123456',
      st: '22',
      stationId: station.id,
      crcMode: 'hj212',
      isEnabled: true,
      factorMap: { a21026: { parameter: 'so2', scale: 1 } },
    });
  });
  afterAll(async () => t?.close());

  const healthWithStatus = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    return { statusCode: res.statusCode, body: res.json() as Health };
  };
  /** The health of a node whose journal applies: 200. */
  const health = async () => {
    const { statusCode, body } = await healthWithStatus();
    expect(statusCode).toBe(200);
    return body;
  };

  it('shows the backlog, degraded with 503 while applying fails, and its recovery, only while the gateway runs', async () => {
    expect((await health()).ingest).toBeUndefined();
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', journal: { retryMs: 20 } });
    try {
      expect((await health()).ingest).toEqual({ pendingRows: 0, applyFailing: false });

      // Applying cannot write observations while the table has another name; acknowledging goes on.
      await sql`alter table observations rename to observations_away`.execute(t.deps.db);
      const client = await connectClient(gw.port);
      client.send(
        encodePacket({
          qn: '20260301100000001',
          st: '22',
          cn: '2061',
          pw: '123456',
          mn: MN,
          flag: 5,
          cp: { params: [['DataTime', '20260301090000']], factors: { a21026: { Avg: '8', Flag: 'N' } } },
        }),
      );
      const [ack] = await client.waitForReplies(1);
      expect(ack).toMatchObject({ ok: true, cn: '9014' });
      // While applying fails the node is degraded, and the status code says so (issue #11).
      const failing = await eventually(async () => {
        const h = await healthWithStatus();
        return h.body.ingest?.applyFailing ? h : null;
      });
      expect(failing?.statusCode).toBe(503);
      expect(failing?.body).toMatchObject({ status: 'degraded', db: { ok: true }, ingest: { applyFailing: true } });
      expect(failing!.body.ingest!.pendingRows).toBeGreaterThan(0);

      await sql`alter table observations_away rename to observations`.execute(t.deps.db);
      await gw.applied();
      expect((await health()).ingest).toEqual({ pendingRows: 0, applyFailing: false });
      await client.close();
    } finally {
      await gw.close();
    }
    expect((await health()).ingest).toBeUndefined();
  }, 30_000);
});
