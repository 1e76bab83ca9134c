import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createSpecialPeriod,
  deleteSpecialPeriod,
  fetchSettings,
  fetchSpecialPeriods,
  fetchStats,
  updateSettings,
  type StatsQuery,
} from '../api';
import { complianceKeys } from '../query-keys';

export function useComplianceStats(query: StatsQuery) {
  return useQuery({
    queryKey: complianceKeys.stats(query),
    queryFn: () => fetchStats(query),
    placeholderData: keepPreviousData,
  });
}

export function useSpecialPeriods() {
  return useQuery({ queryKey: complianceKeys.specialPeriods(), queryFn: fetchSpecialPeriods });
}

export function useSettings() {
  return useQuery({ queryKey: complianceKeys.settings(), queryFn: fetchSettings });
}

/**
 * A special period brings its limits into force and a setting changes the judgement: the judged
 * figures already cached (hours, days, events, statistics) are stale with either.
 */
function useAdminWrite<V, R>(fn: (vars: V) => Promise<R>, own: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(
        [
          own,
          ['compliance', 'hours'],
          ['compliance', 'days'],
          ['compliance', 'exceedances'],
          complianceKeys.stats(),
        ].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}

export const useCreateSpecialPeriod = () => useAdminWrite(createSpecialPeriod, complianceKeys.specialPeriods());
export const useDeleteSpecialPeriod = () => useAdminWrite(deleteSpecialPeriod, complianceKeys.specialPeriods());
export const useUpdateSettings = () => useAdminWrite(updateSettings, complianceKeys.settings());
