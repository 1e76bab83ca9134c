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

type Single = { mode?: undefined; value?: string; onChange?: (id: string) => void };
/** Several organisations: picking a parent picks only it, not the organisations below it. */
type Multiple = { mode: 'multiple'; value?: string[]; onChange?: (ids: string[]) => void };
type OrgSelectProps = (Single | Multiple) & { 'data-testid'?: string; placeholder?: string };

/** Picks one organisation (or several, `mode="multiple"`) from the caller's scope; a controlled Form input. */
export function OrgSelect(props: OrgSelectProps) {
  const { locale } = useLocale();
  const orgs = useOrgs();
  const treeData = useMemo(() => toOptions(buildOrgTree(orgs.data?.items ?? []), locale), [orgs.data, locale]);
  const common = {
    treeData,
    loading: orgs.isPending,
    showSearch: { treeNodeFilterProp: 'title' },
    treeDefaultExpandAll: true,
    'data-testid': props['data-testid'],
    placeholder: props.placeholder,
  };
  return props.mode === 'multiple' ? (
    <TreeSelect<string[]> {...common} multiple value={props.value} onChange={props.onChange} />
  ) : (
    <TreeSelect<string> {...common} value={props.value} onChange={props.onChange} />
  );
}
