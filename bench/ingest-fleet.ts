import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../apps/server/src/db/database';
import { SIM_FACTOR_MAP } from '../apps/server/src/modules/monitoring/simulator/air-pattern';
import { simMn } from '../apps/server/src/modules/monitoring/simulator/sim-devices';
import { insertOrgAsSystem } from '../apps/server/src/platform/orgs/orgs.service';
import { systemClock } from '../apps/server/src/platform/clock';

/** Registers `count` devices (one station each) with bulk inserts: setup for the benchmark, not the code under test. */
export async function registerFleet(db: Db, count: number, mnPrefix: string, password: string): Promise<void> {
  const org = await insertOrgAsSystem(
    { db, clock: systemClock },
    {
      parentId: null,
      name: 'bench',
      nameEn: 'bench',
      kind: 'province',
      regionCode: '000000',
    },
  );
  const now = new Date().toISOString();
  for (let i = 0; i < count; i += 200) {
    const stations = [];
    const devices = [];
    for (let j = i; j < Math.min(count, i + 200); j++) {
      const id = randomUUID();
      stations.push({
        id,
        code: `BENCH-${j}`,
        name: `bench ${j}`,
        kind: 'air_micro',
        region_code: '000000',
        org_id: org.id,
        lon: null,
        lat: null,
        parameters: '[]',
        status: 'active',
        attrs: '{}',
        last_data_at: null,
        created_at: now,
        updated_at: now,
      });
      devices.push({
        id: randomUUID(),
        mn: simMn(mnPrefix, j),
        password,
        st: '22',
        station_id: id,
        factor_map: JSON.stringify(SIM_FACTOR_MAP),
        crc_mode: 'hj212',
        is_enabled: 1,
        last_seen_at: null,
        created_at: now,
        updated_at: now,
      });
    }
    await db.insertInto('stations').values(stations).execute();
    await db.insertInto('devices').values(devices).execute();
  }
}

/** A private schema on the PostgreSQL server (like the test harness), dropped afterwards. */
export async function pgSchemaUrl(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await run(`create schema ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), drop: () => run(`drop schema ${schema} cascade`) };
}
