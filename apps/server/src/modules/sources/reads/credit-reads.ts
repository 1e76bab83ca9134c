import type { ExecutionReport } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { permitEventsInReach, permitsInReach } from '../due/due.repository';
import { reportsInReach } from '../reports/reports.service';

/** A permit event as the credit module reads it (temporary disclosure reports, the annual report's permits). */
export type PermitEventOfEnterprise = {
  enterpriseId: string;
  permitId: string;
  permitNo: string;
  kind: string;
  eventDate: string;
};

/** Every permit event of the register (the system's reach; the caller filters by its own scope). */
export async function permitEventsOfEnterprises(db: Kysely<Database>): Promise<PermitEventOfEnterprise[]> {
  const [permits, events] = await Promise.all([
    permitsInReach(db, { actor: null }),
    permitEventsInReach(db, { actor: null }),
  ]);
  const byId = new Map(permits.map((p) => [p.permit_id, p]));
  return events.flatMap((e) => {
    const p = byId.get(e.permit_id);
    return p
      ? [
          {
            enterpriseId: p.enterprise_id,
            permitId: p.permit_id,
            permitNo: p.permit_no,
            kind: e.kind,
            eventDate: e.event_date,
          },
        ]
      : [];
  });
}

/** The permits of the register with their numbers, dates and status (the annual disclosure report's permit part). */
export async function permitsOfEnterprises(db: Kysely<Database>, enterpriseIds: readonly string[]) {
  const wanted = new Set(enterpriseIds);
  return (await permitsInReach(db, { actor: null }))
    .filter((p) => wanted.has(p.enterprise_id))
    .map((p) => ({
      enterpriseId: p.enterprise_id,
      permitNo: p.permit_no,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      status: p.status,
    }));
}

/** Every expected execution report of the register with its state on `on` (late, missing …). */
export function executionReportsOn(db: Kysely<Database>, on: string): Promise<ExecutionReport[]> {
  return reportsInReach(db, { actor: null }, on);
}
