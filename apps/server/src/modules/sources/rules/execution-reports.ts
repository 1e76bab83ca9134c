import { addCalendarDays, daysBetween } from '../../../platform/deadlines';
import {
  DEFAULT_DUE_RULES,
  NATIONAL_DUE_OVERRIDES,
  REPORT_FREQUENCIES,
  addMonths,
  defaultDueDate,
  periodsOverlapping,
  type CalendarPeriod,
  type DueOverride,
  type DueRule,
  type ReportFrequency,
} from './report-periods';

/**
 * Which execution reports (执行报告) a permit owes, when, and which are folded into another report.
 *
 * Fold rules (reference §1.4 ☑, HJ 944-2018 practice; thresholds are data in FOLD_THRESHOLDS):
 * - a first (partial) period held for less than its threshold is folded into the next period of the
 *   same frequency, which then covers both: year/half-year < 3 months, quarter < 1 month, month < 10 days.
 *   Only the first period after validFrom folds; a last partial period before validTo is reported
 *   (its content is not carried by a later report of the same permit) — a choice, ⚠.
 * - a permit setting may fold a period into a coarser report ending the same day (Q4 into the annual
 *   report; Mar/Jun/Sep/Dec monthly into the quarterly or annual one): `foldAtCoarserEnd`.
 * Due dates are not moved off weekends: the deadline is the published day (an override moves it).
 */

export type FoldThreshold = { months: number } | { days: number };

const FOLD_THRESHOLDS: Readonly<Record<ReportFrequency, FoldThreshold>> = {
  annual: { months: 3 },
  semiannual: { months: 3 },
  quarterly: { months: 1 },
  monthly: { days: 10 },
};

export type ReportingPermit = {
  validFrom: string;
  validTo: string;
  frequencies: readonly ReportFrequency[];
  /** Per-permit, per-period due dates (win over national overrides and the default rule). */
  overrides?: readonly DueOverride[];
  /** Per-permit due rules per frequency (when the permit writes other days than the 15th). */
  dueRules?: Partial<Record<ReportFrequency, DueRule>>;
  /** Frequencies whose periods are folded into a coarser report of this permit ending the same day. */
  foldAtCoarserEnd?: Partial<Record<ReportFrequency, boolean>>;
};

export type DueReport = {
  frequency: ReportFrequency;
  periodKey: string;
  /** Clipped to the permit's validity; the start of a folded earlier period when this report absorbs one. */
  periodStart: string;
  periodEnd: string;
  /** For a folded period: the due date of the report that carries it. */
  dueDate: string;
  dueSource: 'default' | 'permit_override' | 'national_override';
  /** Key of the report that carries this period (`2027`, `2026-Q1` …), when it is not reported alone. */
  foldedInto?: { frequency: ReportFrequency; periodKey: string; reason: 'short_period' | 'coarser_report' };
  rule: { citation: string; text: string };
};

const RULE = {
  citation: '排污许可管理条例 第二十二条; HJ 944-2018 (reference §1.4 ☑)',
  text: '排污单位应当按照排污许可证规定的内容、频次和时间要求，向审批部门提交排污许可证执行报告',
};

/** True when [start, end] is shorter than the fold threshold. */
export function heldLessThan(start: string, end: string, threshold: FoldThreshold): boolean {
  if ('days' in threshold) return daysBetween(start, end) + 1 < threshold.days;
  return addMonths(start, threshold.months) > addCalendarDays(end, 1);
}

function dueOf(
  permit: ReportingPermit,
  period: CalendarPeriod,
  national: readonly DueOverride[],
): Pick<DueReport, 'dueDate' | 'dueSource'> {
  const match = (o: DueOverride) => o.frequency === period.frequency && o.periodKey === period.key;
  const own = permit.overrides?.find(match);
  if (own) return { dueDate: own.dueDate, dueSource: 'permit_override' };
  const nat = national.find(match);
  if (nat) return { dueDate: nat.dueDate, dueSource: 'national_override' };
  const rule = permit.dueRules?.[period.frequency] ?? DEFAULT_DUE_RULES[period.frequency];
  return { dueDate: defaultDueDate(period, rule), dueSource: 'default' };
}

