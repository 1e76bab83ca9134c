import type { UpdateItemBody } from '@ecocloud/contracts';
import { deleteItem, updateItem } from '../api';
import { useWorkplanMutation } from './usePlans';

/** Edits one item (title, deadline, lead unit …); the plan's views refresh. */
export function useUpdateItem(itemId: string) {
  return useWorkplanMutation(
    (patch: UpdateItemBody) => updateItem(itemId, patch),
    (item) => ({ kind: 'edit', planId: item.planId }),
  );
}

/** Deletes one item with its branch. */
export function useDeleteItem(itemId: string, planId: string) {
  return useWorkplanMutation(
    () => deleteItem(itemId),
    () => ({ kind: 'edit', planId }),
  );
}
