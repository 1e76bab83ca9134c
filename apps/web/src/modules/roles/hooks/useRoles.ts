import { useQuery } from '@tanstack/react-query';
import { fetchRoles } from '../api';

/** Roles change only with a release, so they are cached for the session. */
export function useRoles(enabled = true) {
  return useQuery({ queryKey: ['roles'], queryFn: fetchRoles, enabled, staleTime: Infinity });
}
