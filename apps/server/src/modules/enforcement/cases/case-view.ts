import type { CaseClockView, CaseDetail, CasePenalty, CaseState, CaseSummary } from '@ecocloud/contracts';
import type { WorkingCalendar } from '../../../platform/deadlines';
import type { sourcesReads } from '../../sources';
import { caseClocks, type CaseClock } from '../rules/case-clocks';
import { dailyPenalty } from '../rules/daily-penalty';
import { limitation } from '../rules/limitation';
import { clockEventsOf } from './clock-events';
import type { CaseEventRow, CaseRow } from './cases.repository';

const clockView = (c: CaseClock): CaseClockView => ({
  code: c.code,
  citation: c.rule.citation,
  text: c.rule.text,
  mark: c.rule.mark,
  from: c.from,
  dueDate: c.dueDate,
  daysLeft: c.daysLeft,
  paused: c.paused,
  overdue: c.overdue,
  satisfied: c.satisfied,
  doneOn: c.doneOn,
  extended: c.extended,
  pausedDays: c.pausedDays,
  lateFeeYuan: c.lateFee ? c.lateFee.feeFen / 100 : null,
});

const penaltyOf = (row: CaseRow): CasePenalty | null => (row.penalty ? (JSON.parse(row.penalty) as CasePenalty) : null);

/**
 * The clocks as of `today`; the open one due first (overdue ones first of all) leads the list. The
 * clocks that count as the case's own are the authority's and the fine's payment: a hearing request
 * the party let lapse is the party's choice, not a late step of the case.
 */
function clocksOf(row: CaseRow, events: readonly CaseEventRow[], today: string, cal: WorkingCalendar) {
  const raw = caseClocks(clockEventsOf(events, row.fine_yuan), today, cal);
  const owed = raw.filter((c) => c.rule.party === 'authority' || c.code === 'PAYMENT').map(clockView);
  const open = owed
    .filter((c) => c.doneOn === null && c.daysLeft !== null)
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.daysLeft! - b.daysLeft!);
  return {
    clocks: raw.map(clockView),
    next: open[0] ?? null,
    overdue: owed.some((c) => c.overdue && c.doneOn === null),
  };
}

/** A served decision whose payment clock ran out is shown as overdue (逾期未缴纳) until paid or enforced. */
const shownState = (state: string, clocks: readonly CaseClockView[]): CaseState =>
  state === 'served' && clocks.some((c) => c.code === 'PAYMENT' && c.overdue && c.doneOn === null)
    ? 'overdue'
    : (state as CaseState);

export function toSummary(
  row: CaseRow,
  enterprise: sourcesReads.EnterpriseInReach,
  events: readonly CaseEventRow[],
  today: string,
  cal: WorkingCalendar,
): CaseSummary {
  const { clocks, next, overdue } = clocksOf(row, events, today, cal);
  return {
    id: row.id,
    caseNo: row.case_no,
    title: row.title,
    enterpriseId: row.enterprise_id,
    enterpriseName: enterprise.name,
    regionCode: enterprise.regionCode,
    violation: row.violation as CaseSummary['violation'],
    state: shownState(row.state, clocks),
    actDate: row.act_date,
    fineYuan: row.fine_yuan === null ? null : Number(row.fine_yuan),
    nextClock: next,
    overdue,
    paused: clocks.some((c) => c.paused),
    createdAt: row.created_at,
  };
}

/** The day the lead was found: the limitation counts to it (Code art. 1054 "被发现"). */
export const leadFoundOn = (events: readonly CaseEventRow[], row: CaseRow): string =>
  events.find((e) => e.kind === 'lead_found')?.date ?? row.created_at.slice(0, 10);

export function limitationOf(row: CaseRow, events: readonly CaseEventRow[]) {
  const l = limitation(
    { actEndedOn: row.act_end_date ?? row.act_date, causedPollutionOrDamage: row.caused_harm === 1 },
    leadFoundOn(events, row),
  );
  return { lastDay: l.lastDay, within: l.within, years: l.years, citation: l.citation };
}

/**
 * The daily continuous penalty of the case, from its order to correct and re-inspections. The start
 * follows the chosen basis: the Code counts from the day after the order was made (art. 1060), the
 * 2014 rule from the day after it was served (部令第28号 §17).
 */
function dailyPenaltyOf(row: CaseRow, events: readonly CaseEventRow[]): CaseDetail['dailyPenalty'] {
  const made = events.find((e) => e.kind === 'correction_order_made');
  const served = events.find((e) => e.kind === 'correction_order_served');
  const reinspections = events
    .filter((e) => e.kind === 'reinspected')
    .map((e) => ({ date: e.date, finding: (JSON.parse(e.data) as { finding: 'violation' }).finding }));
  if (!made || !served || !reinspections.length || !row.fine_yuan) return null;
  const start = penaltyOf(row)?.basis.id.startsWith('code-') === false ? 'service_date' : 'order_date';
  const stopped = events.find((e) => e.kind === 'production_limited')?.date ?? null;
  const p = dailyPenalty(
    {
      originalFineFen: Number(row.fine_yuan) * 100,
      orderMadeOn: made.date,
      orderServedOn: served.date,
      reinspections,
      dischargeStoppedOn: stopped,
    },
    start,
  );
  return {
    start: p.start,
    cycles: p.cycles.map((c) => ({ from: c.from, to: c.to, days: c.days, amountYuan: c.amountFen / 100 })),
    totalDays: p.totalDays,
    totalYuan: p.totalFen / 100,
  };
}

export function toDetail(
  row: CaseRow,
  enterprise: sourcesReads.EnterpriseInReach,
  events: readonly CaseEventRow[],
  today: string,
  cal: WorkingCalendar,
  allowedEvents: CaseDetail['allowedEvents'],
): CaseDetail {
  return {
    ...toSummary(row, enterprise, events, today, cal),
    outletId: row.outlet_id,
    leadId: row.lead_id,
    facts: row.facts,
    actEndDate: row.act_end_date,
    causedHarm: row.caused_harm === 1,
    jurisdiction: row.jurisdiction,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      endDate: e.end_date,
      note: e.note,
      data: JSON.parse(e.data) as Record<string, unknown>,
      createdBy: e.created_by,
      createdAt: e.created_at,
    })),
    clocks: clocksOf(row, events, today, cal).clocks,
    penalty: penaltyOf(row),
    limitation: limitationOf(row, events),
    dailyPenalty: dailyPenaltyOf(row, events),
    allowedEvents,
  };
}
