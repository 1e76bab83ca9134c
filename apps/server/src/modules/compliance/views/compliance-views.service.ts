import {
  AppError,
  type ComplianceDay,
  type ComplianceHour,
  type EnterpriseCompliance,
  type ExceedanceEvent,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { sourcesReads } from '../../sources';
import { shanghaiDate } from '../../../platform/time-zone';
import { eventsOf, hoursOf, type StoredHourRow } from '../judge/compliance.repository';
import { daysOf, type StoredDayRow } from '../judge/days.repository';

type Range = { from: string; to: string };
const iso = (t: string) => new Date(t).toISOString();

const toHour = (r: StoredHourRow): ComplianceHour => ({
  outletId: r.outlet_id,
  pollutant: r.pollutant,
  hourStart: r.hour_start,
  validMinutes: r.valid_minutes,
  valid: r.valid === 1,
  mean: r.mean,
  o2Mean: r.o2_mean,
  converted: r.converted,
  limitValue: r.limit_value,
  exceeded: r.exceeded === null ? null : r.exceeded === 1,
  multiple: r.multiple,
  note: r.note,
  receivedMinutes: r.received_minutes,
  flowMean: r.flow_mean,
  amountKg: r.amount_kg,
});

const toDay = (r: StoredDayRow): ComplianceDay => ({
  outletId: r.outlet_id,
  pollutant: r.pollutant,
  day: r.day,
  validHours: r.valid_hours,
  valid: r.valid === 1,
  mean: r.mean,
  limitValue: r.limit_value,
  exceeded: r.exceeded === null ? null : r.exceeded === 1,
  multiple: r.multiple,
  amountKg: r.amount_kg,
  note: r.note,
});

/** A share in per cent with one decimal (never above 100), or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((Math.min(part, whole) / whole) * 1000) / 10;
}

/** The judged hours of one outlet whose enterprise lies in the actor's scope; outside it 404. */
export async function outletHours({ db }: Pick<AppDeps, 'db'>, actor: Actor, outletId: string, range: Range) {
  const [outlet] = await sourcesReads.outletsInReach(db, actor, { outletId });
  if (!outlet) throw new AppError('OUTLET_NOT_FOUND', `outlet ${outletId} not found`);
  const rows = await hoursOf(db, [outlet.id], iso(range.from), iso(range.to));
  return { items: rows.map(toHour) };
}

/**
 * The judged Shanghai days of one outlet in scope (404 outside it) that overlap [from, to): a water
 * outlet's daily judgement, every outlet's daily amounts.
 */
export async function outletDays({ db }: Pick<AppDeps, 'db'>, actor: Actor, outletId: string, range: Range) {
  const [outlet] = await sourcesReads.outletsInReach(db, actor, { outletId });
  if (!outlet) throw new AppError('OUTLET_NOT_FOUND', `outlet ${outletId} not found`);
  const toMs = Date.parse(range.to);
  if (toMs <= Date.parse(range.from)) return { items: [] };
  const rows = await daysOf(
    db,
    [outlet.id],
    shanghaiDate(iso(range.from)),
    shanghaiDate(new Date(toMs - 1).toISOString()),
  );
  return { items: rows.map(toDay) };
}

/** Exceedance events overlapping the range, of the outlets in scope (optionally one enterprise's). */
export async function listExceedances(
  { db }: Pick<AppDeps, 'db'>,
  actor: Actor | null,
  q: Range & { enterpriseId?: string | undefined; regionCode?: string },
): Promise<ExceedanceEvent[]> {
  const outlets = await sourcesReads.outletsInReach(db, actor, {
    ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
    ...(q.regionCode ? { regionCode: q.regionCode } : {}),
  });
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const rows = await eventsOf(db, [...byId.keys()], iso(q.from), iso(q.to));
  return rows.map((e) => {
    const o = byId.get(e.outlet_id)!;
    return {
      id: e.id,
      outletId: e.outlet_id,
      outletCode: o.code,
      enterpriseId: o.enterpriseId,
      enterpriseName: o.enterpriseName,
      pollutant: e.pollutant,
      start: e.start,
      basis: e.basis === 'day' ? 'day' : 'hour',
      end: e.end,
      hours: e.hours,
      peakConverted: e.peak_converted,
      peakMultiple: e.peak_multiple,
      status: e.status as ExceedanceEvent['status'],
    };
  });
}

/** Per enterprise: judged hours, valid-hour rate and exceedance hours of its outlets in the range. */
export async function enterpriseCompliance(
  { db }: Pick<AppDeps, 'db'>,
  actor: Actor,
  enterpriseId: string,
  range: Range,
): Promise<EnterpriseCompliance> {
  const outlets = await sourcesReads.outletsInReach(db, actor, { enterpriseId });
  if (!outlets.length) {
    // An enterprise in scope without outlets answers zeros; one outside the scope answers 404 like the register.
    const visible = await sourcesReads.enterpriseInReach(db, actor, enterpriseId);
    if (!visible) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  }
  const rows = await hoursOf(
    db,
    outlets.map((o) => o.id),
    iso(range.from),
    iso(range.to),
  );
  const validHours = rows.filter((r) => r.valid === 1).length;
  return {
    enterpriseId,
    judgedHours: rows.length,
    validHours,
    validHourRate: percentOf(validHours, rows.length),
    exceedanceHours: rows.filter((r) => r.exceeded === 1).length,
  };
}
