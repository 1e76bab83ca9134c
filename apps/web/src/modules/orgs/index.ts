/** What other web modules may use from the organisations module. */
export { OrgSelect } from './components/OrgSelect';
export { useOrgs } from './hooks/useOrgs';
export { buildOrgTree, orgLabel, type OrgTreeNode } from './org-tree';
