import { describe, expect, it } from 'vitest';
import { APP_MENU, filterMenu, findMenuKey, type MenuNode } from './menu-config';

function keys(nodes: MenuNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'group' ? [n.key, ...n.children.map((c) => c.key)] : [n.key]));
}

describe('filterMenu', () => {
  it('keeps only the links the permissions allow', () => {
    const visible = keys(filterMenu(APP_MENU, ['orgs:read', 'audit:read']));
    expect(visible).toEqual(['home', 'platform', 'orgs', 'audit']);
  });

  it('drops a group left empty', () => {
    const visible = keys(filterMenu(APP_MENU, []));
    expect(visible).toEqual(['home']);
  });

  it('keeps a placeholder for a module not built yet', () => {
    const visible = keys(filterMenu([...APP_MENU, { kind: 'coming', key: 'later', labelKey: 'menu.coming' }], []));
    expect(visible).toEqual(['home', 'later']);
  });

  it('shows the assessment pages to readers and the keys page only with apikeys:admin', () => {
    const reader = keys(filterMenu(APP_MENU, ['assessment:read']));
    expect(reader).toEqual([
      'home',
      'assessment',
      'assessmentDashboard',
      'assessmentRanking',
      'assessmentWater',
      'assessmentOtherMedia',
      'assessmentTargets',
      'assessmentBulletins',
    ]);
    expect(keys(filterMenu(APP_MENU, ['apikeys:admin']))).toEqual(['home', 'assessment', 'apiKeys']);
  });

  it('shows the monitoring entries each permission opens', () => {
    const visible = keys(filterMenu(APP_MENU, ['stations:read', 'alerts:read']));
    expect(visible).toEqual(['home', 'monitoring', 'stations', 'stationMap', 'alerts']);
    const analyst = [
      'stations:read',
      'devices:read',
      'quarantine:read',
      'observations:write',
      'observations:import',
      'alerts:read',
    ];
    expect(keys(filterMenu(APP_MENU, analyst))).toEqual([
      'home',
      'monitoring',
      'stations',
      'stationMap',
      'devices',
      'inspector',
      'quarantine',
      'observationImport',
      'alerts',
    ]);
    // Entering readings does not open the bulk import (the enterprise role, issue #11).
    expect(keys(filterMenu(APP_MENU, ['stations:read', 'observations:write']))).not.toContain('observationImport');
  });

  it('shows everything to a user holding every permission', () => {
    const all = ['orgs:read', 'users:read', 'roles:read', 'audit:read', 'dictionaries:read'];
    expect(keys(filterMenu(APP_MENU, all))).toContain('users');
    expect(keys(filterMenu(APP_MENU, all))).toHaveLength(7); // home, platform + 5 (assessment and work plan need their own permissions)
  });
});

describe('findMenuKey', () => {
  it('prefers the longest matching path', () => {
    expect(findMenuKey(APP_MENU, '/app/users')).toBe('users');
    expect(findMenuKey(APP_MENU, '/app')).toBe('home');
    expect(findMenuKey(APP_MENU, '/app/password')).toBe('home');
    expect(findMenuKey(APP_MENU, '/elsewhere')).toBeUndefined();
    expect(findMenuKey(APP_MENU, '/app/monitoring/stations/GX-A-450100-1')).toBe('stations');
    expect(findMenuKey(APP_MENU, '/app/assessment/cities/450100')).toBe('assessmentDashboard');
    expect(findMenuKey(APP_MENU, '/app/assessment/ranking')).toBe('assessmentRanking');
  });
});
