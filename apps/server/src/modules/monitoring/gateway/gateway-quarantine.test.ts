import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePacket } from '@ecocloud/hj212';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { startGateway } from './gateway.server';
import { connectClient, eventually } from './gateway-test-client';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const MN = 'QUARANTINE00000000000001';
const packet = (i: number, mn = MN) =>
  encodePacket({
    qn: `2026030110${String(i).padStart(7, '0')}`,
    st: '22',
    cn: '2011',
    pw: '123456',
    mn,
    flag: 5,
    cp: {
      params: [['DataTime', `202603011000${String(i % 60).padStart(2, '0')}`]],
      factors: { a21026: { Rtd: String(i) } },
    },
  });

/** Junk rows of one client port: their count and what they stand for. */
async function rowsFrom(t: TestApp, port: number) {
  const rows = await t.deps.db.selectFrom('quarantine').selectAll().where('remote', 'like', `%:${port}`).execute();
  return {
    rows: rows.length,
    inputs: rows.reduce((n, r) => n + Number(r.repeat_count), 0),
    bytes: rows.reduce((n, r) => n + Number(r.total_bytes), 0),
  };
}

describe.each(testDatabases())('HJ 212 gateway quarantine limits on $name', (dbCase) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dbCase);
    const station = await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: 'GW-QUAR',
      name: '隔离测试站',
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

  it('keeps 1 MiB of junk as a bounded number of rows that count every input and byte, and good loggers keep their acks', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', maxRejectedBytes: 4 * 1024 * 1024 });
    const junk = await connectClient(gw.port);
    const junkPort = junk.socket.localPort!;
    const logger = await connectClient(gw.port);
    junk.send(Buffer.from('##\r\n'.repeat(262_144))); // the 1 MiB: once one row per `##\r\n`
    for (let i = 0; i < 20; i++) logger.send(packet(i));
    expect((await logger.waitForReplies(20, 10_000)).every((r) => r.cn === '9014')).toBe(true);
    await eventually(async () => gw.stats.quarantined >= 262_144, 20_000);
    await junk.close();
    await eventually(async () => (await rowsFrom(t, junkPort)).inputs === 262_144, 10_000);
    const { rows, inputs, bytes } = await rowsFrom(t, junkPort);
    expect(rows).toBeLessThanOrEqual(2); // one run per reason (the framer's junk, the undecodable frames)
    expect(inputs).toBe(262_144);
    expect(bytes).toBe(1024 * 1024);
    const res = await (await t.login('admin')).request('GET', '/api/v1/quarantine?pageSize=200');
    expect(res.statusCode).toBe(200);
    const row = (res.json() as { items: { remote: string | null }[] }).items.find((e) =>
      e.remote?.endsWith(`:${junkPort}`),
    );
    expect(row).toMatchObject({ count: 262_144, totalBytes: 1024 * 1024, raw: '##\r\n' }); // the first input is the sample
    await logger.close();
    await gw.close();
  });

  it('closes a connection that sends only junk past the threshold', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', maxRejectedBytes: 4096 });
    const junk = await connectClient(gw.port);
    const closed = new Promise<void>((r) => junk.socket.once('close', () => r()));
    junk.send(Buffer.alloc(64 * 1024, 'x'));
    junk.send(Buffer.from('##\r\n'.repeat(16_384)));
    await closed;
    expect(gw.stats.junkClosed).toBe(1);
    await gw.close();
  });

  it('writes one row per rejected packet up to the address rate, then counts the rest into one row, and answers every packet', async () => {
    const gw = await startGateway(t.deps, silent, {
      port: 0,
      host: '127.0.0.1',
      quarantine: { rowsPerAddressPerMinute: 10 },
    });
    const client = await connectClient(gw.port, { localAddress: '127.0.0.3' });
    for (let i = 0; i < 50; i++) client.send(packet(i, `UNKNOWN-${i}`));
    const replies = await client.waitForReplies(50);
    expect(replies.every((r) => r.cn === '9011')).toBe(true);
    await gw.close(); // writes the open counts
    const rows = await t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('remote', 'like', '127.0.0.3:%')
      .orderBy('received_at')
      .execute();
    expect(rows.map((r) => Number(r.repeat_count)).sort((a, b) => a - b)).toEqual([...Array<number>(10).fill(1), 40]);
    expect(new Set(rows.map((r) => r.mn)).size).toBe(11); // the first ten and the overflow row's sample
  });

  it('deletes quarantine rows older than the retention when it starts (then hourly)', async () => {
    const now = t.clock.now().getTime();
    const day = 86_400_000;
    const old = { source: 'mqtt', remote: 'old', mn: null, reason_code: 'MQTT_BAD_JSON', reason: 'x', raw_base64: '' };
    await t.deps.db
      .insertInto('quarantine')
      .values([
        { ...old, id: 'retention-old', received_at: new Date(now - 31 * day).toISOString() },
        { ...old, id: 'retention-new', received_at: new Date(now - 29 * day).toISOString() },
      ])
      .execute();
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', quarantineRetentionDays: 30 });
    const left = await eventually(async () => {
      const ids = (await t.deps.db.selectFrom('quarantine').select('id').where('remote', '=', 'old').execute()).map(
        (r) => r.id,
      );
      return ids.length === 1 ? ids : null;
    });
    expect(left).toEqual(['retention-new']);
    await gw.close();
  });

  it('bounds the split halves one logger may hold: past the bound its oldest go to quarantine, and its newest still complete', async () => {
    const gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', maxSplitPartsPerLogger: 50 });
    const client = await connectClient(gw.port, { localAddress: '127.0.0.4' });
    const half = (i: number, pno: number) =>
      encodePacket({
        qn: `2026030111${String(i).padStart(7, '0')}`,
        st: '22',
        cn: '2011',
        pw: '123456',
        mn: MN,
        flag: 7,
        pnum: 2,
        pno,
        cp: { params: [['DataTime', '20260301110000']], factors: { [`a2102${pno}`]: { Rtd: String(i) } } },
      });
    for (let i = 0; i < 200; i++) client.send(half(i, 1));
    client.send(half(199, 2)); // the newest group completes: both parts acknowledged
    const acks = await client.waitForReplies(2);
    expect(acks.map((r) => [r.cn, r.qn])).toEqual([
      ['9014', '20260301110000199'],
      ['9014', '20260301110000199'],
    ]);
    expect(gw.stats.splitEvicted).toBe(150);
    await client.close();
    await gw.close();
    const rows = await t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('reason_code', '=', 'HJ212_SPLIT_EVICTED')
      .execute();
    expect(rows.reduce((n, r) => n + Number(r.repeat_count), 0)).toBe(150);
    expect(Buffer.from(rows[0]!.raw_base64, 'base64').toString()).toMatch(/^##\d{4}QN=2026030111\d{7};/);
  });
});
