import type { MergeItemsBody, MoveItemBody, SplitItemBody, UpdateItemBody } from '@ecocloud/contracts';
import { deleteItem, mergeItems, moveItem, splitItem, updateItem } from '../api';
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

/** Moves one item with its branch. */
export function useMoveItem(itemId: string, planId: string) {
  return useWorkplanMutation(
    (body: MoveItemBody) => moveItem(itemId, body),
    () => ({ kind: 'edit', planId }),
  );
}

/** Splits one item into sibling parts. */
export function useSplitItem(itemId: string, planId: string) {
  return useWorkplanMutation(
    (body: SplitItemBody) => splitItem(itemId, body),
    () => ({ kind: 'edit', planId }),
  );
}

/** Merges siblings into one item; their reports and notices move to it. */
export function useMergeItems(itemId: string, planId: string) {
  return useWorkplanMutation(
    (body: MergeItemsBody) => mergeItems(itemId, body),
    () => ({ kind: 'merge', planId, itemId }),
  );
}
