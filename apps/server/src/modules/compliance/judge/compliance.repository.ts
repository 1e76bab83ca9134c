import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ComplianceHoursTable, ExceedanceEventsTable } from '../compliance.tables';

export type JudgedHourRow = Insertable<ComplianceHoursTable>;
export type StoredHourRow = Selectable<ComplianceHoursTable>;
export type EventRow = Selectable<ExceedanceEventsTable>;

/** Stores judged hours; a re-judged hour replaces its row (outlet × pollutant × hour is unique). */
export async function upsertHours(db: Kysely<Database>, rows: readonly JudgedHourRow[]): Promise<void> {
  for (const row of rows)
    await db
      .insertInto('compliance_hours')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['outlet_id', 'pollutant', 'hour_start']).doUpdateSet({
          valid_minutes: row.valid_minutes,
          valid: row.valid,
          mean: row.mean,
          o2_mean: row.o2_mean,
          converted: row.converted,
          limit_value: row.limit_value,
          exceeded: row.exceeded,
          multiple: row.multiple,
          note: row.note,
          judged_at: row.judged_at,
          received_minutes: row.received_minutes ?? null,
          flow_mean: row.flow_mean ?? null,
          amount_kg: row.amount_kg ?? null,
        }),
      )
      .execute();
}

/** The latest judged hour start per outlet (outlets never judged are absent). */
export async function lastJudgedHours(
  db: Kysely<Database>,
  outletIds: readonly string[],
): Promise<Map<string, string>> {
  if (!outletIds.length) return new Map();
  const rows = await db
    .selectFrom('compliance_hours')
    .select((eb) => ['outlet_id', eb.fn.max('hour_start').as('latest')])
    .where('outlet_id', 'in', [...outletIds])
    .groupBy('outlet_id')
    .execute();
  return new Map(rows.map((r) => [r.outlet_id, r.latest]));
}

/** The hour-basis event of an outlet × pollutant that already covers the hour starting at `hourIso`, if any. */
export function eventCovering(db: Kysely<Database>, outletId: string, pollutant: string, hourIso: string) {
  return db
    .selectFrom('exceedance_events')
    .selectAll()
    .where('outlet_id', '=', outletId)
    .where('pollutant', '=', pollutant)
    .where('basis', '=', 'hour')
    .where('start', '<=', hourIso)
    .where('end', '>', hourIso)
    .executeTakeFirst();
}

/**
 * The hour-basis event of an outlet × pollutant whose last hour ends where `hourIso` begins (a water
 * outlet's day events end at a Shanghai midnight too: they follow their days, never an hour).
 */
export function eventEndingAt(db: Kysely<Database>, outletId: string, pollutant: string, hourIso: string) {
  return db
    .selectFrom('exceedance_events')
    .selectAll()
    .where('outlet_id', '=', outletId)
    .where('pollutant', '=', pollutant)
    .where('basis', '=', 'hour')
    .where('end', '=', hourIso)
    .executeTakeFirst();
}

export async function insertEvent(db: Kysely<Database>, row: Insertable<ExceedanceEventsTable>): Promise<void> {
  await db.insertInto('exceedance_events').values(row).execute();
}

export async function updateEvent(
  db: Kysely<Database>,
  id: string,
  set: Partial<Pick<EventRow, 'end' | 'hours' | 'peak_converted' | 'peak_multiple' | 'status'>>,
): Promise<void> {
  await db.updateTable('exceedance_events').set(set).where('id', '=', id).execute();
}

export async function deleteEvent(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('exceedance_events').where('id', '=', id).execute();
}

/** The day-basis events (a water outlet's runs of exceeding days) of an outlet × pollutant. */
export function dayEventsOf(db: Kysely<Database>, outletId: string, pollutant: string) {
  return db
    .selectFrom('exceedance_events')
    .selectAll()
    .where('outlet_id', '=', outletId)
    .where('pollutant', '=', pollutant)
    .where('basis', '=', 'day')
    .execute();
}

/** Judged hours of the outlets with starts in [fromIso, toIso), by outlet, pollutant and hour. */
export function hoursOf(db: Kysely<Database>, outletIds: readonly string[], fromIso: string, toIso: string) {
  if (!outletIds.length) return Promise.resolve([] as StoredHourRow[]);
  return db
    .selectFrom('compliance_hours')
    .selectAll()
    .where('outlet_id', 'in', [...outletIds])
    .where('hour_start', '>=', fromIso)
    .where('hour_start', '<', toIso)
    .orderBy('outlet_id')
    .orderBy('pollutant')
    .orderBy('hour_start')
    .execute();
}

/** Events of the outlets overlapping [fromIso, toIso), newest first. */
export function eventsOf(db: Kysely<Database>, outletIds: readonly string[], fromIso: string, toIso: string) {
  if (!outletIds.length) return Promise.resolve([] as EventRow[]);
  return db
    .selectFrom('exceedance_events')
    .selectAll()
    .where('outlet_id', 'in', [...outletIds])
    .where('start', '<', toIso)
    .where('end', '>', fromIso)
    .orderBy('start', 'desc')
    .orderBy('id')
    .execute();
}
