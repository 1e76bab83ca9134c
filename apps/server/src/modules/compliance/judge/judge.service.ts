import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../app-deps';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';
import { sourcesReads } from '../../sources';
import { readComplianceSettings } from '../settings/settings-read';
import { periodCovers, periodsInForceAt } from '../special-periods/periods-in-force';
import { periodsOverlapping } from '../special-periods/special-periods.repository';
import {
  eventCovering,
  eventEndingAt,
  insertEvent,
  lastJudgedHours,
  updateEvent,
  upsertHours,
  type JudgedHourRow,
} from './compliance.repository';
import { judgeDays } from './judge-days.service';
import { AUXILIARY_PARAMETERS, judgeOutletHour, type JudgedHour } from './judge-hour';
import type { MinuteObservation } from './minute-series';
import { dailyPollutantsOf, hasLimits, toJudge } from './outlet-plan';
import { referHour } from './referral-leads';

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The start of the clock hour (UTC hours are China's clock hours too: +08:00 has no half hour). */
export const hourFloor = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS;

export type JudgeSummary = { outlets: number; hours: number; invalidHours: number; exceededHours: number };

/**
 * Opens, extends or closes the outlet × pollutant's exceedance event for one judged hour (hours come in
 * time order): an exceeding hour extends the event that ends where it begins or opens one; any other
 * judged hour closes an open event that ends there. An hour already inside an event (a re-judgement of
 * a backfilled range) leaves the event as it is.
 */
async function followEvent(db: Kysely<Database>, row: JudgedHourRow): Promise<void> {
  const end = new Date(Date.parse(row.hour_start) + HOUR_MS).toISOString();
  if (row.exceeded === 1) {
    if (await eventCovering(db, row.outlet_id, row.pollutant, row.hour_start)) return;
    const peak = row.converted ?? row.mean ?? 0;
    const prev = await eventEndingAt(db, row.outlet_id, row.pollutant, row.hour_start);
    if (prev)
      return updateEvent(db, prev.id, {
        end,
        hours: prev.hours + 1,
        status: 'open',
        peak_converted: Math.max(prev.peak_converted, peak),
        peak_multiple: Math.max(prev.peak_multiple ?? 0, row.multiple ?? 0) || null,
      });
    return insertEvent(db, {
      id: randomUUID(),
      outlet_id: row.outlet_id,
      pollutant: row.pollutant,
      start: row.hour_start,
      end,
      hours: 1,
      peak_converted: peak,
      peak_multiple: row.multiple ?? null,
      status: 'open',
      basis: 'hour',
    });
  }
  const prev = await eventEndingAt(db, row.outlet_id, row.pollutant, row.hour_start);
  if (prev?.status === 'open') await updateEvent(db, prev.id, { status: 'closed' });
}

/**
 * Judges the clock hours starting in [fromMs, toMs) of the outlets with loggers (all, or `outletIds`):
 * reads their stations' minute observations through monitoring's reads, judges each limited pollutant
 * (the special-period limit while a period of the enterprise's region is in force) and stores the hours,
 * the hour events (gas outlets and pH ranges) and the referral leads, one day of one outlet per
 * transaction; then the Shanghai days the range touches (compliance_days: a water outlet's daily
 * judgement and day events, every outlet's daily amounts).
 */
export async function judgeRange(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  q: { fromMs: number; toMs: number; outletIds?: readonly string[] },
): Promise<JudgeSummary> {
  const { db, clock } = deps;
  const summary: JudgeSummary = { outlets: 0, hours: 0, invalidHours: 0, exceededHours: 0 };
  const settings = await readComplianceSettings(db);
  const outlets = (await sourcesReads.judgeableOutlets(db, q.outletIds, { phMin: settings.phMin })).filter(hasLimits);
  const periods = outlets.length
    ? await periodsOverlapping(db, new Date(q.fromMs).toISOString(), new Date(q.toMs).toISOString())
    : [];
  for (const outlet of outlets) {
    summary.outlets++;
    const judge = toJudge(outlet);
    const daily = dailyPollutantsOf(outlet);
    const ownPeriods = periods.filter((p) => periodCovers(p.region_code, outlet.regionCode));
    const parameters = [
      ...new Set([
        ...outlet.limits.map((l) => l.pollutant),
        ...outlet.specialLimits.map((l) => l.pollutant),
        ...outlet.amountLimits.map((a) => a.pollutant),
        ...AUXILIARY_PARAMETERS,
      ]),
    ];
    for (let dayStart = hourFloor(q.fromMs); dayStart < q.toMs; dayStart += DAY_MS) {
      const dayEnd = Math.min(dayStart + DAY_MS, q.toMs);
      const rows = await monitoringReads.readObservations(db, {
        stationIds: outlet.stationIds,
        period: '1m',
        parameters,
        fromIso: new Date(dayStart).toISOString(),
        toIso: new Date(dayEnd).toISOString(),
      });
      const byHour = new Map<number, MinuteObservation[]>();
      for (const r of rows) {
        const h = hourFloor(Date.parse(r.period_start));
        const list = byHour.get(h) ?? [];
        list.push(r);
        byHour.set(h, list);
      }
      const judgedAt = clock.now().toISOString();
      const verdicts: JudgedHour[] = [];
      for (let h = dayStart; h < dayEnd; h += HOUR_MS)
        verdicts.push(...judgeOutletHour(judge, h, byHour.get(h) ?? [], undefined, periodsInForceAt(ownPeriods, h)));
      const judged: JudgedHourRow[] = verdicts.map((v) => ({ ...v.row, judged_at: judgedAt }));
      await db.transaction().execute(async (trx) => {
        await upsertHours(trx, judged);
        for (const row of judged) if (!daily.has(row.pollutant)) await followEvent(trx, row);
        for (const v of verdicts) await referHour(trx, outlet, v, judgedAt);
      });
      summary.hours += judged.length;
      summary.invalidHours += judged.filter((r) => r.valid === 0).length;
      summary.exceededHours += judged.filter((r) => r.exceeded === 1).length;
    }
    await judgeDays(deps, outlet, hourFloor(q.fromMs), q.toMs);
  }
  return summary;
}

/**
 * The worker's step: per outlet, the hours that ended since its last judged hour, at most `maxCatchUpHours`
 * back (an outlet never judged starts that far back). The current, unfinished hour waits.
 */
export async function judgeEndedHours(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  maxCatchUpHours = 48,
): Promise<JudgeSummary> {
  const total: JudgeSummary = { outlets: 0, hours: 0, invalidHours: 0, exceededHours: 0 };
  const toMs = hourFloor(deps.clock.now().getTime());
  const earliest = toMs - maxCatchUpHours * HOUR_MS;
  const outlets = (await sourcesReads.judgeableOutlets(deps.db)).filter(hasLimits);
  const last = await lastJudgedHours(
    deps.db,
    outlets.map((o) => o.id),
  );
  for (const outlet of outlets) {
    const judged = last.get(outlet.id);
    const fromMs = Math.max(earliest, judged ? Date.parse(judged) + HOUR_MS : earliest);
    if (fromMs >= toMs) continue;
    const s = await judgeRange(deps, { fromMs, toMs, outletIds: [outlet.id] });
    total.outlets += s.outlets;
    total.hours += s.hours;
    total.invalidHours += s.invalidHours;
    total.exceededHours += s.exceededHours;
  }
  return total;
}
