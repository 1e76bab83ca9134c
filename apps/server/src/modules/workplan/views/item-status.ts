import type { IndicatorDirection, ItemStatus, Milestone, StatusReason } from '@ecocloud/contracts';
import { daysBetween } from '../../../platform/deadlines';

/**
 * Status rules of a plan item (pure; table-driven tests in item-status.test.ts). Dates are
 * Shanghai dates `YYYY-MM-DD`; percents are whole numbers 0–100.
 */
export type StatusRules = {
  /** Reported progress may lag the expected progress by this many points before the item is at risk. */
  tolerancePoints: number;
  /** A started item with no report for this many days is at risk. */
  staleDays: number;
};
const DEFAULT_STATUS_RULES: StatusRules = { tolerancePoints: 10, staleDays: 45 };

export type IndicatorTrack = 'attained' | 'on_track' | 'behind' | 'no_data';

export type StatusInput = {
  today: string;
  startDate: string | null;
  deadline: string | null;
  milestones: readonly Milestone[];
  doneAt: string | null;
  lastReport: { date: string; percent: number } | null;
  indicators: readonly IndicatorTrack[];
};

/** Progress expected by `today`: the last milestone passed, else linear from start to deadline, else 0. */
export function expectedPercent(
  today: string,
  start: string | null,
  deadline: string | null,
  milestones: readonly Milestone[],
): number {
  if (milestones.length) {
    const passed = milestones.filter((m) => m.date <= today);
    return passed.reduce((max, m) => Math.max(max, m.percent), 0);
  }
  if (!start || !deadline || today < start) return 0;
  const span = daysBetween(start, deadline);
  if (span <= 0 || today >= deadline) return 100;
  return Math.floor((100 * daysBetween(start, today)) / span);
}

/** The English wording of a reason, for API clients and logs (the web words the code itself). */
export function statusReasonText(r: StatusReason): string {
  const p = r.params;
  switch (r.code) {
    case 'marked_done':
      return 'marked done';
    case 'deadline_passed':
      return `deadline ${p.deadline} passed`;
    case 'milestone_missed':
      return `milestone ${p.date} (${p.percent}%) missed`;
    case 'starts_later':
      return `starts ${p.startDate}`;
    case 'no_report_expected':
      return `no report yet, ${p.expected}% expected`;
    case 'behind_expected':
      return `${p.reported}% reported, ${p.expected}% expected`;
    case 'report_stale':
      return `no report since ${p.date}`;
    case 'indicators_behind':
      return `${p.count} indicator(s) behind their trajectory`;
    case 'no_report':
      return 'no report yet';
    case 'rolled_up':
      return 'rolled up from the items below';
  }
}

export function itemStatus(
  input: StatusInput,
  rules: StatusRules = DEFAULT_STATUS_RULES,
): { status: ItemStatus; reasons: string[]; reasonCodes: StatusReason[] } {
  const result = (status: ItemStatus, reasonCodes: StatusReason[]) => ({
    status,
    reasons: reasonCodes.map(statusReasonText),
    reasonCodes,
  });
  const { today, lastReport } = input;
  if (input.doneAt) return result('done', [{ code: 'marked_done', params: {} }]);
  if (input.deadline && today > input.deadline)
    return result('overdue', [{ code: 'deadline_passed', params: { deadline: input.deadline } }]);
  const reasons: StatusReason[] = [];
  const expected = expectedPercent(today, input.startDate, input.deadline, input.milestones);
  const missed = input.milestones.filter((m) => m.date < today && (lastReport?.percent ?? 0) < m.percent);
  for (const m of missed) reasons.push({ code: 'milestone_missed', params: { date: m.date, percent: m.percent } });
  if (!lastReport) {
    if (input.startDate && today < input.startDate)
      return result('not_started', [{ code: 'starts_later', params: { startDate: input.startDate } }]);
    if (expected > rules.tolerancePoints) reasons.push({ code: 'no_report_expected', params: { expected } });
  } else {
    if (lastReport.percent + rules.tolerancePoints < expected)
      reasons.push({ code: 'behind_expected', params: { reported: lastReport.percent, expected } });
    if (daysBetween(lastReport.date, today) > rules.staleDays)
      reasons.push({ code: 'report_stale', params: { date: lastReport.date } });
  }
  const behind = input.indicators.filter((t) => t === 'behind').length;
  if (behind) reasons.push({ code: 'indicators_behind', params: { count: behind } });
  if (reasons.length) return result('at_risk', reasons);
  if (!lastReport) return result('not_started', [{ code: 'no_report', params: {} }]);
  return result('on_track', []);
}

/** Whether a value meets its target in the indicator's direction (eliminate = down to the target, 0). */
export function isAttained(direction: IndicatorDirection, value: number, target: number): boolean {
  return direction === 'at_least' || direction === 'reach' ? value >= target : value <= target;
}

export type IndicatorState = {
  direction: IndicatorDirection;
  baseline: number | null;
  target: number;
  deadline: string | null;
  latest: number | null;
  /** A live metric's own forecast, when the publishing module gives one: it wins over our straight line. */
  forecast?: 'on_track' | 'at_risk' | 'off_track' | undefined;
};

/**
 * Where an indicator stands: by the metric's forecast when there is one; else attained, or behind
 * once the deadline has passed, or behind a straight line from baseline (at `from`) to target (at the
 * deadline) by more than `tolerance` of the way; no baseline means no trajectory to judge before the deadline.
 */
export function indicatorTrack(s: IndicatorState, today: string, from: string, tolerance = 0.1): IndicatorTrack {
  if (s.forecast)
    return s.forecast === 'on_track'
      ? s.latest !== null && isAttained(s.direction, s.latest, s.target)
        ? 'attained'
        : 'on_track'
      : 'behind';
  if (s.latest === null) return 'no_data';
  if (isAttained(s.direction, s.latest, s.target)) return 'attained';
  if (s.deadline && today > s.deadline) return 'behind';
  if (s.baseline === null || !s.deadline || s.baseline === s.target) return 'on_track';
  const span = daysBetween(from, s.deadline);
  if (span <= 0) return 'behind';
  const elapsed = Math.max(0, daysBetween(from, today)) / span;
  const progress = (s.latest - s.baseline) / (s.target - s.baseline);
  return progress < elapsed - tolerance ? 'behind' : 'on_track';
}
