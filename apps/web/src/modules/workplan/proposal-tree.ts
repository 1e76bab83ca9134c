import type { ProposedIndicator, ProposedItem } from './types';

/** A node's address in the proposal: indices from the top level down (`[0, 2]` = third child of the first item). */
export type TreePath = readonly number[];

export function pathKey(path: TreePath): string {
  return path.join('-');
}

/** Applies `fn` to the node at `path` (or removes it when `fn` returns null); a new tree, the input is untouched. */
function updateAt(
  items: readonly ProposedItem[],
  path: TreePath,
  fn: (node: ProposedItem) => ProposedItem | null,
): ProposedItem[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...items];
  return items.flatMap((node, i) => {
    if (i !== head) return [node];
    if (rest.length === 0) {
      const next = fn(node);
      return next === null ? [] : [next];
    }
    return [{ ...node, children: updateAt(node.children, rest, fn) }];
  });
}

export function editNode(
  items: readonly ProposedItem[],
  path: TreePath,
  patch: Partial<Omit<ProposedItem, 'children' | 'indicators'>>,
): ProposedItem[] {
  return updateAt(items, path, (node) => ({ ...node, ...patch }));
}

/** Deletes a node with everything below it. */
export function deleteNode(items: readonly ProposedItem[], path: TreePath): ProposedItem[] {
  return updateAt(items, path, () => null);
}

export function editIndicator(
  items: readonly ProposedItem[],
  path: TreePath,
  index: number,
  patch: Partial<ProposedIndicator>,
): ProposedItem[] {
  return updateAt(items, path, (node) => ({
    ...node,
    indicators: node.indicators.map((ind, i) => (i === index ? { ...ind, ...patch } : ind)),
  }));
}

export function deleteIndicator(items: readonly ProposedItem[], path: TreePath, index: number): ProposedItem[] {
  return updateAt(items, path, (node) => ({ ...node, indicators: node.indicators.filter((_, i) => i !== index) }));
}

/**
 * A new indicator for a person to fill in: at least, target 0, due at the end of the plan year, marked as
 * that default (saved so, it stays marked for checking until someone sets the date).
 */
export function addIndicator(items: readonly ProposedItem[], path: TreePath, year: number): ProposedItem[] {
  const blank: ProposedIndicator = {
    name: '',
    unit: '',
    direction: 'at_least',
    target: 0,
    deadline: `${year}-12-31`,
    deadlineSource: 'default',
    sentence: '',
  };
  return updateAt(items, path, (node) => ({ ...node, indicators: [...node.indicators, blank] }));
}

/** Unit names as typed in one box: split at the Chinese and Latin list separators, blanks dropped. */
export function parseUnitNames(text: string): string[] {
  return text
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Counts nodes and indicators of the (edited) tree, for the summary line. */
export function countTree(items: readonly ProposedItem[]): { items: number; indicators: number } {
  let count = { items: 0, indicators: 0 };
  for (const node of items) {
    const below = countTree(node.children);
    count = {
      items: count.items + 1 + below.items,
      indicators: count.indicators + node.indicators.length + below.indicators,
    };
  }
  return count;
}

/** What a folded node hides: the items and indicators below it, and how many of those items the text dates. */
export function foldSummary(node: ProposedItem): { items: number; indicators: number; dated: number } {
  let sum = { items: 0, indicators: 0, dated: 0 };
  for (const child of node.children) {
    const below = foldSummary(child);
    sum = {
      items: sum.items + 1 + below.items,
      indicators: sum.indicators + child.indicators.length + below.indicators,
      dated: sum.dated + (child.deadlineSource === 'text' ? 1 : 0) + below.dated,
    };
  }
  return sum;
}

/** Plans larger than this open folded: the top-level parts open, each section below them folded. */
const UNFOLDED_MAX_ITEMS = 40;

/**
 * The nodes shown open when a proposal arrives: all of a small plan; of a large one only the
 * top-level parts, so a 200-item plan reads as its sections first and a reviewer opens one at a time.
 */
export function initiallyOpen(items: readonly ProposedItem[]): Set<string> {
  const open = new Set<string>();
  const small = countTree(items).items <= UNFOLDED_MAX_ITEMS;
  const walk = (nodes: readonly ProposedItem[], path: TreePath) =>
    nodes.forEach((node, i) => {
      const p = [...path, i];
      if (node.children.length && (small || p.length === 1)) open.add(pathKey(p));
      if (small) walk(node.children, p);
    });
  walk(items, []);
  return open;
}

/** Every node with children, for "expand all". */
export function allParents(items: readonly ProposedItem[], path: TreePath = []): string[] {
  return items.flatMap((node, i) =>
    node.children.length ? [pathKey([...path, i]), ...allParents(node.children, [...path, i])] : [],
  );
}
