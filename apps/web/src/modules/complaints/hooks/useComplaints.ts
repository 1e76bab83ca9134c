import type { ComplaintActionBody, ComplaintDetail } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/http';
import {
  fetchComplaint,
  fetchComplaintMap,
  fetchComplaints,
  fetchComplaintStats,
  fetchIdentity,
  recordAction,
  type ComplaintQuery,
} from '../api';

const KEY = ['complaints'] as const;
export const complaintKeys = {
  list: (q?: object) => [...KEY, 'list', ...(q ? [q] : [])] as const,
  one: (id: string) => [...KEY, 'one', id] as const,
  map: (q: object) => [...KEY, 'map', q] as const,
  stats: (q: object) => [...KEY, 'stats', q] as const,
};

export const useComplaints = (q: ComplaintQuery) =>
  useQuery({ queryKey: complaintKeys.list(q), queryFn: () => fetchComplaints(q), placeholderData: keepPreviousData });

export const useComplaint = (id: string) =>
  useQuery({
    queryKey: complaintKeys.one(id),
    queryFn: () => fetchComplaint(id),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });

/** The identity is never cached: each press is one audited view, and nothing keeps it after the page. */
export const useIdentity = (id: string) =>
  useMutation({ mutationFn: () => fetchIdentity(id), gcTime: 0, meta: { silent: true } });

export function useComplaintAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintActionBody) => recordAction(id, body),
    onSuccess: (detail: ComplaintDetail) => {
      client.setQueryData(complaintKeys.one(detail.id), detail);
      return client.invalidateQueries({ queryKey: complaintKeys.list() });
    },
    meta: { silent: true },
  });
}

export const useComplaintMap = (q: { from?: string; to?: string; kind?: string }) =>
  useQuery({ queryKey: complaintKeys.map(q), queryFn: () => fetchComplaintMap(q) });

export const useComplaintStats = (q: { from?: string; to?: string }) =>
  useQuery({ queryKey: complaintKeys.stats(q), queryFn: () => fetchComplaintStats(q) });
