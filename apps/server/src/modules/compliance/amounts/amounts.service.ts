import { AppError, type OutletAmount } from '@ecocloud/contracts';
import {
  add,
  cmp,
  div,
  fromInt,
  hoursInYear,
  mul,
  parseDecimal,
  permitUse,
  roundHalfEven,
  toNumber,
  type Rational,
} from '@ecocloud/standards';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { sourcesReads } from '../../sources';
import { daysOf } from '../judge/days.repository';

const HOUR_MS = 3_600_000;
const ZERO = fromInt(0);
const kg = (r: Rational): number => toNumber(roundHalfEven(r, 3));

/** The instant a Shanghai year starts (1 January 00:00 +08:00). */
const yearStartMs = (year: number): number => Date.parse(`${String(year).padStart(4, '0')}-01-01T00:00:00+08:00`);

/**
 * Calendar hours of the Shanghai year elapsed at `nowMs` (whole hours, 0 before the year, all of them after
 * it): the projection's pace is the amount so far over these hours (permitUse's default reading ⚠).
 */
export function elapsedHoursOfYear(year: number, nowMs: number): number {
  const elapsed = Math.floor((nowMs - yearStartMs(year)) / HOUR_MS);
  return Math.min(Math.max(elapsed, 0), hoursInYear(year));
}

type Tally = { outletId: string; pollutant: string; byMonth: Rational[]; total: Rational; hasData: boolean };

/**
 * One row of the amounts table: the months, the year to date, the permitted amount (t/a × 1000) and the
 * year-end projection at the pace so far (permitUse; null before any data or any elapsed hour; for a past
 * year it is the actual amount). A projection is never below zero.
 */
function amountRow(
  t: Tally,
  outletCode: string,
  tonnesPerYear: number | null,
  year: number,
  nowMs: number,
): OutletAmount {
  const elapsed = elapsedHoursOfYear(year, nowMs);
  const use = permitUse(t.total, parseDecimal(tonnesPerYear ?? 0), elapsed, hoursInYear(year));
  const projected = t.hasData && use.projectedKg ? (cmp(use.projectedKg, ZERO) < 0 ? ZERO : use.projectedKg) : null;
  const permitted = tonnesPerYear === null ? null : mul(parseDecimal(tonnesPerYear), fromInt(1000));
  return {
    outletId: t.outletId,
    outletCode,
    pollutant: t.pollutant,
    byMonthKg: t.byMonth.map(kg),
    yearToDateKg: kg(t.total),
    permittedKg: permitted === null ? null : kg(permitted),
    projectedKg: projected === null ? null : kg(projected),
    usedShare:
      permitted === null || permitted.n === 0n
        ? null
        : toNumber(roundHalfEven(mul(div(t.total, permitted), fromInt(100)), 1)),
    projectedOver: permitted !== null && projected !== null && cmp(projected, permitted) > 0,
  };
}

/**
 * Emitted amounts of an enterprise's outlets in the Shanghai year against their permitted annual amounts:
 * one row per outlet × pollutant with an amount limit or with emitted amounts (compliance_days, summed
 * exactly). Enterprise outside the actor's scope: 404.
 */
export async function enterpriseAmounts(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  actor: Actor,
  enterpriseId: string,
  year: number,
) {
  const outlets = await sourcesReads.outletsInReach(db, actor, { enterpriseId });
  if (!outlets.length && !(await sourcesReads.enterpriseInReach(db, actor, enterpriseId)))
    throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  const ids = outlets.map((o) => o.id);
  const permitted = await sourcesReads.permittedAmounts(db, ids);
  const days = await daysOf(db, ids, `${year}-01-01`, `${year}-12-31`);
  const tallies = new Map<string, Tally>();
  const tallyOf = (outletId: string, pollutant: string): Tally => {
    const key = `${outletId}|${pollutant}`;
    let t = tallies.get(key);
    if (!t) {
      t = { outletId, pollutant, byMonth: Array.from({ length: 12 }, () => ZERO), total: ZERO, hasData: false };
      tallies.set(key, t);
    }
    return t;
  };
  for (const p of permitted) tallyOf(p.outletId, p.pollutant);
  for (const d of days) {
    if (d.amount_kg === null) continue;
    const t = tallyOf(d.outlet_id, d.pollutant);
    const amount = parseDecimal(d.amount_kg);
    const month = Number(d.day.slice(5, 7)) - 1;
    t.byMonth[month] = add(t.byMonth[month]!, amount);
    t.total = add(t.total, amount);
    t.hasData = true;
  }
  const codeOf = new Map(outlets.map((o) => [o.id, o.code]));
  const nowMs = clock.now().getTime();
  const rows = [...tallies.values()]
    .map((t) =>
      amountRow(
        t,
        codeOf.get(t.outletId) ?? '',
        permitted.find((p) => p.outletId === t.outletId && p.pollutant === t.pollutant)?.tonnesPerYear ?? null,
        year,
        nowMs,
      ),
    )
    .sort(
      (a, b) =>
        a.outletCode.localeCompare(b.outletCode) ||
        a.outletId.localeCompare(b.outletId) ||
        a.pollutant.localeCompare(b.pollutant),
    );
  return { enterpriseId, year, rows };
}
