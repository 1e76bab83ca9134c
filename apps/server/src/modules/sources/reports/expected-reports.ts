import type { ExecutionReport, ReportFrequency } from '@ecocloud/contracts';
import { reportsDue, type DueReport } from '../rules/execution-reports';
import type { DueOverride } from '../rules/report-periods';
import { toContractKey, toRulesKey } from './period-keys';

/** The permit as the report rules need it (dates Shanghai `YYYY-MM-DD`). */
export type ReportingPermitRow = {
  permitId: string;
  permitNo: string;
  enterpriseId: string;
  enterpriseName: string;
  validFrom: string;
  validTo: string;
  frequencies: readonly ReportFrequency[];
  /**
   * The day the permit entered EcoCloud (Shanghai date of its record). Reports that fell due before it are
   * the national platform's history, which an import does not bring: unless one is recorded here, they are
   * not listed, so that an imported register does not show years of "missing" reports.
   */
  trackedFrom: string;
};

/** A row of report_deadline_overrides (contract period keys). */
export type OverrideRow = { frequency: ReportFrequency; periodKey: string; dueDate: string; note: string };

/** A stored submission. */
export type SubmissionRow = {
  id: string;
  permitId: string;
  frequency: string;
  periodKey: string;
  summary: string;
  submittedOn: string;
};

/** Every report period of the permit over its validity, with contract keys; folded periods included. */
export function expectedPeriods(permit: ReportingPermitRow, overrides: readonly OverrideRow[]): DueReport[] {
  const national: DueOverride[] = overrides.map((o) => ({
    frequency: o.frequency,
    periodKey: toRulesKey(o.periodKey),
    dueDate: o.dueDate,
    source: o.note,
  }));
  const all = reportsDue(
    { validFrom: permit.validFrom, validTo: permit.validTo, frequencies: permit.frequencies },
    '0000-01-01',
    '9999-12-31',
    national,
  );
  return all.map((r) => ({
    ...r,
    periodKey: toContractKey(r.periodKey),
    ...(r.foldedInto ? { foldedInto: { ...r.foldedInto, periodKey: toContractKey(r.foldedInto.periodKey) } } : {}),
  }));
}

/**
 * Where a report stands on `today`: folded (carried by another report), on_time / late once submitted,
 * and while nothing is submitted: not_due until its period has ended, pending until its due date has
 * passed, then missing.
 */
export function reportState(
  report: Pick<DueReport, 'dueDate' | 'periodEnd' | 'foldedInto'>,
  submittedOn: string | null,
  today: string,
): ExecutionReport['state'] {
  if (report.foldedInto) return 'folded';
  if (submittedOn !== null) return submittedOn <= report.dueDate ? 'on_time' : 'late';
  if (today <= report.periodEnd) return 'not_due';
  return today <= report.dueDate ? 'pending' : 'missing';
}

const submissionKey = (permitId: string, frequency: string, periodKey: string) =>
  `${permitId}|${frequency}|${periodKey}`;

/** One expected report with its submission (if any), as the API lists it. */
export function reportOf(
  p: ReportingPermitRow,
  r: DueReport,
  s: SubmissionRow | undefined,
  today: string,
): ExecutionReport {
  return {
    id: s?.id ?? null,
    permitId: p.permitId,
    permitNo: p.permitNo,
    enterpriseId: p.enterpriseId,
    enterpriseName: p.enterpriseName,
    frequency: r.frequency,
    periodKey: r.periodKey,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    dueDate: r.dueDate,
    submittedAt: s?.submittedOn ?? null,
    state: reportState(r, s?.submittedOn ?? null, today),
    foldedInto: r.foldedInto ? r.foldedInto.periodKey : null,
    summary: s?.summary ?? '',
  };
}

/** Whether EcoCloud follows the report: it fell due after the permit entered it, or a submission is recorded. */
export const isTracked = (
  p: Pick<ReportingPermitRow, 'trackedFrom'>,
  r: Pick<DueReport, 'dueDate'>,
  submitted: boolean,
) => submitted || r.dueDate >= p.trackedFrom;

/** The expected reports of the permits joined with their submissions. */
export function executionReports(
  permits: readonly ReportingPermitRow[],
  overrides: readonly OverrideRow[],
  submissions: readonly SubmissionRow[],
  today: string,
): ExecutionReport[] {
  const byKey = new Map(submissions.map((s) => [submissionKey(s.permitId, s.frequency, s.periodKey), s]));
  return permits.flatMap((p) =>
    expectedPeriods(p, overrides).flatMap((r) => {
      const s = byKey.get(submissionKey(p.permitId, r.frequency, r.periodKey));
      return isTracked(p, r, s !== undefined) ? [reportOf(p, r, s, today)] : [];
    }),
  );
}
