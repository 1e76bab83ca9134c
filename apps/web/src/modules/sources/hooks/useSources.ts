import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createEnterprise,
  fetchClockRules,
  fetchDue,
  fetchEnterpriseFile,
  fetchEnterprises,
  fetchPublicEnterprise,
  fetchReports,
  importRegister,
  recordPermitEvent,
  submitReport,
  updateClockRules,
  type DueQuery,
  type EnterpriseQuery,
  type ReportQuery,
} from '../api';
import { keysAffectedBy, sourcesKeys, type SourcesWrite } from '../query-keys';
import { isApiError } from '../../../lib/http';

export function useEnterprises(query: EnterpriseQuery) {
  return useQuery({
    queryKey: sourcesKeys.enterprises(query),
    queryFn: () => fetchEnterprises(query),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseFile(id: string | undefined) {
  return useQuery({
    queryKey: sourcesKeys.file(id),
    queryFn: () => fetchEnterpriseFile(id as string),
    enabled: id !== undefined,
  });
}

export function useDue(query: DueQuery) {
  return useQuery({
    queryKey: sourcesKeys.due(query),
    queryFn: () => fetchDue(query),
    placeholderData: keepPreviousData,
  });
}

export function useReports(query: ReportQuery) {
  return useQuery({
    queryKey: sourcesKeys.reports(query),
    queryFn: () => fetchReports(query),
    placeholderData: keepPreviousData,
  });
}

export function useClockRules() {
  return useQuery({ queryKey: sourcesKeys.clockRules(), queryFn: fetchClockRules, staleTime: 5 * 60_000 });
}

/** The public page: a 404 is an answer (未找到), not an error to retry or toast. */
export function usePublicEnterprise(uscc: string) {
  return useQuery({
    queryKey: sourcesKeys.publicEnterprise(uscc),
    queryFn: () => fetchPublicEnterprise(uscc),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });
}

/** A mutation that invalidates what its write affects, and only that. */
export function useSourcesMutation<V, R>(
  fn: (vars: V) => Promise<R>,
  affects: (result: R, vars: V) => SourcesWrite,
  /** `silent`: the caller words the failure itself (the register forms, beside their fields). */
  options: { silent?: boolean } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: options.silent ? { silent: true } : undefined,
    onSuccess: (result, vars) =>
      Promise.all(keysAffectedBy(affects(result, vars)).map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export function useCreateEnterprise() {
  return useSourcesMutation(createEnterprise, () => ({ kind: 'enterprise-created' }));
}

export function useRecordPermitEvent(enterpriseId: string) {
  return useSourcesMutation(
    ({ permitId, input }: { permitId: string; input: Parameters<typeof recordPermitEvent>[1] }) =>
      recordPermitEvent(permitId, input),
    () => ({ kind: 'permit-event', enterpriseId }),
  );
}

export function useSubmitReport() {
  return useSourcesMutation(submitReport, (report) => ({ kind: 'report', enterpriseId: report.enterpriseId }));
}

export function useImportRegister() {
  return useSourcesMutation(importRegister, () => ({ kind: 'import' }));
}

export function useUpdateClockRules() {
  return useSourcesMutation(updateClockRules, () => ({ kind: 'clock-rules' }));
}
