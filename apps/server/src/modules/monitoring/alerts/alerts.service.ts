import { randomUUID } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import { AppError } from '@ecocloud/contracts';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { rowsSource } from '../ingest/bulk-rows.repository';
import { isValidFlag, type Reading } from '../ingest/reading';
import type { AlertsTable } from '../monitoring.tables';
import { stationScope } from '../stations/stations.repository';
import { allowedSilenceMs } from '../stations/liveness';

type AlertKind = 'silent' | 'over_limit' | 'abnormal_flag';
type NewAlert = {
  stationId: string;
  kind: AlertKind;
  parameter: string | null;
  message: string;
  value: number | null;
  threshold: number | null;
  flag?: string | null;
  at: string;
};

/** One open alert per station, kind and parameter: a repeat updates it instead of piling up. */
async function raise(db: Kysely<Database>, a: NewAlert): Promise<void> {
  let q = db
    .selectFrom('alerts')
    .select('id')
    .where('station_id', '=', a.stationId)
    .where('kind', '=', a.kind)
    .where('status', '!=', 'closed');
  q = a.parameter === null ? q.where('parameter', 'is', null) : q.where('parameter', '=', a.parameter);
  const open = await q.executeTakeFirst();
  if (open) {
    await db
      .updateTable('alerts')
      .set({ last_at: a.at, value: a.value, message: a.message, flag: a.flag ?? null })
      .where('id', '=', open.id)
      .execute();
    return;
  }
  await db
    .insertInto('alerts')
    .values({
      id: randomUUID(),
      station_id: a.stationId,
      kind: a.kind,
      parameter: a.parameter,
      message: a.message,
      value: a.value,
      threshold: a.threshold,
      flag: a.flag ?? null,
      first_at: a.at,
      last_at: a.at,
      status: 'open',
      acknowledged_by: null,
      acknowledged_at: null,
    })
    .execute();
}

/**
 * Abnormal HJ 212 flags and values over the configured limits (per station kind, parameter and
 * period), raised set-based: the same end state as `raise` called for every flagged reading and
 * then every breach, in order (write-readings.test.ts checks it against that), in a handful of
 * statements however many readings there are.
 */
