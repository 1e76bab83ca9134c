import { useQuery } from '@tanstack/react-query';
import { setItemDone } from '../api';
import {
  fetchCalendarDays,
  fetchNotices,
  fetchReports,
  issueNotice,
  putCalendarDay,
  replyNotice,
  reviewReport,
  submitReport,
} from '../progress-api';
import type { CalendarDayKind, ReportInput, ReviewDecision } from '../types';
import { workplanKeys } from '../query-keys';
import { useWorkplanMutation } from './usePlans';

export function useReports(itemId: string) {
  return useQuery({ queryKey: workplanKeys.reports(itemId), queryFn: () => fetchReports(itemId) });
}

export function useSubmitReport(itemId: string) {
  return useWorkplanMutation(
    (input: ReportInput) => submitReport(itemId, input),
    () => ({ kind: 'report', itemId }),
  );
}

export function useReviewReport() {
  return useWorkplanMutation(
    (v: { reportId: string; decision: ReviewDecision; comment: string }) =>
      reviewReport(v.reportId, v.decision, v.comment),
    (report) => ({ kind: 'review', itemId: report.itemId }),
  );
}

export function useSetDone(itemId: string) {
  return useWorkplanMutation(
    (done: boolean) => setItemDone(itemId, done),
    (item) => ({ kind: 'done', planId: item.planId }),
  );
}

export function useNotices(itemId: string) {
  return useQuery({ queryKey: workplanKeys.notices(itemId), queryFn: () => fetchNotices({ itemId }) });
}

export function useIssueNotice(itemId: string) {
  return useWorkplanMutation(
    (input: { reason: string; unitId?: string; replyWorkingDays: number }) => issueNotice(itemId, input),
    () => ({ kind: 'notice', itemId }),
  );
}

export function useReplyNotice() {
  return useWorkplanMutation(
    (v: { noticeId: string; reply: string }) => replyNotice(v.noticeId, v.reply),
    (notice) => ({ kind: 'notice', itemId: notice.itemId }),
  );
}

export function useCalendarDays(year: number) {
  return useQuery({ queryKey: workplanKeys.calendar(year), queryFn: () => fetchCalendarDays(year) });
}

export function usePutCalendarDay() {
  return useWorkplanMutation(
    (input: { date: string; kind: CalendarDayKind; name: string }) => putCalendarDay(input),
    (_, input) => ({ kind: 'calendar', year: Number(input.date.slice(0, 4)) }),
  );
}
