import type { Org } from '@ecocloud/contracts';
import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../../lib/locale-context';
import { buildOrgTree, orgLabel, type OrgTreeNode } from '../org-tree';

type Props = { orgs: readonly Org[]; selectedId: string | null; onSelect: (org: Org) => void };

function toTreeData(nodes: OrgTreeNode[], locale: string): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.org.id,
    title: orgLabel(n.org, locale),
    children: toTreeData(n.children, locale),
  }));
}

/** The organisations the caller may see, as a tree expanded two levels deep. */
export function OrgTree({ orgs, selectedId, onSelect }: Props) {
  const { locale } = useLocale();
  const forest = useMemo(() => buildOrgTree(orgs), [orgs]);
  const treeData = useMemo(() => toTreeData(forest, locale), [forest, locale]);
  const expanded = useMemo(() => forest.map((n) => n.org.id), [forest]);
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);

  return (
    <Tree
      data-testid="org-tree"
      treeData={treeData}
      defaultExpandedKeys={expanded}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const org = byId.get(String(keys[0]));
        if (org) onSelect(org);
      }}
      blockNode
    />
  );
}
