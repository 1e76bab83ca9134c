import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOrg, fetchOrgs, updateOrg, type CreateOrgInput, type UpdateOrgInput } from '../api';

const ORGS_KEY = ['orgs'] as const;

export function useOrgs(enabled = true) {
  return useQuery({ queryKey: ORGS_KEY, queryFn: fetchOrgs, enabled });
}

export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrgInput) => createOrg(input),
    onSuccess: () => client.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}

export function useUpdateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateOrgInput }) => updateOrg(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}
