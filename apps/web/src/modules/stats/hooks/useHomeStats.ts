import { useQuery } from '@tanstack/react-query';
import { fetchHomeStats } from '../api';

export function useHomeStats(enabled: boolean) {
  return useQuery({ queryKey: ['stats', 'home'], queryFn: fetchHomeStats, enabled });
}
