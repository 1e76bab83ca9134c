import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VIOLATIONS } from '@ecocloud/contracts';
import { isApiError } from '../../../lib/http';
import { fetchChecklist, fetchRecord, fetchRecords, recordToCase, type RecordQuery } from './records-api';

const KEY = ['enforcement', 'inspection-records'] as const;

export const recordKeys = {
  all: () => KEY,
  list: (q: RecordQuery) => [...KEY, 'list', q] as const,
  one: (id: string) => [...KEY, 'one', id] as const,
  checklist: (enterpriseId: string) => ['enforcement', 'inspection-checklist', enterpriseId] as const,
};

const no404Retry = (count: number, error: unknown) => !(isApiError(error) && error.status === 404) && count < 2;

export function useRecords(q: RecordQuery, enabled = true) {
  return useQuery({
    queryKey: recordKeys.list(q),
    queryFn: () => fetchRecords(q),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRecord(id: string) {
  return useQuery({
    queryKey: recordKeys.one(id),
    queryFn: () => fetchRecord(id),
    retry: no404Retry,
    meta: { silent: true },
  });
}

/** The unit's checklist; kept for a day, so a form opened again without network still has it. */
export function useChecklist(enterpriseId: string) {
  return useQuery({
    queryKey: recordKeys.checklist(enterpriseId),
    queryFn: () => fetchChecklist(enterpriseId),
    enabled: Boolean(enterpriseId),
    staleTime: 24 * 3_600_000,
    retry: no404Retry,
    meta: { silent: true },
  });
}

export function useRecordToCase(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { violation: (typeof VIOLATIONS)[number] }) => recordToCase(id, body),
    onSuccess: (record) => {
      client.setQueryData(recordKeys.one(id), record);
      return client.invalidateQueries({ queryKey: ['enforcement'] });
    },
    meta: { silent: true },
  });
}
