import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '@ecocloud/contracts';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { isValidFlag, type Reading } from '../ingest/reading';
import { allowedSilenceMs } from '../stations/liveness';
import {
  alertEventPage,
  closeSilentAlerts,
  findAlertsInScope,
  findOpenAlertId,
  insertAlerts,
  listActiveStationsWithData,
  listLimits,
  markAcknowledged,
  openReadingAlertsOf,
  stationKindsOf,
  updateAlertReading,
  updateAlertsSetBased,
  type AlertListQuery,
  type AlertRow,
  type AlertUpdate,
} from './alerts.repository';

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
  const openId = await findOpenAlertId(db, a.stationId, a.kind, a.parameter);
  if (openId) {
    await updateAlertReading(db, openId, { last_at: a.at, value: a.value, message: a.message, flag: a.flag ?? null });
    return;
  }
  await insertAlerts(db, [
    {
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
    },
  ]);
}

/**
 * Abnormal HJ 212 flags and values over the configured limits (per station kind, parameter and
 * period), raised set-based: the same end state as `raise` called for every flagged reading and
 * then every breach, in order (write-readings.test.ts checks it against that), in a handful of
 * statements however many readings there are.
 */
export async function checkReadings(db: Db, trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  const limits = await listLimits(trx);
  const flagged = readings.filter((r) => !isValidFlag(r.flag));
  if (limits.length === 0 && flagged.length === 0) return;
  const kinds = await stationKindsOf(trx, [...new Set(readings.map((r) => r.stationId))]);
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
  for (const a of await openReadingAlertsOf(trx, [...new Set(events.map((e) => e.stationId))]))
    if (!open.has(`${a.station_id}|${a.kind}|${a.parameter}`))
      open.set(`${a.station_id}|${a.kind}|${a.parameter}`, a.id);
  const updates: AlertUpdate[] = [];
  const inserts: AlertRow[] = [];
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
  await updateAlertsSetBased(db, trx, updates);
  await insertAlerts(trx, inserts);
}

/** Opens a "silent" alert for each active station past its allowed silence, and closes those that spoke again. */
export async function checkSilence({ db, clock }: ServiceDeps): Promise<{ opened: number; closed: number }> {
  const now = clock.now();
  const list = await listActiveStationsWithData(db);
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
      closed += await closeSilentAlerts(db, s.id, now.toISOString());
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
export async function listAlerts({ db }: Pick<ServiceDeps, 'db'>, actor: Actor, q: AlertListQuery) {
  const { total, events, rows } = await alertEventPage(db, actor, q);
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
  {
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
    total,
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
  { db, clock }: ServiceDeps,
  actor: Actor,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  await db.transaction().execute(async (trx) => {
    const found = await findAlertsInScope(trx, actor, unique);
    const missing = unique.filter((id) => !found.some((a) => a.id === id));
    if (missing.length > 0) throw new AppError('ALERT_NOT_FOUND', `alert not found: ${missing.join(', ')}`);
    const notOpen = found.find((a) => a.status !== 'open');
    if (notOpen) throw new AppError('CONFLICT', `alert is ${notOpen.status}`);
    const at = clock.now().toISOString();
    await markAcknowledged(trx, unique, actor.username, at);
    for (const id of unique)
      await appendAudit(trx, clock, auditContextOf(actor), {
        action: 'alert.acknowledge',
        entityType: 'alert',
        entityId: id,
      });
  });
}

export async function acknowledgeAlert(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await acknowledgeAlerts(deps, actor, [id]);
}
