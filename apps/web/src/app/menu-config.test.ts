import { describe, expect, it } from 'vitest';
import { APP_MENU, filterMenu, findMenuKey, type MenuNode } from './menu-config';

function keys(nodes: MenuNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'group' ? [n.key, ...n.children.map((c) => c.key)] : [n.key]));
}

describe('filterMenu', () => {
  it('keeps only the links the permissions allow', () => {
    const visible = keys(filterMenu(APP_MENU, ['orgs:read', 'audit:read']));
    expect(visible).toEqual(['home', 'platform', 'orgs', 'audit', 'monitoring', 'assessment', 'workplan']);
  });

  it('drops a group left empty but keeps the coming-soon placeholders', () => {
    const visible = keys(filterMenu(APP_MENU, []));
    expect(visible).toEqual(['home', 'monitoring', 'assessment', 'workplan']);
  });

  it('shows everything to a user holding every permission', () => {
    const all = ['orgs:read', 'users:read', 'roles:read', 'audit:read', 'dictionaries:read'];
    expect(keys(filterMenu(APP_MENU, all))).toContain('users');
    expect(keys(filterMenu(APP_MENU, all))).toHaveLength(10);
  });
});

describe('findMenuKey', () => {
  it('prefers the longest matching path', () => {
    expect(findMenuKey(APP_MENU, '/app/users')).toBe('users');
    expect(findMenuKey(APP_MENU, '/app')).toBe('home');
    expect(findMenuKey(APP_MENU, '/app/password')).toBe('home');
    expect(findMenuKey(APP_MENU, '/elsewhere')).toBeUndefined();
  });
});
