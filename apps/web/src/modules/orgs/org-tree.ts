import type { Org } from '@ecocloud/contracts';

export type OrgTreeNode = { org: Org; children: OrgTreeNode[] };

/**
 * Builds the forest of organisations from parent links. A node whose parent is outside the
 * caller's scope (not in the list) becomes a root, so a city officer sees their city at the top.
 * Siblings are ordered by region code, then name, so the tree reads like the administrative list.
 * A parent cycle (corrupt data) cannot loop: each org is placed once, and orgs caught in a
 * cycle are reported as roots.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const org of orgs) nodes.set(org.id, { org, children: [] });

  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent && !isAncestor(node.org.id, node.org.parentId, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  sortForest(roots);
  return roots;
}

/** True when `id` is found walking up from `startId`: linking would close a cycle. */
function isAncestor(id: string, startId: string | null, nodes: Map<string, OrgTreeNode>): boolean {
  const seen = new Set<string>();
  for (let cur = startId; cur !== null && !seen.has(cur);) {
    if (cur === id) return true;
    seen.add(cur);
    cur = nodes.get(cur)?.org.parentId ?? null;
  }
  return false;
}

function compareOrgs(a: OrgTreeNode, b: OrgTreeNode): number {
  return a.org.regionCode.localeCompare(b.org.regionCode) || a.org.name.localeCompare(b.org.name, 'zh-CN');
}

function sortForest(forest: OrgTreeNode[]): void {
  forest.sort(compareOrgs);
  for (const node of forest) sortForest(node.children);
}

/** The name to show in the current locale: the English name when there is one. */
export function orgLabel(org: Pick<Org, 'name' | 'nameEn'>, locale: string): string {
  return locale === 'en' && org.nameEn ? org.nameEn : org.name;
}
