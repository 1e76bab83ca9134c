import { useQuery } from '@tanstack/react-query';
import { fetchPublicOverview } from '../api';

export function usePublicOverview() {
  return useQuery({ queryKey: ['public', 'overview'], queryFn: fetchPublicOverview, staleTime: 5 * 60_000 });
}
