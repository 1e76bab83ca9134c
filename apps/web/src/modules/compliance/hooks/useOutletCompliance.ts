import { useQuery } from '@tanstack/react-query';
import {
  fetchEnterpriseAmounts,
  fetchEnterpriseFile,
  fetchExceedances,
  fetchOutletDays,
  fetchOutletHours,
  type Range,
} from '../api';
import { complianceKeys } from '../query-keys';

export function useOutletHours(outletId: string, range: Range) {
  return useQuery({
    queryKey: complianceKeys.hours(outletId, range),
    queryFn: () => fetchOutletHours(outletId, range),
  });
}

/** Daily judgements (water outlets); none for an air outlet. */
export function useOutletDays(outletId: string, range: Range) {
  return useQuery({
    queryKey: complianceKeys.days(outletId, range),
    queryFn: () => fetchOutletDays(outletId, range),
    // The hours are the page's data; without days the table just does not show.
    meta: { silent: true },
  });
}

export function useExceedances(query: Range & { enterpriseId?: string }) {
  return useQuery({
    queryKey: complianceKeys.exceedances(query),
    queryFn: () => fetchExceedances(query),
  });
}

export function useEnterpriseAmounts(enterpriseId: string | undefined, year: number) {
  return useQuery({
    queryKey: complianceKeys.amounts(enterpriseId ?? '', year),
    queryFn: () => fetchEnterpriseAmounts(enterpriseId as string, year),
    enabled: enterpriseId !== undefined,
    meta: { silent: true },
  });
}

/** The outlet's names and the permit's units, from the register (a reader without sources:read goes without). */
export function useEnterpriseFile(enterpriseId: string | undefined) {
  return useQuery({
    queryKey: complianceKeys.enterpriseFile(enterpriseId ?? ''),
    queryFn: () => fetchEnterpriseFile(enterpriseId as string),
    enabled: enterpriseId !== undefined,
    staleTime: 5 * 60_000,
    retry: false,
    meta: { silent: true },
  });
}
