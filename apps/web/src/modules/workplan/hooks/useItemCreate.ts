import { createItem, type CreateItemBody } from '../api';
import { useWorkplanMutation } from './usePlans';

/** Adds one item to a plan (新增事项); the plan's views (board, item lists, the parent's children) refresh. */
export function useCreateItem(planId: string) {
  return useWorkplanMutation(
    (body: CreateItemBody) => createItem(planId, body),
    (item) => ({ kind: 'edit', planId: item.planId }),
  );
}
