import { describe, expect, it } from 'vitest';
import { filterMenu, findMenuKey, inPlatformGroup, type MenuNode } from '../lib/menu';
import type { ModuleRoute, WebModule } from '../lib/web-module';
import { APP_MENU, assembleMenu } from './menu-config';
import { WEB_MODULES } from './web-modules';

function keys(nodes: MenuNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'group' ? [n.key, ...n.children.map((c) => c.key)] : [n.key]));
}

/** A module's pages under /app by full path ("/app/monitoring/stations/:code"), with the permission each needs. */
function pages(routes: readonly ModuleRoute[], parent = '/app'): [string, string | undefined][] {
  return routes.flatMap((r) => {
    const path = r.index || !r.path ? parent : `${parent}/${r.path}`;
    const own: [string, string | undefined][] = r.page ? [[path, r.permission]] : [];
    return [...own, ...pages(r.children ?? [], path)];
  });
}

describe('APP_MENU', () => {
  it('lists every module entry once, in the order of the module list, the platform links in one group', () => {
    expect(keys([...APP_MENU])).toEqual([
      'home',
      'platform',
      'orgs',
      'users',
      'roles',
      'audit',
      'dictionaries',
      'monitoring',
      'stations',
      'stationMap',
      'devices',
      'inspector',
      'quarantine',
      'observationImport',
      'alerts',
      'assessment',
      'assessmentDashboard',
      'assessmentRanking',
      'assessmentWater',
      'assessmentOtherMedia',
      'assessmentTargets',
      'assessmentBulletins',
      'apiKeys',
      'workplan',
      'workplanBoard',
      'workplanMine',
      'workplanOverdue',
      'workplanImport',
      'workplanAssessment',
      'workplanMonthly',
      'workplanCalendar',
      'sources',
      'sourcesEnterprises',
      'sourcesMine',
      'sourcesDue',
      'sourcesReports',
      'sourcesImport',
      'compliance',
      'complianceLeads',
      'complianceStats',
      'complianceSettings',
      'enforcement',
      'enforcementCases',
      'enforcementInspections',
      'enforcementInspectionLibrary',
      'enforcementCalendar',
      'enforcementStats',
      'enforcementInspectionRecords',
      'complaints',
      'complaintsList',
      'complaintsMap',
      'complaintsStats',
      'credit',
      'creditRatings',
      'creditDisclosureList',
      'creditReports',
      'creditRepairRecords',
      'creditRepairRequests',
      'creditMine',
      'creditMyReports',
      'creditOwnRecords',
      'creditOwnRequests',
      'rectification',
      'rectificationBatches',
      'rectificationProblems',
      'rectificationSupervision',
      'rectificationImport',
    ]);
  });

  it('links only to pages a module routes, each behind the permission of its menu entry', () => {
    const permissionOf = new Map(WEB_MODULES.flatMap((m) => pages(m.routes ?? [])));
    const links = APP_MENU.flatMap((n) => (n.kind === 'link' ? [n] : n.kind === 'group' ? n.children : []));
    expect(links.filter((l) => !permissionOf.has(l.path)).map((l) => l.path)).toEqual([]);
    expect(links.filter((l) => permissionOf.get(l.path) !== l.permission).map((l) => l.path)).toEqual([]);
  });

  it('merges groups of one key and keeps the rest as they come', () => {
    const link = (key: string) => ({ kind: 'link', key, path: `/app/${key}`, labelKey: key }) as const;
    const modules: WebModule[] = [
      { name: 'a', menu: [inPlatformGroup(link('a'))] },
      { name: 'b', menu: [link('b')] },
      { name: 'c', menu: [inPlatformGroup(link('c'))] },
    ];
    expect(keys(assembleMenu(modules))).toEqual(['platform', 'a', 'c', 'b']);
  });
});

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
