import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { enterpriseScope } from '../enterprises/enterprises.repository';

/**
 * Whose permits a read covers: an actor's data scope (the register's `enterpriseScope`), or — for the
 * system (CLI, metrics) — everything, optionally within a region. Always applied to `enterprises`.
 */
export type PermitReach = {
  actor: Actor | null;
  enterpriseId?: string | undefined;
  permitId?: string | undefined;
  regionCode?: string | undefined;
};

export type PermitDueRow = {
  permit_id: string;
  permit_no: string;
  kind: string;
  category: string;
  valid_from: string;
  valid_to: string;
  status: string;
  report_frequencies: string;
  created_at: string;
  enterprise_id: string;
  enterprise_name: string;
  uscc: string;
  enterprise_category: string;
  enterprise_org_id: string | null;
  regulator_org_id: string;
};

export function reached<O>(
  q: SelectQueryBuilder<Database, 'enterprises' | 'permits', O>,
  reach: PermitReach,
): SelectQueryBuilder<Database, 'enterprises' | 'permits', O> {
  let out = q;
  if (reach.actor) out = out.where(enterpriseScope(reach.actor));
  if (reach.enterpriseId) out = out.where('enterprises.id', '=', reach.enterpriseId);
  if (reach.permitId) out = out.where('permits.id', '=', reach.permitId);
  if (reach.regionCode) out = out.where('enterprises.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  return out;
}

/** The permits (and registration forms) in reach with their enterprise, in a stable order. */
export async function permitsInReach(db: Kysely<Database>, reach: PermitReach): Promise<PermitDueRow[]> {
  const q = db
    .selectFrom('permits')
    .innerJoin('enterprises', 'enterprises.id', 'permits.enterprise_id')
    .select([
      'permits.id as permit_id',
      'permits.permit_no',
      'permits.kind',
      'permits.category',
      'permits.valid_from',
      'permits.valid_to',
      'permits.status',
      'permits.report_frequencies',
      'permits.created_at',
      'enterprises.id as enterprise_id',
      'enterprises.name as enterprise_name',
      'enterprises.uscc',
      'enterprises.category as enterprise_category',
      'enterprises.enterprise_org_id',
      'enterprises.regulator_org_id',
    ]);
  return reached(q, reach).orderBy('enterprises.name').orderBy('permits.permit_no').execute();
}

export type PermitEventRow = {
  permit_id: string;
  kind: string;
  event_date: string;
  on_site_check: number;
  created_at: string;
};

/** The events of the permits in reach, oldest first (the clocks they open and answer). */
export async function permitEventsInReach(db: Kysely<Database>, reach: PermitReach): Promise<PermitEventRow[]> {
  const q = db
    .selectFrom('permit_events')
    .innerJoin('permits', 'permits.id', 'permit_events.permit_id')
    .innerJoin('enterprises', 'enterprises.id', 'permits.enterprise_id')
    .select([
      'permit_events.permit_id',
      'permit_events.kind',
      'permit_events.event_date',
      'permit_events.on_site_check',
      'permit_events.created_at',
    ])
    .orderBy('permit_events.event_date')
    .orderBy('permit_events.created_at');
  return reached(q, reach).execute();
}

/** The key enterprises (重点管理) of a region that still operate (a closed unit discharges nothing). */
export async function keyEnterpriseIds(db: Kysely<Database>, regionCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enterprises')
    .select('id')
    .where('category', '=', 'key')
    .where('status', '!=', 'closed')
    .where('region_code', 'like', `${regionPrefix(regionCode)}%`)
    .execute();
  return rows.map((r) => r.id);
}
