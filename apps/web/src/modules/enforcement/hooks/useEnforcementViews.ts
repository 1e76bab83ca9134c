import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchCalendar, fetchStats, type StatsQuery } from '../views-api';

// Under the module's key, so a case or plan write that invalidates `['enforcement']` refreshes them too.
export function useEnforcementCalendar(month: string, regionCode?: string) {
  return useQuery({
    queryKey: ['enforcement', 'calendar', month, regionCode ?? ''],
    queryFn: () => fetchCalendar(month, regionCode),
    placeholderData: keepPreviousData,
  });
}

export function useEnforcementStats(query: StatsQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['enforcement', 'stats', query],
    queryFn: () => fetchStats(query),
    placeholderData: keepPreviousData,
  });
}
