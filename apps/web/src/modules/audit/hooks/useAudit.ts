import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchAudit, type AuditQuery } from '../api';

export function useAudit(query: AuditQuery) {
  return useQuery({ queryKey: ['audit', query], queryFn: () => fetchAudit(query), placeholderData: keepPreviousData });
}
