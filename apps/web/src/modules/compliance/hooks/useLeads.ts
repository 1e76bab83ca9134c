import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/http';
import { actOnLead, fetchLead, fetchLeads, type LeadAction, type LeadQuery } from '../api';
import { complianceKeys } from '../query-keys';

export function useLeads(query: LeadQuery) {
  return useQuery({
    queryKey: complianceKeys.leads(query),
    queryFn: () => fetchLeads(query),
    placeholderData: keepPreviousData,
  });
}

/** One lead; a 404 (gone, or outside the scope) is an answer the drawer words, not an error toast. */
export function useLead(id: string | null) {
  return useQuery({
    queryKey: complianceKeys.lead(id ?? undefined),
    queryFn: () => fetchLead(id as string),
    enabled: id !== null,
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });
}

/** A triage step; the inbox, the lead and the statistics' open-lead counts change with it. */
export function useLeadAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: LeadAction) => actOnLead(id, action),
    onSuccess: (lead) => {
      client.setQueryData(complianceKeys.lead(id), lead);
      return Promise.all(
        [complianceKeys.leads(), complianceKeys.stats()].map((queryKey) => client.invalidateQueries({ queryKey })),
      );
    },
  });
}
