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
import { useWorkplanMutation, WORKPLAN_KEY } from './usePlans';

export function useReports(itemId: string) {
  return useQuery({ queryKey: [...WORKPLAN_KEY, 'reports', itemId], queryFn: () => fetchReports(itemId) });
}

export function useSubmitReport(itemId: string) {
  return useWorkplanMutation((input: ReportInput) => submitReport(itemId, input));
}

export function useReviewReport() {
  return useWorkplanMutation((v: { reportId: string; decision: ReviewDecision; comment: string }) =>
    reviewReport(v.reportId, v.decision, v.comment),
  );
}

export function useSetDone(itemId: string) {
  return useWorkplanMutation((done: boolean) => setItemDone(itemId, done));
}

export function useNotices(itemId: string) {
  return useQuery({ queryKey: [...WORKPLAN_KEY, 'notices', itemId], queryFn: () => fetchNotices({ itemId }) });
}

export function useIssueNotice(itemId: string) {
  return useWorkplanMutation((input: { reason: string; unitId?: string; replyWorkingDays: number }) =>
    issueNotice(itemId, input),
  );
}

export function useReplyNotice() {
  return useWorkplanMutation((v: { noticeId: string; reply: string }) => replyNotice(v.noticeId, v.reply));
}

export function useCalendarDays(year: number) {
  return useQuery({ queryKey: [...WORKPLAN_KEY, 'calendar', year], queryFn: () => fetchCalendarDays(year) });
}

export function usePutCalendarDay() {
  return useWorkplanMutation((input: { date: string; kind: CalendarDayKind; name: string }) => putCalendarDay(input));
}
