import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { acknowledgeAlerts, fetchAlerts, type AlertQuery } from '../api';

const ALERTS_KEY = ['monitoring', 'alerts'] as const;

export function useAlerts(query: AlertQuery) {
  return useQuery({
    queryKey: [...ALERTS_KEY, query],
    queryFn: () => fetchAlerts(query),
    placeholderData: keepPreviousData,
  });
}

export function useAcknowledgeAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlerts,
    onSuccess: () => client.invalidateQueries({ queryKey: ALERTS_KEY }),
  });
}
