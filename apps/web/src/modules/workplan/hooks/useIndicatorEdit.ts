import type { IndicatorInput, UpdateIndicatorBody } from '@ecocloud/contracts';
import { addIndicator, deleteIndicator, updateIndicator } from '../indicator-api';
import { useWorkplanMutation } from './usePlans';

/** Adds, edits and deletes an item's indicators; the plan's views (statuses, latest values) refresh. */
export function useAddIndicator(itemId: string, planId: string) {
  return useWorkplanMutation(
    (input: IndicatorInput) => addIndicator(itemId, input),
    () => ({ kind: 'edit', planId }),
  );
}

export function useUpdateIndicator(planId: string) {
  return useWorkplanMutation(
    ({ id, patch }: { id: string; patch: UpdateIndicatorBody }) => updateIndicator(id, patch),
    () => ({ kind: 'edit', planId }),
  );
}

export function useDeleteIndicator(planId: string) {
  return useWorkplanMutation(
    (id: string) => deleteIndicator(id),
    () => ({ kind: 'edit', planId }),
  );
}
