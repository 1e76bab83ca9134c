import type { IssueSupervisionNoticeBody } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { escalateNotices, fetchNotices, fetchNoticesNeeded, issueNotice, replyNotice, type NoticeQuery } from '../api';
import { rectificationKeys } from '../query-keys';

export function useNotices(query: NoticeQuery) {
  return useQuery({
    queryKey: rectificationKeys.notices(query),
    queryFn: () => fetchNotices(query),
    placeholderData: keepPreviousData,
  });
}

export const useNoticesNeeded = () =>
  useQuery({ queryKey: rectificationKeys.noticesNeeded(), queryFn: fetchNoticesNeeded });

/** A notice write changes the lists of notices and of problems needing one. */
function useNoticeWrite<V, R>(write: (input: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: rectificationKeys.notices() }),
        client.invalidateQueries({ queryKey: rectificationKeys.noticesNeeded() }),
      ]),
    // The form or button that sent it shows the refusal in words.
    meta: { silent: true },
  });
}

export const useIssueNotice = (problemId: string) =>
  useNoticeWrite((body: IssueSupervisionNoticeBody) => issueNotice(problemId, body));
export const useReplyNotice = () =>
  useNoticeWrite(({ id, reply }: { id: string; reply: string }) => replyNotice(id, reply));
export const useEscalateNotices = () => useNoticeWrite(() => escalateNotices());