export async function checkReadings(db: Db, trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  const limits = await trx.selectFrom('parameter_limits').selectAll().execute();
  const flagged = readings.filter((r) => !isValidFlag(r.flag));
  if (limits.length === 0 && flagged.length === 0) return;
  const kinds = new Map<string, string>();
  const ids = [...new Set(readings.map((r) => r.stationId))];
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of await trx
      .selectFrom('stations')
      .select(['id', 'kind'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      kinds.set(s.id, s.kind);
  }
  const events: NewAlert[] = flagged.map((r) => ({
    stationId: r.stationId,
    kind: 'abnormal_flag',
    parameter: r.parameter,
    message: `${r.parameter} flagged ${r.flag} at ${r.periodStart}`,
    value: r.value,
    threshold: null,
    flag: r.flag,
    at: r.periodStart,
  }));
  for (const r of readings) {
    const limit = limits.find(
      (l) => l.station_kind === kinds.get(r.stationId) && l.parameter === r.parameter && l.period === r.period,
    );
    if (limit && r.value !== null && r.value > limit.max_value) {
      events.push({
        stationId: r.stationId,
        kind: 'over_limit',
        parameter: r.parameter,
        message: `${r.parameter} ${r.value} > ${limit.max_value} at ${r.periodStart}`,
        value: r.value,
        threshold: limit.max_value,
        at: r.periodStart,
      });
    }
  }
  await raiseAll(db, trx, events);
}

/**
 * `raise` for many events at once. Per station, kind and parameter only the first event (which
 * opens an alert: first_at, threshold) and the last (which the alert ends up showing: last_at,
 * value, message) matter; an alert already open takes the last one only.
 */
async function raiseAll(db: Db, trx: Kysely<Database>, events: readonly NewAlert[]): Promise<void> {
  const groups = new Map<string, { first: NewAlert; last: NewAlert }>();
  for (const e of events) {
    const key = `${e.stationId}|${e.kind}|${e.parameter}`;
    const g = groups.get(key);
    if (g) g.last = e;
    else groups.set(key, { first: e, last: e });
  }
  if (groups.size === 0) return;
  const open = new Map<string, string>();
  const stations = [...new Set(events.map((e) => e.stationId))];
  for (let i = 0; i < stations.length; i += 500) {
    const rows = await trx
      .selectFrom('alerts')
      .select(['id', 'station_id', 'kind', 'parameter'])
      .where('status', '!=', 'closed')
      .where('kind', 'in', ['abnormal_flag', 'over_limit'])
      .where('station_id', 'in', stations.slice(i, i + 500))
      .execute();
    for (const a of rows)
      if (!open.has(`${a.station_id}|${a.kind}|${a.parameter}`))
        open.set(`${a.station_id}|${a.kind}|${a.parameter}`, a.id);
  }
  const updates: [string, string, number | null, string, string | null][] = [];
  const inserts: Insertable<AlertsTable>[] = [];
  for (const [key, { first, last }] of groups) {
    const id = open.get(key);
    if (id) updates.push([id, last.at, last.value, last.message, last.flag ?? null]);
    else
      inserts.push({
        id: randomUUID(),
        station_id: first.stationId,
        kind: first.kind,
        parameter: first.parameter,
        message: last.message,
        value: last.value,
        threshold: first.threshold,
        flag: last.flag ?? null,
        first_at: first.at,
        last_at: last.at,
        status: 'open',
        acknowledged_by: null,
        acknowledged_at: null,
      });
  }
  if (updates.length > 0) {
    await sql`update alerts set last_at = src.c1, value = src.c2, message = src.c3, flag = src.c4 from (${rowsSource(db, updates, ['text', 'text', 'float8', 'text', 'text'])}) as src
      where alerts.id = src.c0`.execute(trx);
  }
  for (let i = 0; i < inserts.length; i += 500)
    await trx
      .insertInto('alerts')
      .values(inserts.slice(i, i + 500))
      .execute();
}

/** Opens a "silent" alert for each active station past its allowed silence, and closes those that spoke again. */
export async function checkSilence(db: Kysely<Database>, clock: Clock): Promise<{ opened: number; closed: number }> {
  const now = clock.now();
  const list = await db
    .selectFrom('stations')
    .select(['id', 'name', 'attrs', 'last_data_at'])
    .where('status', '=', 'active')
    .where('last_data_at', 'is not', null)
    .execute();
  let opened = 0;
  let closed = 0;
  for (const s of list) {
    const interval = (JSON.parse(s.attrs) as { intervalSeconds?: number }).intervalSeconds;
    const silentFor = now.getTime() - Date.parse(s.last_data_at!);
    if (silentFor > allowedSilenceMs(interval)) {
      await raise(db, {
        stationId: s.id,
        kind: 'silent',
        parameter: null,
        message: `no data since ${s.last_data_at}`,
        value: Math.round(silentFor / 60_000),
        threshold: Math.round(allowedSilenceMs(interval) / 60_000),
        at: now.toISOString(),
      });
      opened++;
    } else {
      const res = await db
        .updateTable('alerts')
        .set({ status: 'closed', last_at: now.toISOString() })
        .where('station_id', '=', s.id)
        .where('kind', '=', 'silent')
        .where('status', '!=', 'closed')
        .executeTakeFirst();
      closed += Number(res.numUpdatedRows);
    }
  }
  return { opened, closed };
}

/**
 * Alerts as events: one item per station, kind, start instant and status, with the pollutants the
 * event concerns. The write path keeps one row per station, kind and parameter (a repeat of a
 * parameter updates its row, and the set-based write is checked against that rule row by row), so
 * a fault that flags six pollutants in one reading opens six rows with the same start; they are
 * grouped here, on read, rather than by a second table the write path would have to keep in step.
 * A pollutant that joins a running event later starts its own event.
 */
export async function listAlerts(
  db: Kysely<Database>,
  actor: Actor,
  q: {
    page: number;
    pageSize: number;
    order: 'asc' | 'desc';
    sort?: 'lastAt' | 'firstAt' | undefined;
    status?: string | undefined;
    kind?: string | undefined;
    stationId?: string | undefined;
  },
) {
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
  const keyOf = (r: { station_id: string; kind: string; first_at: string; status: string }) =>
    `${r.station_id}|${r.kind}|${r.first_at}|${r.status}`;
  const members = new Map<
    string,
    {
      id: string;
      parameter: string | null;
      value: number | null;
      threshold: number | null;
      flag: string | null;
      stationName: string;
      by: string | null;
      at: string | null;
    }[]
  >();
  if (events.length > 0) {
    const rows = await base
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
    for (const r of rows) {
      const list = members.get(keyOf(r)) ?? [];
      list.push({
        id: r.id,
        parameter: r.parameter,
        value: r.value,
        threshold: r.threshold,
        flag: r.flag,
        stationName: r.station_name,
        by: r.acknowledged_by,
        at: r.acknowledged_at,
      });
      members.set(keyOf(r), list);
    }
  }
  return {
    total: Number(total),
    items: events.map((e) => {
      const list = members.get(keyOf(e)) ?? [];
      const acked = list.find((m) => m.at !== null);
      return {
        id: e.id,
        ids: list.map((m) => m.id),
        stationId: e.station_id,
        stationName: list[0]?.stationName ?? '',
        kind: e.kind as AlertKind,
        parameters: list
          .filter((m) => m.parameter !== null)
          .map((m) => ({ parameter: m.parameter!, value: m.value, threshold: m.threshold, flag: m.flag })),
        /** silent alerts: minutes without data and the allowed minutes */
        value: e.kind === 'silent' ? (list[0]?.value ?? null) : null,
        threshold: e.kind === 'silent' ? (list[0]?.threshold ?? null) : null,
        firstAt: e.first_at,
        lastAt: e.last_at,
        status: e.status as 'open',
        acknowledgedBy: acked?.by ?? null,
        acknowledgedAt: acked?.at ?? null,
      };
    }),
  };
}

/**
 * Acknowledges open alerts at once (an event's rows, or several events), all or none: an id out of
 * the caller's scope is not found, one no longer open is a conflict. Each alert is audited.
 */
export async function acknowledgeAlerts(
  db: Kysely<Database>,
  clock: Clock,
  actor: Actor,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  await db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('alerts')
      .innerJoin('stations', 'stations.id', 'alerts.station_id')
      .select(['alerts.id', 'alerts.status'])
      .where('alerts.id', 'in', unique)
      .where(stationScope(actor))
      .execute();
    const missing = unique.filter((id) => !found.some((a) => a.id === id));
    if (missing.length > 0) throw new AppError('NOT_FOUND', `alert not found: ${missing.join(', ')}`);
    const notOpen = found.find((a) => a.status !== 'open');
    if (notOpen) throw new AppError('CONFLICT', `alert is ${notOpen.status}`);
    const at = clock.now().toISOString();
    await trx
      .updateTable('alerts')
      .set({ status: 'acknowledged', acknowledged_by: actor.username, acknowledged_at: at })
      .where('id', 'in', unique)
      .execute();
    for (const id of unique)
      await appendAudit(trx, clock, auditContextOf(actor), {
        action: 'alert.acknowledge',
        entityType: 'alert',
        entityId: id,
      });
  });
}

export async function acknowledgeAlert(db: Kysely<Database>, clock: Clock, actor: Actor, id: string): Promise<void> {
  await acknowledgeAlerts(db, clock, actor, [id]);
}
