import { addCalendarDays, daysBetween } from '../../../platform/deadlines';
import { reportsDue, type DueReport } from '../rules/execution-reports';
import type { ReportFrequency } from '../rules/report-periods';
import type { ExecutionReportsTable } from '../sources.tables';
import type { Scenario } from './demo-enterprises';

/**
 * The period key as the register stores it and the contracts validate it (2025, 2025H1, 2025Q3, 2025-07);
 * the rules write the half-years and quarters with a hyphen (2025-H1, 2025-Q3).
 */
export const storedPeriodKey = (key: string): string => key.replace(/-([HQ]\d)$/, '$1');

export type DemoReportInput = {
  permitId: string;
  validFrom: string;
  validTo: string;
  frequencies: string[];
  today: string;
  /** No reports fall due after this day (a revoked permit). */
  until?: string | undefined;
  scenario: Scenario;
  rand: () => number;
  createdAt: string;
};

const SUMMARY = '按排污许可证要求报告自行监测、污染防治设施运行及污染物实际排放情况。';

/**
 * The execution reports a demo permit's holder submitted for every report that fell due before today:
 * most between the period's end and the due date, a few older ones a little late, and the scenario's
 * late or missing one (the latest of its frequency that fell due at least three days ago).
 */
export function demoReports(p: DemoReportInput): ExecutionReportsTable[] {
  const lastDueDay = addCalendarDays(p.until && p.until < p.today ? p.until : p.today, -1);
  if (!p.frequencies.length || lastDueDay < p.validFrom) return [];
  const owed = reportsDue(
    { validFrom: p.validFrom, validTo: p.validTo, frequencies: p.frequencies as ReportFrequency[] },
    p.validFrom,
    lastDueDay,
  ).filter((r) => !r.foldedInto);
  const latestOf = (frequency: string | undefined): DueReport | undefined =>
    owed.filter((r) => r.frequency === frequency && daysBetween(r.dueDate, p.today) >= 3).at(-1);
  const late = latestOf(p.scenario.late);
  const missing = latestOf(p.scenario.missing);
  const rows: ExecutionReportsTable[] = [];
  for (const r of owed) {
    const slack = Math.max(1, daysBetween(r.periodEnd, r.dueDate));
    let submittedOn = addCalendarDays(r.periodEnd, 1 + Math.floor(p.rand() * slack));
    if (submittedOn > r.dueDate) submittedOn = r.dueDate;
    const room = daysBetween(r.dueDate, p.today) - 1;
    if (r === missing) continue;
    if (r === late) submittedOn = addCalendarDays(r.dueDate, Math.min(room, 6 + Math.floor(p.rand() * 30)));
    else if (room > 10 && p.rand() < 0.03) submittedOn = addCalendarDays(r.dueDate, 1 + Math.floor(p.rand() * 9));
    rows.push({
      id: `${p.permitId}-r-${r.frequency.charAt(0)}${storedPeriodKey(r.periodKey)}`,
      permit_id: p.permitId,
      frequency: r.frequency,
      period_key: storedPeriodKey(r.periodKey),
      summary: SUMMARY,
      submitted_on: submittedOn,
      submitted_by: null,
      created_at: p.createdAt,
    });
  }
  return rows;
}
