import type { MenuGroup } from '../../lib/menu';

/** The monitoring menu group (监测): stations and their map, devices, the packet inspector, quarantine, import, alerts. */
export const MONITORING_MENU: MenuGroup = {
  kind: 'group',
  key: 'monitoring',
  labelKey: 'menu.monitoring',
  children: [
    {
      kind: 'link',
      key: 'stations',
      path: '/app/monitoring/stations',
      labelKey: 'monitoring.menu.stations',
      permission: 'stations:read',
    },
    {
      kind: 'link',
      key: 'stationMap',
      path: '/app/monitoring/map',
      labelKey: 'monitoring.menu.map',
      permission: 'stations:read',
    },
    {
      kind: 'link',
      key: 'devices',
      path: '/app/monitoring/devices',
      labelKey: 'monitoring.menu.devices',
      permission: 'devices:read',
    },
    {
      kind: 'link',
      key: 'inspector',
      path: '/app/monitoring/inspector',
      labelKey: 'monitoring.menu.inspector',
      permission: 'devices:read',
    },
    {
      kind: 'link',
      key: 'quarantine',
      path: '/app/monitoring/quarantine',
      labelKey: 'monitoring.menu.quarantine',
      permission: 'quarantine:read',
    },
    {
      kind: 'link',
      key: 'observationImport',
      path: '/app/monitoring/import',
      labelKey: 'monitoring.menu.import',
      permission: 'observations:import',
    },
    {
      kind: 'link',
      key: 'alerts',
      path: '/app/monitoring/alerts',
      labelKey: 'monitoring.menu.alerts',
      permission: 'alerts:read',
    },
  ],
};
