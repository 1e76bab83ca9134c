import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** What the figures of a group add up from: one outlet's judged hours in the range. */
export type OutletHourTotals = {
  outletId: string;
  /** Outlet × pollutant hours judged. */
  judgedHours: number;
  validHours: number;
  validMinutes: number;
  exceededHours: number;
  /** Minutes received over the hours that know it (rows judged before migration 0015 do not). */
  receivedMinutes: number;
  hoursWithReceived: number;
  amountKg: number;
};

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Per outlet, the judged hours starting in [fromIso, toIso) summed (PostgreSQL sums come back as text). */
export async function hourTotalsByOutlet(
  db: Kysely<Database>,
  outletIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<OutletHourTotals[]> {
  if (!outletIds.length) return [];
  const rows = await db
    .selectFrom('compliance_hours')
    .select((eb) => [
      'outlet_id',
      eb.fn.countAll<number>().as('judged'),
      eb.fn.sum<number>('valid').as('valid_hours'),
      eb.fn.sum<number>('valid_minutes').as('valid_minutes'),
      eb.fn.sum<number>(eb.case().when('exceeded', '=', 1).then(1).else(0).end()).as('exceeded'),
      eb.fn.sum<number>('received_minutes').as('received'),
      eb.fn.count<number>('received_minutes').as('with_received'),
      eb.fn.sum<number>('amount_kg').as('amount'),
    ])
    .where('outlet_id', 'in', [...outletIds])
    .where('hour_start', '>=', fromIso)
    .where('hour_start', '<', toIso)
    .groupBy('outlet_id')
    .execute();
  return rows.map((r) => ({
    outletId: r.outlet_id,
    judgedHours: num(r.judged),
    validHours: num(r.valid_hours),
    validMinutes: num(r.valid_minutes),
    exceededHours: num(r.exceeded),
    receivedMinutes: num(r.received),
    hoursWithReceived: num(r.with_received),
    amountKg: num(r.amount),
  }));
}
