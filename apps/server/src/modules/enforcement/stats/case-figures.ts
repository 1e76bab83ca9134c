import { add, fromInt, parseDecimal, ratio, roundHalfEven, toNumber, mul, type Rational } from '@ecocloud/standards';
import { daysBetween, type WorkingCalendar } from '../../../platform/deadlines';
import { clockEventsOf } from '../cases/clock-events';
import type { CaseEventRow, CaseRow } from '../cases/cases.repository';
import { caseClocks } from '../rules/case-clocks';

/**
 * The figures of a set of cases over a range of days (inclusive, Shanghai dates), for the statistics
 * page and the work-plan metrics. Pure: the cases with their events, the range, today and the calendar.
 *
 * - opened: leads found in the range; filed: filings (立案) in the range;
 * - decided and finesYuan: decisions dated in the range and their fines;
 * - avgDaysToDecision: calendar days from filing to decision over those decisions (one decimal);
 * - onTimeRate: the share of those decisions made within the decision clock (90 days, plus approved
 *   extensions and paused days), per cent, one decimal, never above 100; null without decisions;
 * - overdueClocks: clocks the authority must act on that ran out and are still open today, whatever
 *   the range (a party's lapsed hearing request is its own choice, not a delay), of cases not
 *   closed, unfiled or terminated;
 * - overduePayments: fines served and unpaid past their payment period today.
 */

export type CaseWithEvents = { row: CaseRow; events: readonly CaseEventRow[] };
export type DayRange = { from: string; to: string };

export type CaseFigures = {
  opened: number;
  filed: number;
  decided: number;
  finesYuan: number;
  avgDaysToDecision: number | null;
  decidedOnTime: number;
  onTimeRate: number | null;
  overdueClocks: number;
  overduePayments: number;
};

const TERMINAL = new Set(['closed', 'not_filed', 'terminated']);

const inRange = (day: string | undefined, r: DayRange): day is string =>
  day !== undefined && day >= r.from && day <= r.to;

const fineOf = (e: CaseEventRow, row: CaseRow): Rational => {
  const stored = (JSON.parse(e.data) as { fineYuan?: number | null }).fineYuan ?? row.fine_yuan;
  return parseDecimal(stored ?? 0);
};

/** A share in per cent, one decimal half to even, never above 100; null without a whole. */
function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const share = ratio(BigInt(Math.min(Math.max(part, 0), whole)), BigInt(whole));
  return toNumber(roundHalfEven(mul(share, fromInt(100)), 1));
}

export function caseFigures(
  cases: readonly CaseWithEvents[],
  range: DayRange,
  today: string,
  cal: WorkingCalendar,
): CaseFigures {
  let opened = 0;
  let filed = 0;
  let decided = 0;
  let onTime = 0;
  let overdueClocks = 0;
  let overduePayments = 0;
  let fines: Rational = fromInt(0);
  let days = 0;
  let timed = 0;
  for (const { row, events } of cases) {
    const first = (kind: string) => events.find((e) => e.kind === kind);
    const decision = first('decided');
    const filing = first('filed');
    if (inRange(first('lead_found')?.date, range)) opened++;
    if (inRange(filing?.date, range)) filed++;
    const clocks = caseClocks(clockEventsOf(events, row.fine_yuan), today, cal);
    if (decision && inRange(decision.date, range)) {
      decided++;
      fines = add(fines, fineOf(decision, row));
      if (filing) {
        days += daysBetween(filing.date, decision.date);
        timed++;
      }
      if (clocks.some((c) => c.code === 'DECISION' && c.doneOn === decision.date && c.satisfied)) onTime++;
    }
    // A closed, unfiled or terminated case has nothing left to do.
    if (TERMINAL.has(row.state)) continue;
    for (const c of clocks) {
      if (!c.overdue || c.doneOn !== null) continue;
      if (c.rule.party === 'authority') overdueClocks++;
      else if (c.code === 'PAYMENT') overduePayments++;
    }
  }
  return {
    opened,
    filed,
    decided,
    finesYuan: toNumber(roundHalfEven(fines, 2)),
    avgDaysToDecision: timed ? toNumber(roundHalfEven(ratio(BigInt(days), BigInt(timed)), 1)) : null,
    decidedOnTime: onTime,
    onTimeRate: percentOf(onTime, decided),
    overdueClocks,
    overduePayments,
  };
}
