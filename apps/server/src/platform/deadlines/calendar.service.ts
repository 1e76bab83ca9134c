import type { Kysely } from 'kysely';
import type { CalendarDay, CreateCalendarDayBody } from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf } from '../audit/audit.service';
import type { ServiceDeps } from '../service-deps';
import { findCustomDay, listCustomDays, saveCustomDay } from './calendar.repository';
import { BASE_CALENDAR_DAYS } from './china-holidays';
import type { WorkingCalendar } from './working-calendar';

/** Base days merged with the table's rows; a custom row replaces the base row of its date. */
export async function listCalendarDays(db: Kysely<Database>, year?: number): Promise<CalendarDay[]> {
  const custom = await listCustomDays(db);
  const byDate = new Map<string, CalendarDay>();
  for (const d of BASE_CALENDAR_DAYS) byDate.set(d.date, { ...d, source: 'base' });
  for (const d of custom)
    byDate.set(d.date, { date: d.date, kind: d.kind as CalendarDay['kind'], name: d.name, source: 'custom' });
  return [...byDate.values()]
    .filter((d) => year === undefined || d.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The working-day calendar every deadline is computed with (load once per request or sweep). */
export async function loadCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const days = await listCalendarDays(db);
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.date)),
  };
}

/** Adds or replaces one day (a holiday, or a make-up working day); audited. */
export async function putCalendarDay(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  body: CreateCalendarDayBody,
): Promise<CalendarDay> {
  return db.transaction().execute(async (trx) => {
    const before = await findCustomDay(trx, body.date);
    const row = {
      date: body.date,
      kind: body.kind,
      name: body.name,
      created_by: actor?.userId ?? null,
      created_at: clock.now().toISOString(),
    };
    await saveCustomDay(trx, row, before !== undefined);
    const after: CalendarDay = { date: body.date, kind: body.kind, name: body.name, source: 'custom' };
    const ctx = actor
      ? auditContextOf(actor)
      : { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };
    await appendAudit(trx, clock, ctx, {
      action: 'calendar.put',
      entityType: 'calendar_day',
      entityId: body.date,
      before,
      after,
    });
    return after;
  });
}
