import type { CaseDetail, CaseEventBody } from '@ecocloud/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/http';
import {
  assessCasePenalty,
  createCase,
  fetchCase,
  fetchCases,
  recordCaseEvent,
  searchEnterprises,
  type AssessPenaltyInput,
  type CaseQuery,
  type CreateCaseInput,
} from '../api';
import { enforcementKeys } from '../query-keys';

export function useCases(query: CaseQuery) {
  return useQuery({
    queryKey: enforcementKeys.cases(query),
    queryFn: () => fetchCases(query),
    placeholderData: keepPreviousData,
  });
}

/** One case; a 404 (gone, or outside the scope) is an answer the page words, not an error toast. */
export function useCase(id: string) {
  return useQuery({
    queryKey: enforcementKeys.case(id),
    queryFn: () => fetchCase(id),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });
}

/** Every write answers the case as it now stands: the page takes it, the list is read again. */
function useCaseWrite<V>(write: (input: V) => Promise<CaseDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => {
      client.setQueryData(enforcementKeys.case(detail.id), detail);
      return client.invalidateQueries({ queryKey: enforcementKeys.cases() });
    },
    // The form that sent it shows the refusal in words.
    meta: { silent: true },
  });
}

export const useCreateCase = () => useCaseWrite((input: CreateCaseInput) => createCase(input));
export const useCaseEvent = (id: string) => useCaseWrite((body: CaseEventBody) => recordCaseEvent(id, body));
export const useAssessPenalty = (id: string) => useCaseWrite((body: AssessPenaltyInput) => assessCasePenalty(id, body));

/** The picker's search (the first units by name before anything is typed). */
export function useEnterpriseSearch(q: string, enabled: boolean) {
  const term = q.trim();
  return useQuery({
    queryKey: enforcementKeys.enterprises(term),
    queryFn: () => searchEnterprises(term),
    enabled,
    placeholderData: keepPreviousData,
  });
}
