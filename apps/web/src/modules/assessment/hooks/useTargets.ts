import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTarget, deleteTarget, fetchTargets, importTargets, updateTarget } from '../api';
import type { UpdateTargetInput } from '../types';

const KEY = ['assessment', 'targets'] as const;

export function useTargets(query: { year?: number; regionCode?: string }) {
  return useQuery({ queryKey: [...KEY, query], queryFn: () => fetchTargets(query) });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: KEY });
}

export function useCreateTarget() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: createTarget, onSuccess });
}

export function useUpdateTarget() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateTargetInput }) => updateTarget(id, input),
    onSuccess,
  });
}

export function useDeleteTarget() {
  const onSuccess = useInvalidate();
  return useMutation({ mutationFn: deleteTarget, onSuccess });
}

export function useImportTargets() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ file, dryRun, mode }: { file: File; dryRun: boolean; mode: 'valid-rows' | 'all-or-nothing' }) =>
      importTargets(file, { dryRun, mode }),
    onSuccess: (_report, vars) => (vars.dryRun ? undefined : invalidate()),
  });
}
