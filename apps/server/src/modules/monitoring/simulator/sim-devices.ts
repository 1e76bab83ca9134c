import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { insertOrgAsSystem } from '../../../platform/orgs/orgs.service';
import { mnsStartingWith } from '../devices/devices.repository';
import { rootOrg } from '../../../platform/orgs/org-reads';
import { createDevice } from '../devices/devices.service';
import { insertStation } from '../stations/stations.service';
import { SIM_FACTOR_MAP } from './air-pattern';
import type { SimDevice } from './sim-packets';

export type SimFleet = { count: number; mnPrefix: string; password: string };

/** MN of simulated device i: the prefix padded with zeros to HJ 212-2017's 24 characters. */
export function simMn(prefix: string, i: number): string {
  const n = String(i + 1);
  return prefix + n.padStart(Math.max(24 - prefix.length, n.length), '0');
}

export function simDevices(fleet: SimFleet): SimDevice[] {
  return Array.from({ length: fleet.count }, (_, i) => ({
    mn: simMn(fleet.mnPrefix, i),
    password: fleet.password,
    st: '22',
    index: i,
  }));
}

/**
 * Registers the simulated fleet (one air station per device, factor map of the six AQI
 * pollutants) unless its MNs exist; creates a root organisation on an empty database.
 * Returns the devices to simulate.
 */
export async function ensureSimDevices(db: Kysely<Database>, clock: Clock, fleet: SimFleet): Promise<SimDevice[]> {
  const devices = simDevices(fleet);
  const known = new Set(await mnsStartingWith(db, fleet.mnPrefix));
  let org: { region_code: string } | undefined = await rootOrg(db);
  if (!org) {
    await insertOrgAsSystem(
      { db, clock },
      {
        parentId: null,
        name: '生态环境厅',
        nameEn: 'Department of Ecology and Environment',
        kind: 'province',
        regionCode: '000000',
      },
    );
    org = { region_code: '000000' };
  }
  const regionCode = org.region_code;
  for (const d of devices) {
    if (known.has(d.mn)) continue;
    // createDevice opens its own transaction, so the station goes first on its own.
    const station = await db.transaction().execute((trx) =>
      insertStation({ db: trx, clock: clock }, null, {
        code: `SIM-${d.mn}`,
        name: `模拟站 ${d.index + 1}`,
        kind: 'air_micro',
        regionCode,
        parameters: Object.values(SIM_FACTOR_MAP).map((m) => m.parameter),
      }),
    );
    await createDevice({ db, clock }, null, {
      mn: d.mn,
      password: d.password,
      st: d.st,
      stationId: station.id,
      factorMap: { ...SIM_FACTOR_MAP },
      crcMode: 'hj212',
      isEnabled: true,
    });
  }
  return devices;
}
