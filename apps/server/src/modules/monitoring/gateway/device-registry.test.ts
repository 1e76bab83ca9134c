import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { DeviceRegistry } from './device-registry';

/** Counts the statements run through a Kysely instance. */
function countingPlugin(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

describe.each(testDatabases())('device registry on $name', (db) => {
  let t: TestApp;
  const mns = Array.from({ length: 600 }, (_, i) => `REGISTRY-MN-${String(i).padStart(4, '0')}`);
  beforeAll(async () => {
    t = await createTestApp(db);
    const stationId = (
      await insertStation({ db: t.deps.db, clock: t.clock }, null, {
        code: 'REG-1',
        name: '注册表测试站',
        kind: 'air_national',
        regionCode: '450100',
      })
    ).id;
    for (const [i, mn] of mns.entries()) {
      await createDevice({ db: t.deps.db, clock: t.clock }, null, {
        mn,
        password: `pw${i}`,
        st: '22',
        stationId,
        crcMode: i === 1 ? 'modbus' : 'hj212',
        isEnabled: i !== 2,
        factorMap: { a21026: { parameter: 'so2', scale: 1 } },
      });
    }
  });
  afterAll(async () => t?.close());

  it('answers the look-ups of one turn with one query per 500 MNs, unknown MNs as null, then serves them from the cache', async () => {
    const plugin = countingPlugin();
    let now = 1_000_000;
    const registry = new DeviceRegistry(t.deps.db.withPlugin(plugin), { ttlMs: 5000, now: () => now });
    const asked = [...mns, 'NOT-REGISTERED', mns[0]!];
    const found = await Promise.all(asked.map((mn) => registry.find(mn)));
    expect(plugin.count).toBe(2); // 601 distinct MNs: 500 + 101
    expect(found.slice(0, 600).map((d) => d?.mn)).toEqual(mns);
    expect(found[600]).toBeNull();
    expect(found[601]).toBe(found[0]);
    expect(found[1]).toMatchObject({
      password: 'pw1',
      st: '22',
      crcMode: 'modbus',
      isEnabled: true,
      factorMap: { a21026: { parameter: 'so2', scale: 1 } },
    });
    expect(found[2]?.isEnabled).toBe(false);

    expect(registry.peek(mns[5]!)?.password).toBe('pw5');
    expect(registry.peek('NOT-REGISTERED')).toBeNull();
    await registry.find(mns[7]!);
    expect(plugin.count).toBe(2);

    now += 5000; // the TTL has passed: the next look-ups query again, together
    expect(registry.peek(mns[5]!)).toBeUndefined();
    await Promise.all([registry.find(mns[5]!), registry.find(mns[6]!)]);
    expect(plugin.count).toBe(3);
  });

  it('sees a change after invalidate', async () => {
    const registry = new DeviceRegistry(t.deps.db);
    expect((await registry.find(mns[3]!))?.password).toBe('pw3');
    await t.deps.db.updateTable('devices').set({ password: 'changed' }).where('mn', '=', mns[3]!).execute();
    expect((await registry.find(mns[3]!))?.password).toBe('pw3');
    registry.invalidate(mns[3]!);
    expect((await registry.find(mns[3]!))?.password).toBe('changed');
  });
});
