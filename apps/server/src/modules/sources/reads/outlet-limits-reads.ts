import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { enterpriseScope } from '../enterprises/enterprises.repository';
import { toOutlets } from '../outlets/outlet-view';

/** An outlet with what a judgement against its permit needs. */
export type JudgeableOutlet = {
  id: string;
  code: string;
  enterpriseId: string;
  /** The monitoring stations of the outlet's loggers (device MNs → stations). */
  stationIds: string[];
  /** Reference O2 (%) of the outlet's standard and source type; null: no 折算 (water, unknown standard). */
  o2Reference: number | null;
  /** Normal-period concentration limits of the permits in force (status valid), by pollutant code. */
  limits: { pollutant: string; value: number; unit: string }[];
};

/**
 * Active outlets with at least one logger, their stations, reference O2 and concentration limits (the
 * system's view, no scope: the judge runs for every outlet). `outletIds` narrows the list.
 */
export async function judgeableOutlets(
  db: Kysely<Database>,
  outletIds?: readonly string[],
): Promise<JudgeableOutlet[]> {
  if (outletIds?.length === 0) return [];
  let q = db.selectFrom('outlets').selectAll().where('status', '=', 'active').where('device_mns', '!=', '[]');
  if (outletIds) q = q.where('id', 'in', [...outletIds]);
  const rows = await q.orderBy('id').execute();
  if (!rows.length) return [];
  const outlets = await toOutlets(db, rows);
  const limits = await db
    .selectFrom('permit_limits')
    .innerJoin('permits', 'permits.id', 'permit_limits.permit_id')
    .select(['permit_limits.outlet_id', 'permit_limits.pollutant', 'permit_limits.value', 'permit_limits.unit'])
    .where(
      'permit_limits.outlet_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('permit_limits.limit_type', '=', 'concentration')
    .where('permit_limits.special_period', '=', '')
    .where('permits.status', '=', 'valid')
    .orderBy('permits.valid_to', 'desc')
    .execute();
  return outlets.map((o) => {
    const seen = new Set<string>();
    // Two permits in force naming the same pollutant: the one valid longest (first by valid_to desc) wins.
    const own = limits.filter((l) => l.outlet_id === o.id && !seen.has(l.pollutant) && seen.add(l.pollutant));
    return {
      id: o.id,
      code: o.code,
      enterpriseId: o.enterpriseId,
      stationIds: o.stationIds,
      o2Reference: o.oxygenReference?.percent ?? null,
      limits: own.map((l) => ({ pollutant: l.pollutant, value: l.value, unit: l.unit })),
    };
  });
}

/** An outlet and its enterprise, as another module lists them for a reader. */
export type OutletInReach = {
  id: string;
  code: string;
  enterpriseId: string;
  enterpriseName: string;
  regionCode: string;
  /** key | simplified | registration (重点管理 …). */
  category: string;
};

/**
 * The outlets whose enterprise lies in the actor's scope (`null`: the system), optionally one outlet,
 * one enterprise, or the enterprises of a region (its subregions included by code prefix).
 */
export function outletsInReach(
  db: Kysely<Database>,
  actor: Actor | null,
  filter: { outletId?: string; enterpriseId?: string; regionCode?: string } = {},
): Promise<OutletInReach[]> {
  let q = db
    .selectFrom('outlets')
    .innerJoin('enterprises', 'enterprises.id', 'outlets.enterprise_id')
    .select([
      'outlets.id as id',
      'outlets.code as code',
      'enterprises.id as enterpriseId',
      'enterprises.name as enterpriseName',
      'enterprises.region_code as regionCode',
      'enterprises.category as category',
    ]);
  if (actor) q = q.where(enterpriseScope(actor));
  if (filter.outletId) q = q.where('outlets.id', '=', filter.outletId);
  if (filter.enterpriseId) q = q.where('enterprises.id', '=', filter.enterpriseId);
  if (filter.regionCode) q = q.where('enterprises.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  return q.orderBy('outlets.id').execute();
}

/** True when the enterprise lies in the actor's scope (an enterprise without outlets has no outlet to show it). */
export async function enterpriseInReach(db: Kysely<Database>, actor: Actor, enterpriseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('enterprises')
    .select('enterprises.id')
    .where('enterprises.id', '=', enterpriseId)
    .where(enterpriseScope(actor))
    .executeTakeFirst();
  return row !== undefined;
}
