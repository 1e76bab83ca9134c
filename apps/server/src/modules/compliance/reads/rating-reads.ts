import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { sourcesReads } from '../../sources';

/** The start of a Shanghai day as an ISO instant (hours are stored by their UTC start). */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000).toISOString();

/**
 * Per enterprise, over the Shanghai days [from, to]: the judged hours that exceeded their limit, and the leads
 * an officer confirmed (turned into a case request). The credit rating reads them (the caller checked scope).
 */
export async function complianceRecordOf(
  db: Kysely<Database>,
  enterpriseIds: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, { exceededHours: number; leadsConfirmed: number }>> {
  const out = new Map(enterpriseIds.map((id) => [id, { exceededHours: 0, leadsConfirmed: 0 }]));
  if (enterpriseIds.length === 0) return out;
  const wanted = new Set(enterpriseIds);
  const outlets = (await sourcesReads.outletsInReach(db, null)).filter((o) => wanted.has(o.enterpriseId));
  const enterpriseOf = new Map(outlets.map((o) => [o.id, o.enterpriseId]));
  if (outlets.length > 0) {
    const hours = await db
      .selectFrom('compliance_hours')
      .select(['outlet_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('outlet_id', 'in', [...enterpriseOf.keys()])
      .where('exceeded', '=', 1)
      .where('hour_start', '>=', startOf(from))
      .where('hour_start', '<', dayAfter(to))
      .groupBy('outlet_id')
      .execute();
    for (const h of hours) out.get(enterpriseOf.get(h.outlet_id)!)!.exceededHours += Number(h.n);
  }
  const leads = await db
    .selectFrom('compliance_leads')
    .select(['enterprise_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('enterprise_id', 'in', [...enterpriseIds])
    .where('status', '=', 'case_requested')
    .where('created_at', '>=', startOf(from))
    .where('created_at', '<', dayAfter(to))
    .groupBy('enterprise_id')
    .execute();
  for (const l of leads) out.get(l.enterprise_id)!.leadsConfirmed += Number(l.n);
  return out;
}
