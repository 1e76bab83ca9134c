import type { Kysely } from 'kysely';
import { monitoringReads } from '../../monitoring';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { enterpriseScope } from '../enterprises/enterprises.repository';
import { toOutlets } from '../outlets/outlet-view';

/** A permitted concentration; `min` set for a range (pH): the hour complies inside [min, value]. */
type JudgeableLimit = { pollutant: string; value: number; unit: string; min: number | null };

/** The pollutant code whose limit is a range (GB 8978 pH 6–9): the permit's value is the upper bound. */
const PH_POLLUTANT = 'ph';

/** An outlet with what a judgement against its permit needs. */
export type JudgeableOutlet = {
  id: string;
  code: string;
  enterpriseId: string;
  /** The enterprise's region (a special period in force for a region covers it by code prefix). */
  regionCode: string;
  /** The outlet's kind in the register: gas outlets are judged hour by hour, water outlets on the daily mean. */
  medium: 'gas' | 'water';
  /** The monitoring stations of the outlet's loggers (device MNs → stations). */
  stationIds: string[];
  /** Reference O2 (%) of the outlet's standard and source type; null: no 折算 (water, unknown standard). */
  o2Reference: number | null;
  /** Normal-period concentration limits of the permits in force (status valid), by pollutant code. */
  limits: JudgeableLimit[];
  /** Special-period concentration limits (重污染天气 …): they replace the normal one while a period of that name is in force. */
  specialLimits: (JudgeableLimit & { specialPeriod: string })[];
  /** Permitted annual amounts (t/a) of the permits in force, by pollutant code. */
  amountLimits: PermittedAmount[];
};

export type PermittedAmount = { outletId: string; pollutant: string; tonnesPerYear: number };

/** Limits of the permits in force (status valid) of the outlets, the permit valid longest first. */
function limitsInForce(db: Kysely<Database>, outletIds: readonly string[], limitType: 'concentration' | 'amount') {
  return db
    .selectFrom('permit_limits')
    .innerJoin('permits', 'permits.id', 'permit_limits.permit_id')
    .select([
      'permit_limits.outlet_id',
      'permit_limits.pollutant',
      'permit_limits.value',
      'permit_limits.unit',
      'permit_limits.special_period',
    ])
    .where('permit_limits.outlet_id', 'in', [...outletIds])
    .where('permit_limits.limit_type', '=', limitType)
    .where('permits.status', '=', 'valid')
    .orderBy('permits.valid_to', 'desc')
    .orderBy('permit_limits.id')
    .execute();
}

type LimitRow = Awaited<ReturnType<typeof limitsInForce>>[number];

/** Two permits in force naming the same pollutant (and period): the one valid longest (first row) wins. */
function firstPerKey<T extends LimitRow>(rows: readonly T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(key(r)) && seen.add(key(r)));
}

/**
 * The permitted annual amounts (limit_type amount, t/a) of the permits in force for the outlets: one per
 * outlet and pollutant (two permits naming it: the one valid longest).
 */
export async function permittedAmounts(db: Kysely<Database>, outletIds: readonly string[]): Promise<PermittedAmount[]> {
  if (!outletIds.length) return [];
  const rows = firstPerKey(
    (await limitsInForce(db, outletIds, 'amount')).filter((r) => r.special_period === ''),
    (r) => `${r.outlet_id}|${r.pollutant}`,
  );
  return rows.map((r) => ({ outletId: r.outlet_id, pollutant: r.pollutant, tonnesPerYear: r.value }));
}

/**
 * Whether the outlet's loggers measure a limited pollutant: a permit also limits pollutants measured by
 * hand (BOD5, SS at a treatment plant), which online data can neither judge nor miss. NOx counts as
 * measured when NO and NO2 are. Stations that declare no parameters are taken to measure everything.
 */
function measuredOnline(parameters: readonly string[]): (pollutant: string) => boolean {
  const measured = new Set(parameters.map((p) => p.toLowerCase()));
  if (!measured.size) return () => true;
  return (pollutant) => {
    const p = pollutant.toLowerCase();
    return measured.has(p) || (p === 'nox' && measured.has('no') && measured.has('no2'));
  };
}

/**
 * Active outlets with at least one logger, their stations, medium, region, reference O2, concentration
 * limits (normal and special-period), and permitted amounts (the system's view, no scope: the judge runs
 * for every outlet); concentration limits only for pollutants the loggers measure. `outletIds` narrows the list. A `ph` limit is a range [phMin, permit value]; `phMin`
 * comes from the compliance settings (⚠ default 6, GB 8978-1996).
 */
export async function judgeableOutlets(
  db: Kysely<Database>,
  outletIds?: readonly string[],
  opts: { phMin?: number } = {},
): Promise<JudgeableOutlet[]> {
  if (outletIds?.length === 0) return [];
  let q = db.selectFrom('outlets').selectAll().where('status', '=', 'active').where('device_mns', '!=', '[]');
  if (outletIds) q = q.where('id', 'in', [...outletIds]);
  const rows = await q.orderBy('id').execute();
  if (!rows.length) return [];
  const outlets = await toOutlets(db, rows);
  const ids = rows.map((r) => r.id);
  const concentration = await limitsInForce(db, ids, 'concentration');
  const amounts = await permittedAmounts(db, ids);
  const regions = new Map(
    (
      await db
        .selectFrom('enterprises')
        .select(['id', 'region_code'])
        .where('id', 'in', [...new Set(rows.map((r) => r.enterprise_id))])
        .execute()
    ).map((e) => [e.id, e.region_code]),
  );
  const measuredBy = await monitoringReads.stationParameters(
    db,
    outlets.flatMap((o) => o.stationIds),
  );
  const phMin = opts.phMin ?? 6;
  const toLimit = (l: LimitRow): JudgeableLimit => ({
    pollutant: l.pollutant,
    value: l.value,
    unit: l.unit,
    // A permit's pH value is its upper bound; a lower bound above it would make every hour exceed.
    min: l.pollutant.toLowerCase() === PH_POLLUTANT ? Math.min(phMin, l.value) : null,
  });
  return outlets.map((o) => {
    const online = measuredOnline(o.stationIds.flatMap((id) => measuredBy.get(id) ?? []));
    const own = concentration.filter((l) => l.outlet_id === o.id && online(l.pollutant));
    const normal = firstPerKey(
      own.filter((l) => l.special_period === ''),
      (l) => l.pollutant,
    );
    const special = firstPerKey(
      own.filter((l) => l.special_period !== ''),
      (l) => `${l.special_period}|${l.pollutant}`,
    );
    return {
      id: o.id,
      code: o.code,
      enterpriseId: o.enterpriseId,
      regionCode: regions.get(o.enterpriseId) ?? '',
      medium: o.kind === 'water' ? 'water' : 'gas',
      stationIds: o.stationIds,
      o2Reference: o.oxygenReference?.percent ?? null,
      limits: normal.map(toLimit),
      specialLimits: special.map((l) => ({ ...toLimit(l), specialPeriod: l.special_period })),
      amountLimits: amounts.filter((a) => a.outletId === o.id),
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
  /** gas | water: what the outlet discharges. */
  kind: string;
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
      'outlets.kind as kind',
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
