import type { AnyPermission } from '@ecocloud/contracts';

/** A permission code from the contracts' closed lists: a mistyped one does not compile. */
type MenuPermission = AnyPermission;
/**
 * A menu entry that opens a page; `permission` hides it from users who lack it. `hideFor` hides it
 * from users who have `has` but lack `lacks` (or have `has`, when `lacks` is absent): an enterprise
 * user (who may report but not write) does not need the register's tools, a writer does not need the
 * enterprise's own page.
 */
export type MenuLink = {
  kind: 'link';
  key: string;
  path: string;
  labelKey: string;
  permission?: MenuPermission;
  hideFor?: { has: MenuPermission; lacks?: MenuPermission };
};
/** A group of links; it disappears when none of its links is left. */
export type MenuGroup = { kind: 'group'; key: string; labelKey: string; children: MenuLink[] };
/** A module that is not built yet: shown disabled with a "coming" tag so users see the road map. */
type MenuPlaceholder = { kind: 'coming'; key: string; labelKey: string };
export type MenuNode = MenuLink | MenuGroup | MenuPlaceholder;

/**
 * The platform group (organisations, users, roles, audit, dictionaries) is shared: each platform
 * module puts its link in it, and the shell merges the groups of one key into one.
 */
export function inPlatformGroup(...children: MenuLink[]): MenuGroup {
  return { kind: 'group', key: 'platform', labelKey: 'menu.platform', children };
}

function isAllowed(link: MenuLink, granted: ReadonlySet<string>): boolean {
  if (link.permission !== undefined && !granted.has(link.permission)) return false;
  const hide = link.hideFor;
  return !(hide && granted.has(hide.has) && (hide.lacks === undefined || !granted.has(hide.lacks)));
}

/**
 * The menu as this user may see it: links without the required permission are dropped, and
 * groups left empty are dropped with them. Hiding is a courtesy; the API enforces access.
 */
export function filterMenu(nodes: readonly MenuNode[], permissions: readonly string[]): MenuNode[] {
  const granted = new Set(permissions);
  const visible: MenuNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'link') {
      if (isAllowed(node, granted)) visible.push(node);
    } else if (node.kind === 'group') {
      const children = node.children.filter((child) => isAllowed(child, granted));
      if (children.length > 0) visible.push({ ...node, children });
    } else {
      visible.push(node);
    }
  }
  return visible;
}

/** The menu key of the page at `pathname`: the longest link path that prefixes it. */
export function findMenuKey(nodes: readonly MenuNode[], pathname: string): string | undefined {
  const links = nodes.flatMap((n) => (n.kind === 'link' ? [n] : n.kind === 'group' ? n.children : []));
  const matches = links.filter((l) => pathname === l.path || pathname.startsWith(`${l.path}/`));
  matches.sort((a, b) => b.path.length - a.path.length);
  return matches[0]?.key;
}

/**
 * Where the page at `pathname` sits in the menu: its group (if any), its link, and whether it is a
 * page below the link (an item's detail under the board). The sidebar opens the group; the
 * breadcrumb reads 首页 › group › link › detail.
 */
export function findMenuTrail(
  nodes: readonly MenuNode[],
  pathname: string,
): { group?: MenuGroup; link: MenuLink; isDetail: boolean } | undefined {
  const key = findMenuKey(nodes, pathname);
  if (!key) return undefined;
  for (const node of nodes) {
    if (node.kind === 'link' && node.key === key) return { link: node, isDetail: pathname !== node.path };
    if (node.kind === 'group') {
      const link = node.children.find((c) => c.key === key);
      if (link) return { group: node, link, isDetail: pathname !== link.path };
    }
  }
  return undefined;
}
