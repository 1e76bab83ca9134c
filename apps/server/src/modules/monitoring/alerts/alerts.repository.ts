import { sql, type Insertable, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { rowsSource } from '../ingest/bulk-rows.repository';
import type { AlertsTable } from '../monitoring.tables';
import { stationScope } from '../stations/stations.repository';

export type AlertRow = Insertable<AlertsTable>;

/** The open (not closed) alert of a station, kind and parameter, if any. */
export async function findOpenAlertId(
  db: Kysely<Database>,
  stationId: string,
  kind: string,
  parameter: string | null,
): Promise<string | undefined> {
  let q = db
    .selectFrom('alerts')
    .select('id')
    .where('station_id', '=', stationId)
    .where('kind', '=', kind)
    .where('status', '!=', 'closed');
  q = parameter === null ? q.where('parameter', 'is', null) : q.where('parameter', '=', parameter);
  return (await q.executeTakeFirst())?.id;
}

export async function updateAlertReading(
  db: Kysely<Database>,
  id: string,
  set: { last_at: string; value: number | null; message: string; flag: string | null },
): Promise<void> {
  await db.updateTable('alerts').set(set).where('id', '=', id).execute();
}

/** Inserts alerts, 500 rows per statement. */
export async function insertAlerts(db: Kysely<Database>, rows: readonly AlertRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('alerts')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** Every configured limit (station kind, parameter, period, max value). */
export function listLimits(trx: Kysely<Database>) {
  return trx.selectFrom('parameter_limits').selectAll().execute();
}

/** Station id → station kind for the given stations. */
export async function stationKindsOf(trx: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const kinds = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of await trx
      .selectFrom('stations')
      .select(['id', 'kind'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      kinds.set(s.id, s.kind);
  }
  return kinds;
}

/** The open flag and limit alerts of the given stations. */
export async function openReadingAlertsOf(trx: Kysely<Database>, stations: readonly string[]) {
  const out: { id: string; station_id: string; kind: string; parameter: string | null }[] = [];
  for (let i = 0; i < stations.length; i += 500) {
    const rows = await trx
      .selectFrom('alerts')
      .select(['id', 'station_id', 'kind', 'parameter'])
      .where('status', '!=', 'closed')
      .where('kind', 'in', ['abnormal_flag', 'over_limit'])
      .where('station_id', 'in', stations.slice(i, i + 500))
      .execute();
    out.push(...rows);
  }
  return out;
}

/** One row per alert: id, last at, value, message, flag; written in one set-based statement. */
export type AlertUpdate = [string, string, number | null, string, string | null];

export async function updateAlertsSetBased(db: Db, trx: Kysely<Database>, updates: readonly AlertUpdate[]) {
  if (updates.length === 0) return;
  await sql`update alerts set last_at = src.c1, value = src.c2, message = src.c3, flag = src.c4 from (${rowsSource(db, updates, ['text', 'text', 'float8', 'text', 'text'])}) as src
      where alerts.id = src.c0`.execute(trx);
}

/** Active stations that have sent data at least once (silence is measured from their last data). */
export function listActiveStationsWithData(db: Kysely<Database>) {
  return db
    .selectFrom('stations')
    .select(['id', 'name', 'attrs', 'last_data_at'])
    .where('status', '=', 'active')
    .where('last_data_at', 'is not', null)
    .execute();
}

/** Closes a station's open silent alerts; returns how many. */
export async function closeSilentAlerts(db: Kysely<Database>, stationId: string, at: string): Promise<number> {
  const res = await db
    .updateTable('alerts')
    .set({ status: 'closed', last_at: at })
    .where('station_id', '=', stationId)
    .where('kind', '=', 'silent')
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export type AlertListQuery = {
  page: number;
  pageSize: number;
  order: 'asc' | 'desc';
  sort?: 'lastAt' | 'firstAt' | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  stationId?: string | undefined;
};

/**
 * One page of alert events (rows grouped by station, kind, start and status) in the actor's scope, the total
 * number of events, and the rows that make up the events of the page.
 */
export async function alertEventPage(db: Kysely<Database>, actor: Actor, q: AlertListQuery) {
  let base = db
    .selectFrom('alerts')
    .innerJoin('stations', 'stations.id', 'alerts.station_id')
    .where(stationScope(actor));
  if (q.status) base = base.where('alerts.status', '=', q.status);
  if (q.kind) base = base.where('alerts.kind', '=', q.kind);
  if (q.stationId) base = base.where('alerts.station_id', '=', q.stationId);
  const grouped = base
    .select(['alerts.station_id', 'alerts.kind', 'alerts.first_at', 'alerts.status'])
    .select((eb) => [eb.fn.max('alerts.last_at').as('last_at'), eb.fn.min('alerts.id').as('id')])
    .groupBy(['alerts.station_id', 'alerts.kind', 'alerts.first_at', 'alerts.status']);
  const { total } = await db
    .selectFrom(grouped.as('g'))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const events = await grouped
    .orderBy(q.sort === 'firstAt' ? sql`min(alerts.first_at)` : sql`max(alerts.last_at)`, q.order)
    .orderBy('alerts.station_id')
    .orderBy('alerts.kind')
    .orderBy('alerts.status')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const rows =
    events.length === 0
      ? []
      : await base
          .selectAll('alerts')
          .select('stations.name as station_name')
          .where((eb) =>
            eb.or(
              events.map((e) =>
                eb.and([
                  eb('alerts.station_id', '=', e.station_id),
                  eb('alerts.kind', '=', e.kind),
                  eb('alerts.first_at', '=', e.first_at),
                  eb('alerts.status', '=', e.status),
                ]),
              ),
            ),
          )
          .orderBy('alerts.parameter')
          .orderBy('alerts.id')
          .execute();
  return { total: Number(total), events, rows };
}

/** The given alerts that lie in the actor's scope, with their status. */
export function findAlertsInScope(trx: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  return trx
    .selectFrom('alerts')
    .innerJoin('stations', 'stations.id', 'alerts.station_id')
    .select(['alerts.id', 'alerts.status'])
    .where('alerts.id', 'in', [...ids])
    .where(stationScope(actor))
    .execute();
}

export async function markAcknowledged(
  trx: Kysely<Database>,
  ids: readonly string[],
  username: string,
  at: string,
): Promise<void> {
  await trx
    .updateTable('alerts')
    .set({ status: 'acknowledged', acknowledged_by: username, acknowledged_at: at })
    .where('id', 'in', [...ids])
    .execute();
}
