import type { MenuGroup } from '../../lib/menu';

/** Staff pages: hidden from a user who may report but not write (an enterprise user sees only its own). */
const staffOnly = { has: 'sources:report', lacks: 'sources:write' } as const;

/**
 * The pollution-source group (污染源). Staff see the register, what falls due, reports and the
 * importer; an enterprise user (sources:read + sources:report, no write) sees its own unit's page and
 * its reports, not the register's tools.
 */
export const SOURCES_MENU: MenuGroup = {
  kind: 'group',
  key: 'sources',
  labelKey: 'menu.sources',
  children: [
    {
      kind: 'link',
      key: 'sourcesEnterprises',
      path: '/app/sources/enterprises',
      labelKey: 'sources.menu.enterprises',
      permission: 'sources:read',
      hideFor: staffOnly,
    },
    {
      kind: 'link',
      key: 'sourcesMine',
      path: '/app/sources/mine',
      labelKey: 'sources.menu.mine',
      permission: 'sources:report',
      hideFor: { has: 'sources:write' },
    },
    {
      kind: 'link',
      key: 'sourcesDue',
      path: '/app/sources/due',
      labelKey: 'sources.menu.due',
      permission: 'sources:read',
      hideFor: staffOnly,
    },
    {
      kind: 'link',
      key: 'sourcesReports',
      path: '/app/sources/reports',
      labelKey: 'sources.menu.reports',
      permission: 'sources:read',
    },
    {
      kind: 'link',
      key: 'sourcesImport',
      path: '/app/sources/import',
      labelKey: 'sources.menu.import',
      permission: 'sources:import',
    },
  ],
};
