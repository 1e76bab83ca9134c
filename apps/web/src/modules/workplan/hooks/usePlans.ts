import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchPlans, updatePlan } from '../api';
import { createMonthlyRounds, fetchRounds } from '../progress-api';
import { keysAffectedBy, workplanKeys, type WorkplanWrite } from '../query-keys';
import type { AssessmentWeights } from '../types';

export function usePlans() {
  return useQuery({ queryKey: workplanKeys.plans(), queryFn: fetchPlans });
}

export function useRounds(planId: string | undefined) {
  return useQuery({
    queryKey: workplanKeys.rounds(planId),
    queryFn: () => fetchRounds(planId!),
    enabled: Boolean(planId),
  });
}

/** A mutation that, when it succeeds, refreshes the queries its write affects (`keysAffectedBy`), and only those. */
export function useWorkplanMutation<V, R>(fn: (vars: V) => Promise<R>, writeOf: (result: R, vars: V) => WorkplanWrite) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result, vars) =>
      Promise.all(keysAffectedBy(writeOf(result, vars)).map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export function useUpdateWeights() {
  return useWorkplanMutation(
    ({ planId, weights }: { planId: string; weights: AssessmentWeights }) => updatePlan(planId, { weights }),
    (plan) => ({ kind: 'weights', planId: plan.id }),
  );
}

export function useCreateRounds() {
  return useWorkplanMutation(
    (planId: string) => createMonthlyRounds(planId),
    (_, planId) => ({ kind: 'rounds', planId }),
  );
}
