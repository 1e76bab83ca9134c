import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { dayEventsOf, deleteEvent, insertEvent, updateEvent } from './compliance.repository';
import { dayRow, exceedingDays } from './days.repository';

const DAY_MS = 86_400_000;

/** The calendar day after `day` (YYYY-MM-DD). */
export const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export type DayRun = { firstDay: string; lastDay: string; days: number; peak: number; peakMultiple: number | null };

/** Runs of consecutive exceeding days (input in day order). */
export function dayRuns(days: readonly { day: string; mean: number | null; multiple: number | null }[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const d of days) {
    const cur = runs.at(-1);
    if (cur && nextDay(cur.lastDay) === d.day) {
      cur.lastDay = d.day;
      cur.days++;
      cur.peak = Math.max(cur.peak, d.mean ?? 0);
      if (d.multiple !== null) cur.peakMultiple = Math.max(cur.peakMultiple ?? 0, d.multiple);
    } else runs.push({ firstDay: d.day, lastDay: d.day, days: 1, peak: d.mean ?? 0, peakMultiple: d.multiple });
  }
  return runs;
}

/**
 * Day-basis events of a water outlet × pollutant made to match its exceeding days: one event per run of
 * consecutive exceeding Shanghai days (start = the first day's start, end = the day after the last, hours =
 * 24 × days). An event keeps its id while its start stays (re-judging is idempotent); one no longer backed
 * by exceeding days goes. A run is open until the next day is judged and either over (as of `nowMs`) or a
 * valid compliant day. Returns the runs, for the referral leads.
 */
export async function syncDayEvents(
  db: Kysely<Database>,
  outletId: string,
  pollutant: string,
  nowMs: number,
): Promise<DayRun[]> {
  const runs = dayRuns(await exceedingDays(db, outletId, pollutant));
  const existing = new Map((await dayEventsOf(db, outletId, pollutant)).map((e) => [e.start, e]));
  for (const run of runs) {
    const start = shanghaiDateStart(run.firstDay);
    const after = nextDay(run.lastDay);
    const end = shanghaiDateStart(after);
    const next = await dayRow(db, outletId, pollutant, after);
    const over = Date.parse(shanghaiDateStart(nextDay(after))) <= nowMs;
    const closed = next !== undefined && (over || (next.valid === 1 && next.exceeded === 0));
    const fields = {
      end,
      hours: 24 * run.days,
      peak_converted: run.peak,
      peak_multiple: run.peakMultiple,
      status: closed ? 'closed' : 'open',
    };
    const e = existing.get(start);
    existing.delete(start);
    if (!e) await insertEvent(db, { id: randomUUID(), outlet_id: outletId, pollutant, start, basis: 'day', ...fields });
    else if (
      e.end !== fields.end ||
      e.hours !== fields.hours ||
      e.peak_converted !== fields.peak_converted ||
      e.peak_multiple !== fields.peak_multiple ||
      e.status !== fields.status
    )
      await updateEvent(db, e.id, fields);
  }
  for (const stale of existing.values()) await deleteEvent(db, stale.id);
  return runs;
}
