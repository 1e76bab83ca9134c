import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Judged values (converted, else measured) of an outlet's valid hours in [fromIso, toIso), by pollutant and hour. */
export function judgedValues(db: Kysely<Database>, outletId: string, fromIso: string, toIso: string) {
  return db
    .selectFrom('compliance_hours')
    .select(['pollutant', 'hour_start', 'converted', 'mean'])
    .where('outlet_id', '=', outletId)
    .where('valid', '=', 1)
    .where('hour_start', '>=', fromIso)
    .where('hour_start', '<', toIso)
    .orderBy('pollutant')
    .orderBy('hour_start')
    .execute();
}
