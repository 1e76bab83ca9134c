import { http } from '../../lib/http';
import type {
  CalendarDay,
  CalendarDayKind,
  List,
  Notice,
  Reminder,
  Report,
  ReportInput,
  ReviewDecision,
  Round,
  Series,
} from './types';

const enc = encodeURIComponent;
const base = '/api/v1/workplan';

export function fetchRounds(planId: string): Promise<List<Round>> {
  return http(`${base}/plans/${enc(planId)}/rounds`);
}

/** Monthly rounds for the plan year: month M is due on `dueDay` of month M+1, moved to a working day. */
export function createMonthlyRounds(planId: string, dueDay = 5): Promise<List<Round>> {
  return http(`${base}/plans/${enc(planId)}/rounds`, { method: 'POST', body: { frequency: 'monthly', dueDay } });
}

export function fetchReports(itemId: string): Promise<List<Report>> {
  return http(`${base}/items/${enc(itemId)}/reports`);
}

/** A unit's report for a round; resubmitting for the same round and unit replaces it. */
export function submitReport(itemId: string, input: ReportInput): Promise<Report> {
  return http(`${base}/items/${enc(itemId)}/reports`, { method: 'POST', body: input });
}

export function reviewReport(reportId: string, decision: ReviewDecision, comment: string): Promise<Report> {
  return http(`${base}/reports/${enc(reportId)}/review`, { method: 'POST', body: { decision, comment } });
}

export function attachmentUrl(id: string): string {
  return `${base}/attachments/${enc(id)}`;
}

/** Reports owed for rounds due within 3 working days or overdue. */
export function fetchReminders(planId: string): Promise<List<Reminder>> {
  return http(`${base}/plans/${enc(planId)}/reminders`);
}

export function fetchIndicatorSeries(indicatorId: string): Promise<Series> {
  return http(`${base}/indicators/${enc(indicatorId)}/series`);
}

export function fetchNotices(query: { itemId?: string; open?: boolean }): Promise<List<Notice>> {
  return http(`${base}/notices`, { query });
}

/** Issues a supervision notice; without `unitId` it goes to the item's first lead unit. */
export function issueNotice(
  itemId: string,
  input: { reason: string; unitId?: string; replyWorkingDays: number },
): Promise<Notice> {
  return http(`${base}/items/${enc(itemId)}/notices`, { method: 'POST', body: input });
}

export function replyNotice(noticeId: string, reply: string): Promise<Notice> {
  return http(`${base}/notices/${enc(noticeId)}/reply`, { method: 'POST', body: { reply } });
}

export function fetchCalendarDays(year: number): Promise<List<CalendarDay>> {
  return http('/api/v1/calendar/days', { query: { year } });
}

/** Adds a holiday or a make-up working day (调休); a custom row replaces the base row of its date. */
export function putCalendarDay(input: { date: string; kind: CalendarDayKind; name: string }): Promise<CalendarDay> {
  return http('/api/v1/calendar/days', { method: 'POST', body: input });
}
