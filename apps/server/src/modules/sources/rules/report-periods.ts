import { addCalendarDays } from '../../../platform/deadlines';

/**
 * Calendar periods of execution reports (执行报告) and their default due dates, as data.
 * Regulation reference §1.4: frequency and timing are what the permit states (条例 §22 ✅); the
 * periods and "15th of the month after the period" are technical-spec practice (HJ 944-2018 ☑).
 */

export type ReportFrequency = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

/** Coarsest first: the order used when a period is folded into a coarser report. */
export const REPORT_FREQUENCIES: readonly ReportFrequency[] = ['annual', 'semiannual', 'quarterly', 'monthly'];

const MONTHS_PER_PERIOD: Readonly<Record<ReportFrequency, number>> = {
  annual: 12,
  semiannual: 6,
  quarterly: 3,
  monthly: 1,
};

/** When a report is due: `day` of the month `monthsAfterEnd` months after the period's last month. */
export type DueRule = { monthsAfterEnd: number; day: number };

export const DEFAULT_DUE_RULES: Readonly<Record<ReportFrequency, DueRule>> = {
  annual: { monthsAfterEnd: 1, day: 15 }, // 15 Jan next year
  semiannual: { monthsAfterEnd: 1, day: 15 }, // 15 Jul / 15 Jan
  quarterly: { monthsAfterEnd: 1, day: 15 }, // 15th of the first month of the next quarter
  monthly: { monthsAfterEnd: 1, day: 15 }, // 15th of the next month
};

export type DueOverride = { frequency: ReportFrequency; periodKey: string; dueDate: string; source: string };

/**
 * Deadlines the Ministry moved by notice (reference §1.4 ☑). Applied to every permit unless the
 * permit has its own override for the period; industry-specific notices (e.g. 火电 2024 annual report
 * by 2025-01-31) belong on the permits they concern.
 */
export const NATIONAL_DUE_OVERRIDES: readonly DueOverride[] = [
  {
    frequency: 'annual',
    periodKey: '2023',
    dueDate: '2024-02-29',
    source: '生态环境部办公厅通知 2024-01-05 (m.ytsxf.com/article/1738.html) ☑',
  },
  {
    frequency: 'annual',
    periodKey: '2024',
    dueDate: '2025-02-28',
    source: '生态环境部 2025 notice, "end of February 2025" (mfiorese.com …t20250220_3141864.htm) ☑',
  },
];

export type CalendarPeriod = { frequency: ReportFrequency; key: string; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** The first day of the month `months` after the month of `date` (months may be negative). */
function monthStart(date: string, months = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return ymd(y, m + months, 1);
}

/** `date` plus `months` calendar months, clamped to the month's last day (01-31 + 1 → 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return ymd(y, m + months, Math.min(d, lastDay));
}

function periodKey(frequency: ReportFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'annual':
      return String(year);
    case 'semiannual':
      return `${year}-H${index + 1}`;
    case 'quarterly':
      return `${year}-Q${index + 1}`;
    case 'monthly':
      return `${year}-${pad(index + 1)}`;
  }
}

/** The calendar period of `frequency` that contains `date`. */
export function periodContaining(frequency: ReportFrequency, date: string): CalendarPeriod {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const len = MONTHS_PER_PERIOD[frequency];
  const index = Math.floor((m - 1) / len);
  const start = ymd(y, index * len + 1, 1);
  const end = addCalendarDays(monthStart(start, len), -1);
  return { frequency, key: periodKey(frequency, y, index), start, end };
}

/** The periods of `frequency` that overlap [from, to], in order. */
export function periodsOverlapping(frequency: ReportFrequency, from: string, to: string): CalendarPeriod[] {
  const out: CalendarPeriod[] = [];
  for (
    let p = periodContaining(frequency, from);
    p.start <= to;
    p = periodContaining(frequency, addCalendarDays(p.end, 1))
  )
    out.push(p);
  return out;
}

/** The default due date of a period under a due rule. */
export function defaultDueDate(period: CalendarPeriod, rule: DueRule): string {
  const month = monthStart(period.end, rule.monthsAfterEnd);
  const lastDay = addCalendarDays(monthStart(month, 1), -1);
  const due = addCalendarDays(month, rule.day - 1);
  return due > lastDay ? lastDay : due;
}
