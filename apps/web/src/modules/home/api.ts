import type { MyWork } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../lib/http';

function fetchMyWork(): Promise<MyWork> {
  return http<MyWork>('/api/v1/me/work');
}

/** The signed-in user's own work (reports due, notices, reviews, alerts, targets at risk), scoped by the server. */
export function useMyWork() {
  return useQuery({ queryKey: ['home', 'my-work'], queryFn: fetchMyWork, refetchInterval: 5 * 60_000 });
}
