import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** An outlet a logger reports for, with what a station registered for that logger is named after. */
export type OutletOfLogger = {
  mn: string;
  outletId: string;
  outletCode: string;
  outletName: string;
  /** gas | water. */
  kind: string;
  enterpriseId: string;
  enterpriseName: string;
  regionCode: string;
};

/**
 * The outlets whose device MNs name one of `mns` (the system's view, no scope: the demo and the system
 * register loggers). An MN named by two outlets gives two rows; MNs no outlet names are absent.
 */
export async function outletsOfLoggers(db: Kysely<Database>, mns: readonly string[]): Promise<OutletOfLogger[]> {
  const wanted = new Set(mns);
  if (!wanted.size) return [];
  const rows = await db
    .selectFrom('outlets')
    .innerJoin('enterprises', 'enterprises.id', 'outlets.enterprise_id')
    .select([
      'outlets.id as outletId',
      'outlets.code as outletCode',
      'outlets.name as outletName',
      'outlets.kind as kind',
      'outlets.device_mns as deviceMns',
      'enterprises.id as enterpriseId',
      'enterprises.name as enterpriseName',
      'enterprises.region_code as regionCode',
    ])
    .where('outlets.device_mns', '!=', '[]')
    .orderBy('outlets.id')
    .execute();
  return rows.flatMap(({ deviceMns, ...o }) =>
    (JSON.parse(deviceMns) as string[]).filter((mn) => wanted.has(mn)).map((mn) => ({ mn, ...o })),
  );
}
