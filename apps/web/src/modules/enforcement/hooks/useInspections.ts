import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/http';
import {
  createPlan,
  fetchInspectionObjects,
  fetchInspectors,
  fetchPlan,
  fetchPlans,
  publishPlan,
  putInspectionObject,
  putInspector,
  verifyPlan,
  type PutInspectorInput,
  type PutObjectInput,
} from '../inspections-api';
import { enforcementKeys } from '../query-keys';

export function useInspectionObjects(regionCode?: string) {
  return useQuery({
    queryKey: enforcementKeys.inspectionObjects(regionCode),
    queryFn: () => fetchInspectionObjects(regionCode),
    placeholderData: keepPreviousData,
  });
}

export function useInspectors() {
  return useQuery({ queryKey: enforcementKeys.inspectors(), queryFn: fetchInspectors });
}

export function usePlans() {
  return useQuery({ queryKey: enforcementKeys.plans(), queryFn: fetchPlans });
}

/** One plan; a 404 (gone, or outside the scope) is worded by the page, not a toast. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: enforcementKeys.plan(id),
    queryFn: () => fetchPlan(id),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
    meta: { silent: true },
  });
}

/** The writes: the form or page that sent one words a refusal, so no toast (meta.silent). */
export function useSaveObject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ enterpriseId, body }: { enterpriseId: string; body: PutObjectInput }) =>
      putInspectionObject(enterpriseId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: enforcementKeys.inspectionObjects().slice(0, 2) }),
    meta: { silent: true },
  });
}

export function useSaveInspector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: PutInspectorInput }) => putInspector(userId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: enforcementKeys.inspectors() }),
    meta: { silent: true },
  });
}

export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      client.setQueryData(enforcementKeys.plan(plan.id), plan);
      return client.invalidateQueries({ queryKey: enforcementKeys.plans() });
    },
    meta: { silent: true },
  });
}

export function usePublishPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => publishPlan(id),
    onSuccess: (plan) => {
      client.setQueryData(enforcementKeys.plan(id), plan);
      return client.invalidateQueries({ queryKey: enforcementKeys.plans() });
    },
    meta: { silent: true },
  });
}

export function useVerifyPlan(id: string) {
  return useMutation({ mutationFn: () => verifyPlan(id), meta: { silent: true } });
}
