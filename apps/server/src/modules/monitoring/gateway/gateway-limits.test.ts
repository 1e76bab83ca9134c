import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePacket } from '@ecocloud/hj212';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { storeBatch, type IngestBatch } from './batch-store';
import { startGateway } from './gateway.server';
import { connectClient, eventually, type TestClient } from './gateway-test-client';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const MN = 'LIMITS0000000000000000001';
const packet = (i: number) =>
  encodePacket({
    qn: `2026030110${String(i).padStart(7, '0')}`,
    st: '22',
    cn: '2011',
    pw: '123456',
    mn: MN,
    flag: 5,
    cp: {
      params: [['DataTime', `202603011000${String(i % 60).padStart(2, '0')}`]],
      factors: { a21026: { Rtd: String(i) } },
    },
  });

// Limits are the gateway's own behaviour, not the database's: one dialect is enough.
describe('HJ 212 gateway limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(testDatabases()[0]!);
    const station = await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: 'GW-LIMITS',
      name: '限制测试站',
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
      factorMap: {},
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stops reading a connection while its frames wait for a slow database, and acks nothing before the commit', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const slow = async (batch: IngestBatch) => {
      await gate;
      await storeBatch(t.deps.db, t.clock, batch);
    };
    const gw = await startGateway(t.deps, silent, {
      port: 0,
      host: '127.0.0.1',
      store: slow,
      maxPendingFrames: 4,
      batch: { maxBatchRows: 2 },
    });
    const client = await connectClient(gw.port);
    for (let i = 0; i < 1000; i++) client.send(packet(i)); // ~180 KB: more than one socket read
    await eventually(async () => gw.stats.paused > 0);
    expect(gw.stats.paused).toBeGreaterThan(0);
    expect(gw.stats.frames).toBeLessThan(1000); // the rest still sits in the kernel buffers, not in our memory
    expect(client.replies).toHaveLength(0);
    open();
    const replies = await client.waitForReplies(1000, 20_000);
    expect(replies.every((r) => r.cn === '9014')).toBe(true);
    expect(replies.map((r) => r.qn)).toEqual(
      Array.from({ length: 1000 }, (_, i) => `2026030110${String(i).padStart(7, '0')}`),
    );
    await client.close();
    await gw.close();
  });

  it('closes an idle connection and keeps its unfinished bytes in quarantine', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', idleMs: 150 });
    const client = await connectClient(gw.port);
    const closed = new Promise<void>((r) => client.socket.once('close', () => r()));
    client.send(packet(1).slice(0, 30));
    await closed;
    const rows = await eventually(async () => {
      const q = await t.deps.db
        .selectFrom('quarantine')
        .selectAll()
        .where('reason_code', '=', 'HJ212_INCOMPLETE')
        .execute();
      return q.length ? q : null;
    });
    expect(rows?.map((r) => Buffer.from(r.raw_base64, 'base64').toString())).toEqual([packet(1).slice(0, 30)]);
    await gw.close();
  });

  it('refuses connections over the cap when every connection has logged in', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', maxConnections: 1 });
    const first = await connectClient(gw.port);
    first.send(packet(99));
    expect((await first.waitForReplies(1))[0]?.cn).toBe('9014');
    const second = await connectClient(gw.port);
    await new Promise<void>((r) => second.socket.once('close', () => r()));
    first.send(packet(98));
    expect((await first.waitForReplies(2))[1]?.cn).toBe('9014');
    await first.close();
    await gw.close();
  });

  it('at the cap, makes room for a new connection by closing the oldest one that never logged in', async () => {
    const gw = await startGateway(t.deps, silent, {
      port: 0,
      host: '127.0.0.1',
      maxConnections: 3,
      maxConnectionsPerAddress: 0,
    });
    const idle: TestClient[] = [];
    for (let i = 0; i < 3; i++) idle.push(await connectClient(gw.port, { localAddress: `127.0.0.${10 + i}` })); // three hosts, each within any per-address cap
    const oldestClosed = new Promise<void>((r) => idle[0]!.socket.once('close', () => r()));
    const logger = await connectClient(gw.port);
    logger.send(packet(11));
    expect((await logger.waitForReplies(1))[0]?.cn).toBe('9014');
    await oldestClosed;
    expect(gw.stats.evicted).toBe(1);
    expect(idle.slice(1).every((c) => !c.socket.destroyed)).toBe(true);
    await Promise.all([...idle, logger].map((c) => c.close()));
    await gw.close();
  });

  it('caps connections per address, so one address cannot lock the other loggers out', async () => {
    const gw = await startGateway(t.deps, silent, {
      port: 0,
      host: '127.0.0.1',
      maxConnections: 6,
      maxConnectionsPerAddress: 3,
    });
    // 127.0.0.2 is the attacker's host: 10 idle connections
    const idle = await Promise.all(
      Array.from({ length: 10 }, () => connectClient(gw.port, { localAddress: '127.0.0.2' })),
    );
    const closedOnes = await eventually(async () => {
      const n = idle.filter((c) => c.socket.destroyed || c.socket.readyState === 'closed').length;
      return n >= 7 ? n : 0;
    });
    expect(closedOnes).toBe(7);
    expect(gw.stats.refused).toBe(7);
    const logger = await connectClient(gw.port);
    logger.send(packet(7));
    expect((await logger.waitForReplies(1))[0]?.cn).toBe('9014');
    await Promise.all([...idle, logger].map((c) => c.close()));
    await gw.close();
  });

  it('closes a connection that sends no authenticated frame within the first-frame deadline, and keeps one that did', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', firstFrameMs: 200, idleMs: 60_000 });
    const silentOne = await connectClient(gw.port);
    const trickle = await connectClient(gw.port); // a byte at a time, never a whole frame
    const logger = await connectClient(gw.port);
    logger.send(packet(8));
    await logger.waitForReplies(1);
    const closedAt = (c: typeof logger) => new Promise<number>((r) => c.socket.once('close', () => r(Date.now())));
    const started = Date.now();
    const closes = [closedAt(silentOne), closedAt(trickle)];
    const drip = setInterval(() => trickle.send('#'), 20);
    const times = await Promise.all(closes);
    clearInterval(drip);
    for (const at of times) expect(at - started).toBeLessThan(2000);
    expect(gw.stats.noFirstFrame).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(logger.socket.destroyed).toBe(false);
    logger.send(packet(9));
    expect((await logger.waitForReplies(2))[1]?.cn).toBe('9014');
    await logger.close();
    await gw.close();
  });

  it('refuses new connections for a while from an address whose connections keep being closed for junk', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', maxRejectedBytes: 1024 });
    for (let i = 0; i < 3; i++) {
      const junk = await connectClient(gw.port, { localAddress: '127.0.0.5' });
      const closed = new Promise<void>((r) => junk.socket.once('close', () => r()));
      junk.send(Buffer.from('##\r\n'.repeat(1024)));
      await closed;
    }
    expect(gw.stats.junkClosed).toBe(3);
    const again = await connectClient(gw.port, { localAddress: '127.0.0.5' });
    await new Promise<void>((r) => again.socket.once('close', () => r()));
    expect(gw.stats.cooledDown).toBe(1);
    const logger = await connectClient(gw.port); // another address is not affected
    logger.send(packet(10));
    expect((await logger.waitForReplies(1))[0]?.cn).toBe('9014');
    await logger.close();
    await gw.close();
  });
});
