import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createPlan, fetchPlans, updatePlan } from '../api';
import { createMonthlyRounds, fetchRounds } from '../progress-api';
import type { AssessmentWeights } from '../types';

/** Every work plan query starts with this key, so one invalidation refreshes the module. */
export const WORKPLAN_KEY = ['workplan'] as const;

export function usePlans() {
  return useQuery({ queryKey: [...WORKPLAN_KEY, 'plans'], queryFn: fetchPlans });
}

export function useRounds(planId: string | undefined) {
  return useQuery({
    queryKey: [...WORKPLAN_KEY, 'rounds', planId],
    queryFn: () => fetchRounds(planId!),
    enabled: Boolean(planId),
  });
}

/** A mutation that refreshes every work plan query when it succeeds. */
export function useWorkplanMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: WORKPLAN_KEY }) });
}

export function useCreatePlan() {
  return useWorkplanMutation(createPlan);
}

export function useUpdateWeights() {
  return useWorkplanMutation(({ planId, weights }: { planId: string; weights: AssessmentWeights }) =>
    updatePlan(planId, { weights }),
  );
}

export function useCreateRounds() {
  return useWorkplanMutation((planId: string) => createMonthlyRounds(planId));
}
