import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc16Modbus, encodePacket, formatCrc, type PacketInput } from '@ecocloud/hj212';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { startGateway, type Gateway } from './gateway.server';
import { connectClient, eventually } from './gateway-test-client';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const MN = '010000A8900016F000169DC0';
const HOURLY: PacketInput = {
  qn: '20260301100000001',
  st: '22',
  cn: '2061',
  pw: '123456',
  mn: MN,
  flag: 5,
  cp: {
    params: [['DataTime', '20260301090000']],
    factors: {
      a21026: { Avg: '8', Flag: 'N' },
      a34004: { Avg: '41', Flag: 'N' },
      a05024: { Avg: '96', Flag: 'N' },
      a99999: { Avg: '1.5', Flag: 'D' },
    },
  },
};

describe.each(testDatabases())('HJ 212 gateway over TCP on $name', (dbCase) => {
  let t: TestApp;
  let gw: Gateway;
  let stationId: string;

  beforeAll(async () => {
    t = await createTestApp(dbCase);
    const station = await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: 'GW-TEST-1',
      name: '网关测试站',
      kind: 'air_national',
      regionCode: '450100',
    });
    stationId = station.id;
    await createDevice({ db: t.deps.db, clock: t.clock }, null, {
      mn: MN,
      password: '123456',
      st: '22',
      stationId,
      crcMode: 'hj212',
      isEnabled: true,
      factorMap: {
        a21026: { parameter: 'so2', scale: 1 },
        a34004: { parameter: 'pm2_5', scale: 1 },
        a05024: { parameter: 'o3', scale: 0.001 },
      },
    });
    await createDevice({ db: t.deps.db, clock: t.clock }, null, {
      mn: 'MODBUS-LOGGER-1',
      password: 'pw-mb',
      st: '22',
      stationId,
      crcMode: 'modbus',
      isEnabled: true,
      factorMap: {},
    });
    gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', splitTimeoutMs: 300 });
  });
  afterAll(async () => {
    await gw?.close();
    await t?.close();
  });

  const obs = (parameter: string) =>
    t.deps.db
      .selectFrom('observations')
      .selectAll()
      .where('station_id', '=', stationId)
      .where('parameter', '=', parameter)
      .execute();
  const quarantined = (reasonCode: string) =>
    t.deps.db.selectFrom('quarantine').selectAll().where('reason_code', '=', reasonCode).execute();

  it('stores a valid hourly packet, archives it, then acknowledges with 9014', async () => {
    const client = await connectClient(gw.port);
    const packet = encodePacket(HOURLY);
    client.send(packet);
    const [ack] = await client.waitForReplies(1);
    expect(ack).toMatchObject({ ok: true, cn: '9014', st: '91', qn: HOURLY.qn, mn: MN });
    // Acknowledged means committed to the ingest journal (journal.test.ts); the applier moves it on.
    await gw.applied();
    expect(await t.deps.db.selectFrom('ingest_journal').select('id').execute()).toEqual([]);
    const so2 = await obs('so2');
    expect(so2).toEqual([
      expect.objectContaining({
        period: '1h',
        period_start: '2026-03-01T01:00:00.000Z',
        value: 8,
        value_text: '8',
        flag: 'N',
        source: 'hj212',
      }),
    ]);
    expect((await obs('o3'))[0]).toMatchObject({ value: 0.096, value_text: '96' });
    expect((await obs('a99999'))[0]).toMatchObject({ value: 1.5, flag: 'D' }); // unmapped factor: stored under its code
    const archive = await t.deps.db.selectFrom('packet_archive').selectAll().where('qn', '=', HOURLY.qn).execute();
    expect(archive.map((a) => a.raw)).toEqual([packet]);
    const device = await t.deps.db
      .selectFrom('devices')
      .select('last_seen_at')
      .where('mn', '=', MN)
      .executeTakeFirstOrThrow();
    expect(device.last_seen_at).not.toBeNull();
    await client.close();
  });

  it('is idempotent for a re-sent packet: one row per key, the later value wins, one archived copy', async () => {
    const client = await connectClient(gw.port);
    const first = {
      ...HOURLY,
      qn: '20260301110000001',
      cp: { params: [['DataTime', '20260301100000']] as [string, string][], factors: { a21026: { Avg: '10' } } },
    };
    client.send(encodePacket(first));
    client.send(encodePacket(first));
    client.send(encodePacket({ ...first, cp: { params: first.cp.params, factors: { a21026: { Avg: '11' } } } }));
    const replies = await client.waitForReplies(3);
    expect(replies.map((r) => r.cn)).toEqual(['9014', '9014', '9014']);
    await gw.applied();
    const rows = (await obs('so2')).filter((r) => r.period_start === '2026-03-01T02:00:00.000Z');
    expect(rows.map((r) => r.value)).toEqual([11]);
    // The archive keeps one copy of a re-sent packet (same MN, QN and bytes), also when the copy
    // comes in a later apply, and both packets whose content differs (issue #11, item 17).
    client.send(encodePacket(first));
    await client.waitForReplies(4);
    await gw.applied();
    const archived = await t.deps.db
      .selectFrom('packet_archive')
      .select('raw')
      .where('mn', '=', MN)
      .where('qn', '=', first.qn)
      .execute();
    expect(archived.map((a) => a.raw).sort()).toEqual(
      [
        encodePacket(first),
        encodePacket({ ...first, cp: { params: first.cp.params, factors: { a21026: { Avg: '11' } } } }),
      ].sort(),
    );
    await client.close();
  });

  it('reassembles a split packet and acknowledges each part after the commit', async () => {
    const client = await connectClient(gw.port);
    const base = { ...HOURLY, qn: '20260301120000001', flag: 7, pnum: 2 };
    client.send(
      encodePacket({
        ...base,
        pno: 2,
        cp: { params: [['DataTime', '20260301110000']], factors: { a34004: { Avg: '52', Flag: 'N' } } },
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(client.replies).toHaveLength(0); // held: nothing is acknowledged before it is stored
    client.send(
      encodePacket({
        ...base,
        pno: 1,
        cp: { params: [['DataTime', '20260301110000']], factors: { a21026: { Avg: '9', Flag: 'N' } } },
      }),
    );
    const replies = await client.waitForReplies(2);
    expect(replies.map((r) => [r.cn, r.qn])).toEqual([
      ['9014', base.qn],
      ['9014', base.qn],
    ]);
    await gw.applied();
    const at = '2026-03-01T03:00:00.000Z';
    expect((await obs('so2')).find((r) => r.period_start === at)?.value).toBe(9);
    expect((await obs('pm2_5')).find((r) => r.period_start === at)?.value).toBe(52);
    await client.close();
  });

  it('quarantines the parts of a split packet that never completes', async () => {
    const client = await connectClient(gw.port);
    const part = encodePacket({ ...HOURLY, qn: '20260301130000001', flag: 7, pnum: 3, pno: 1 });
    client.send(part);
    const rows = await eventually(async () =>
      (await quarantined('HJ212_SPLIT_TIMEOUT')).length > 0 ? quarantined('HJ212_SPLIT_TIMEOUT') : null,
    );
    expect(rows?.map((r) => Buffer.from(r.raw_base64, 'base64').toString())).toEqual([part]);
    expect(rows?.[0]?.remote).toMatch(/^127\.0\.0\.1:\d+$/);
    await client.close();
  });

  it.each([
    ['bad CRC', () => encodePacket(HOURLY).replace(/[0-9A-F]{4}\r\n$/, '0000\r\n'), 'HJ212_CRC_MISMATCH', '9'],
    // Unknown MN and wrong PW answer alike (2, rejected), so the replies do not enumerate registered MNs.
    ['unknown MN', () => encodePacket({ ...HOURLY, mn: 'UNKNOWN-MN-0001' }), 'HJ212_UNKNOWN_MN', '2'],
    ['wrong password', () => encodePacket({ ...HOURLY, pw: '654321' }), 'HJ212_BAD_PASSWORD', '2'],
    ['wrong system code', () => encodePacket({ ...HOURLY, st: '32' }), 'HJ212_ST_MISMATCH', '5'],
  ])('answers a packet with %s by 9011 and keeps it in quarantine', async (_name, build, reasonCode, qnRtn) => {
    const client = await connectClient(gw.port);
    const packet = build();
    client.send(packet);
    const [reply] = await client.waitForReplies(1);
    expect(reply).toMatchObject({ ok: true, cn: '9011', qn: HOURLY.qn });
    expect(reply?.cp).toEqual([['QnRtn', qnRtn]]);
    const rows = await quarantined(reasonCode);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'hj212', remote: `127.0.0.1:${client.socket.localPort}` });
    expect(Buffer.from(rows[0]!.raw_base64, 'base64').toString()).toBe(packet);
    await client.close();
  });

  it('keeps junk bytes in quarantine without replying', async () => {
    const client = await connectClient(gw.port);
    client.send('GET / HTTP/1.1\r\n');
    const rows = await eventually(async () =>
      (await quarantined('HJ212_NO_HEADER')).length > 0 ? quarantined('HJ212_NO_HEADER') : null,
    );
    expect(rows?.map((r) => Buffer.from(r.raw_base64, 'base64').toString())).toEqual(['GET / HTTP/1.1\r\n']);
    expect(client.replies).toHaveLength(0);
    await client.close();
  });

  it('verifies a device registered with CRC-16/MODBUS in its own mode', async () => {
    const client = await connectClient(gw.port);
    const hj = encodePacket({ ...HOURLY, qn: '20260301140000001', mn: 'MODBUS-LOGGER-1', pw: 'pw-mb' });
    const data = hj.slice(6, -6);
    const modbus = `${hj.slice(0, 6)}${data}${formatCrc(crc16Modbus(Buffer.from(data)))}\r\n`;
    client.send(modbus);
    const [ack] = await client.waitForReplies(1);
    expect(ack?.cn).toBe('9014');
    await gw.applied();
    expect((await obs('a21026')).map((r) => r.value)).toContain(8);
    await client.close();
  });
});
