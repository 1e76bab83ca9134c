import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createApiKey,
  createBulletinJob,
  deleteApiKey,
  fetchApiKeys,
  fetchJob,
  fetchRegions,
  fetchWater,
  updateApiKey,
} from '../api';

/** Province first, then its cities, as picker options (shares the landing page's cache key). */
export function useRegionOptions() {
  const query = useQuery({ queryKey: ['public', 'overview'], queryFn: fetchRegions, staleTime: 5 * 60_000 });
  const data = query.data;
  const options = data
    ? [...(data.province ? [data.province] : []), ...data.cities].map((r) => ({ value: r.regionCode, label: r.name }))
    : [];
  return { options, cities: data?.cities ?? [] };
}

export function useWater(month: string) {
  return useQuery({ queryKey: ['assessment', 'water', month], queryFn: () => fetchWater(month) });
}

/** A queued job, polled every second until it is done or failed. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['assessment', 'jobs', id],
    queryFn: () => fetchJob(id as string),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
  });
}

export function useCreateBulletinJob() {
  return useMutation({ mutationFn: createBulletinJob });
}

const KEYS = ['assessment', 'api-keys'] as const;

export function useApiKeys() {
  return useQuery({ queryKey: KEYS, queryFn: fetchApiKeys });
}

function useInvalidateKeys() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEYS });
}

export function useCreateApiKey() {
  const onSuccess = useInvalidateKeys();
  return useMutation({ mutationFn: createApiKey, onSuccess });
}

export function useSetApiKeyActive() {
  const onSuccess = useInvalidateKeys();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: string; isActive: boolean }) => updateApiKey(id, { isActive }),
    onSuccess,
  });
}

export function useDeleteApiKey() {
  const onSuccess = useInvalidateKeys();
  return useMutation({ mutationFn: deleteApiKey, onSuccess });
}
