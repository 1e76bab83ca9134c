import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../../lib/locale-context';
import { useOrgs } from '../hooks/useOrgs';
import { buildOrgTree, orgLabel, type OrgTreeNode } from '../org-tree';

type TreeOption = { value: string; title: string; children: TreeOption[] };

function toOptions(nodes: OrgTreeNode[], locale: string): TreeOption[] {
  return nodes.map((n) => ({
    value: n.org.id,
    title: orgLabel(n.org, locale),
    children: toOptions(n.children, locale),
  }));
}

/** Picks one organisation from the caller's scope; a controlled Form input (value / onChange). */
export function OrgSelect({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { locale } = useLocale();
  const orgs = useOrgs();
  const treeData = useMemo(() => toOptions(buildOrgTree(orgs.data?.items ?? []), locale), [orgs.data, locale]);
  return (
    <TreeSelect
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={orgs.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
    />
  );
}
