import { encodePacket, QN_RTN, type FactorFields } from '@ecocloud/hj212';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { startGateway, type Gateway } from './gateway.server';
import { connectClient } from './gateway-test-client';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const BAD_MN = 'BOUNDS-LOGGER-BAD1';
const GOOD_MN = 'BOUNDS-LOGGER-GOOD';

const hourly = (mn: string, qn: string, hour: string, factors: Record<string, FactorFields>): string =>
  encodePacket({
    qn,
    st: '22',
    cn: '2061',
    pw: '123456',
    mn,
    flag: 5,
    cp: { params: [['DataTime', `20260301${hour}0000`]], factors },
  });

// Issue #11, item 1: on PostgreSQL a -Flag over varchar(8) was acknowledged 9014, then every
// apply of the journal failed and no logger's data reached observations any more.
describe.each(testDatabases())('HJ 212 gateway: fields longer than their columns on $name', (dbCase) => {
  let t: TestApp;
  let gw: Gateway;
  let goodStation: string;
  beforeAll(async () => {
    t = await createTestApp(dbCase);
    const bad = await insertStation({ db: t.deps.db, clock: t.clock }, null, {
      code: 'BOUNDS-1',
      name: '越界测试站',
      kind: 'air_national',
      regionCode: '450100',
    });
    goodStation = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'BOUNDS-2',
        name: '正常测试站',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    await createDevice({ db: t.deps.db, clock: t.clock }, null, {
      mn: BAD_MN,
      password: '123456',
      st: '22',
      stationId: bad.id,
      crcMode: 'hj212',
      isEnabled: true,
      factorMap: {},
    });
    await createDevice({ db: t.deps.db, clock: t.clock }, null, {
      mn: GOOD_MN,
      password: '123456',
      st: '22',
      stationId: goodStation,
      crcMode: 'hj212',
      isEnabled: true,
      factorMap: { a21026: { parameter: 'so2', scale: 1 } },
    });
    gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1', journal: { retryMs: 20 } });
  });
  afterAll(async () => {
    await gw?.close();
    await t?.close();
  });

  it.each([
    ['an over-long -Flag', '20260301100000011', { a21026: { Avg: '8', Flag: 'NNNNNNNNNN' } }, '-Flag of 10 characters'],
    ['an over-long value', '20260301100000012', { a21026: { Avg: `1${'0'.repeat(45)}` } }, 'value of 46 characters'],
    [
      'an over-long factor code',
      '20260301100000013',
      { [`a${'1'.repeat(45)}`]: { Avg: '8' } },
      'factor code of 46 characters',
    ],
    ['an over-long QN', `2026030110000001${'4'.repeat(30)}`, { a21026: { Avg: '8' } }, 'QN of 46 characters'],
  ])(
    'quarantines %s with its reason, answers 9011 (not 9014), and a good logger keeps being stored',
    async (_name, qn, factors, reason) => {
      const bad = await connectClient(gw.port);
      bad.send(hourly(BAD_MN, qn, '09', factors));
      const [reply] = await bad.waitForReplies(1);
      expect(reply).toMatchObject({ ok: true, cn: '9011' });
      expect(reply?.cp).toContainEqual(['QnRtn', String(QN_RTN.REJECTED)]);
      const rows = await t.deps.db
        .selectFrom('quarantine')
        .selectAll()
        .where('mn', '=', BAD_MN)
        .where('reason_code', '=', 'HJ212_FIELD_TOO_LONG')
        .execute();
      expect(rows.filter((r) => r.reason.includes(reason))).toHaveLength(1);
      await bad.close();

      const good = await connectClient(gw.port);
      good.send(hourly(GOOD_MN, qn.slice(0, 17), '10', { a21026: { Avg: '9', Flag: 'N' } }));
      expect((await good.waitForReplies(1))[0]).toMatchObject({ ok: true, cn: '9014' });
      // Applied, not stuck behind a refused row (on the old code this waits until the test times out).
      await gw.applied();
      const stored = await t.deps.db
        .selectFrom('observations')
        .select('value')
        .where('station_id', '=', goodStation)
        .where('parameter', '=', 'so2')
        .executeTakeFirst();
      expect(stored).toEqual({ value: 9 });
      expect(
        await t.deps.db.selectFrom('observations').select('station_id').where('flag', '=', 'NNNNNNNNNN').execute(),
      ).toEqual([]);
      await good.close();
      await t.deps.db.deleteFrom('observations').execute();
    },
    15_000,
  );

  it('keeps a packet from an unknown MN longer than the column in quarantine (the MN left out of its column, kept in the bytes)', async () => {
    const longMn = `UNKNOWN-${'M'.repeat(70)}`;
    const client = await connectClient(gw.port);
    client.send(hourly(longMn, '20260301100000021', '09', { a21026: { Avg: '8' } }));
    const [reply] = await client.waitForReplies(1);
    // Answered like any rejected login (no MN enumeration); the quarantine keeps the true reason.
    expect(reply?.cp).toContainEqual(['QnRtn', String(QN_RTN.REJECTED)]);
    const rows = await t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('reason_code', '=', 'HJ212_UNKNOWN_MN')
      .execute();
    const kept = rows.filter((r) => Buffer.from(r.raw_base64, 'base64').toString('utf8').includes(longMn));
    expect(kept).toHaveLength(1);
    expect(kept[0]?.mn).toBeNull();
    await client.close();
  });

  it('keeps every part of a reassembled split packet that is refused, not only the last one', async () => {
    const client = await connectClient(gw.port);
    const split = (pno: number, factors: Record<string, FactorFields>) =>
      encodePacket({
        qn: '20260301100000031',
        st: '22',
        cn: '2061',
        pw: '123456',
        mn: BAD_MN,
        flag: 7,
        pnum: 2,
        pno,
        cp: { params: [['DataTime', '20260301090000']], factors },
      });
    const first = split(1, { a21026: { Avg: '8', Flag: 'N' } });
    const second = split(2, { a34004: { Avg: '8', Flag: 'NNNNNNNNNN' } });
    client.send(first);
    client.send(second);
    await client.waitForReplies(1);
    const rows = await t.deps.db
      .selectFrom('quarantine')
      .selectAll()
      .where('mn', '=', BAD_MN)
      .where('reason', 'like', '%-Flag of 10 characters%')
      .execute();
    const raws = rows.map((r) => Buffer.from(r.raw_base64, 'base64').toString('utf8'));
    expect(raws.filter((raw) => raw.includes(first.trim()) && raw.includes(second.trim()))).toHaveLength(1);
    await client.close();
  });
});
