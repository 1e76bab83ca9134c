import type { Item } from './types';

/** The value that stands for the top level in the move target picker (no item has this id). */
export const TOP_LEVEL = '__top__';

export type TargetNode = { value: string; title: string; disabled?: boolean; children: TargetNode[] };

const label = (i: Item) => `${i.number}${i.title}`;

/**
 * Where an item may move: the top level, then the plan's items as a tree without the item's own
 * branch (an item cannot go under itself). A parent shown only for context is out of the caller's
 * reach: it is shown, for the shape, but cannot be picked (the server would answer 404).
 */
export function moveTargets(items: readonly Item[], itemId: string, topTitle: string): TargetNode[] {
  const byParent = new Map<string | null, Item[]>();
  for (const i of items) byParent.set(i.parentId, [...(byParent.get(i.parentId) ?? []), i]);
  const known = new Set(items.map((i) => i.id));
  const build = (parentId: string | null): TargetNode[] =>
    (byParent.get(parentId) ?? [])
      .filter((i) => i.id !== itemId)
      .sort((a, b) => a.position - b.position)
      .map((i) => ({
        value: i.id,
        title: label(i),
        ...(i.context ? { disabled: true } : {}),
        children: build(i.id),
      }));
  // Items whose parent the caller does not see at all hang at the top, so none is lost.
  const orphans = items.filter((i) => i.parentId !== null && !known.has(i.parentId)).map((i) => i.parentId);
  const roots = [...build(null), ...[...new Set(orphans)].flatMap((p) => build(p))];
  return [{ value: TOP_LEVEL, title: topTitle, children: [] }, ...roots];
}

/** The siblings an item may absorb: same plan, same parent, in the caller's reach, itself excluded. */
export function mergeCandidates(items: readonly Item[], item: Item): Item[] {
  return items
    .filter((i) => i.id !== item.id && i.planId === item.planId && i.parentId === item.parentId && !i.context)
    .sort((a, b) => a.position - b.position);
}

export const itemLabel = label;