/** Every report of one frequency over the permit's validity, with the short-first-period fold applied. */
function reportsOfFrequency(
  permit: ReportingPermit,
  frequency: ReportFrequency,
  national: readonly DueOverride[],
): DueReport[] {
  const periods = periodsOverlapping(frequency, permit.validFrom, permit.validTo);
  const reports: DueReport[] = periods.map((p) => ({
    frequency,
    periodKey: p.key,
    periodStart: p.start < permit.validFrom ? permit.validFrom : p.start,
    periodEnd: p.end > permit.validTo ? permit.validTo : p.end,
    ...dueOf(permit, p, national),
    rule: RULE,
  }));
  const [first, next] = reports;
  if (first && next && heldLessThan(first.periodStart, first.periodEnd, FOLD_THRESHOLDS[frequency])) {
    first.foldedInto = { frequency, periodKey: next.periodKey, reason: 'short_period' };
    next.periodStart = first.periodStart;
  }
  return reports;
}

/** Folds periods into a coarser report of the permit that ends the same day (Q4 → annual …). */
function foldIntoCoarser(permit: ReportingPermit, byFrequency: Map<ReportFrequency, DueReport[]>): void {
  for (const frequency of REPORT_FREQUENCIES) {
    if (!permit.foldAtCoarserEnd?.[frequency]) continue;
    const coarser = REPORT_FREQUENCIES.slice(0, REPORT_FREQUENCIES.indexOf(frequency)).filter((f) =>
      byFrequency.has(f),
    );
    for (const report of byFrequency.get(frequency) ?? []) {
      if (report.foldedInto) continue;
      // the nearest coarser report ending the same day (resolveFoldChains follows it to the one reported)
      for (const f of [...coarser].reverse()) {
        const target = byFrequency.get(f)?.find((r) => r.periodEnd === report.periodEnd);
        if (!target) continue;
        report.foldedInto = { frequency: f, periodKey: target.periodKey, reason: 'coarser_report' };
        break;
      }
    }
  }
}

/**
 * Points every folded period at the report that is finally submitted (a short first month folded into
 * September, itself folded into Q3, is carried by Q3) and gives it that report's due date.
 */
function resolveFoldChains(byFrequency: Map<ReportFrequency, DueReport[]>): void {
  const find = (into: NonNullable<DueReport['foldedInto']>) =>
    byFrequency.get(into.frequency)?.find((r) => r.periodKey === into.periodKey);
  for (const report of [...byFrequency.values()].flat()) {
    if (!report.foldedInto) continue;
    let target = find(report.foldedInto);
    // a chain is at most short fold + coarser folds long; the bound only guards against a cycle
    for (let hops = 0; target?.foldedInto && hops < 8; hops++) target = find(target.foldedInto);
    if (!target || target.foldedInto) throw new Error(`fold chain of ${report.periodKey} does not end in a report`);
    report.foldedInto = { ...report.foldedInto, frequency: target.frequency, periodKey: target.periodKey };
    report.dueDate = target.dueDate;
    report.dueSource = target.dueSource;
  }
}

/**
 * The reports a permit owes whose due date lies in [from, to] (inclusive), ordered by due date then
 * from coarse to fine. Folded periods are listed too (with `foldedInto`), so a user sees why no
 * separate report is asked for.
 */
export function reportsDue(
  permit: ReportingPermit,
  from: string,
  to: string,
  nationalOverrides: readonly DueOverride[] = NATIONAL_DUE_OVERRIDES,
): DueReport[] {
  if (permit.validTo < permit.validFrom) throw new RangeError('validTo is before validFrom');
  const byFrequency = new Map<ReportFrequency, DueReport[]>();
  for (const f of REPORT_FREQUENCIES)
    if (permit.frequencies.includes(f)) byFrequency.set(f, reportsOfFrequency(permit, f, nationalOverrides));
  foldIntoCoarser(permit, byFrequency);
  resolveFoldChains(byFrequency);
  const rank = (f: ReportFrequency) => REPORT_FREQUENCIES.indexOf(f);
  return [...byFrequency.values()]
    .flat()
    .filter((r) => r.dueDate >= from && r.dueDate <= to)
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        rank(a.frequency) - rank(b.frequency) ||
        a.periodKey.localeCompare(b.periodKey),
    );
}

export type Lateness = 'on_time' | 'late' | 'missing' | 'not_due' | 'folded';

/**
 * Where a report stands on `today` (Shanghai dates): submitted on or before its due date → on_time,
 * after → late; not submitted → not_due until the due date has passed, then missing. A folded period
 * is never asked for on its own.
 */
export function lateness(
  report: Pick<DueReport, 'dueDate' | 'foldedInto'>,
  submittedOn: string | null,
  today: string,
): Lateness {
  if (report.foldedInto) return 'folded';
  if (submittedOn !== null) return submittedOn <= report.dueDate ? 'on_time' : 'late';
  return today <= report.dueDate ? 'not_due' : 'missing';
}
