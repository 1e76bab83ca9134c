import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Stations = lazyPage(() => import('./pages/StationsPage'), 'StationsPage');
const StationDetail = lazyPage(() => import('./pages/StationDetailPage'), 'StationDetailPage');
const StationMap = lazyPage(() => import('./pages/StationMapPage'), 'StationMapPage');
const Devices = lazyPage(() => import('./pages/DevicesPage'), 'DevicesPage');
const Inspector = lazyPage(() => import('./pages/InspectorPage'), 'InspectorPage');
const Quarantine = lazyPage(() => import('./pages/QuarantinePage'), 'QuarantinePage');
const ObservationImport = lazyPage(() => import('./pages/ObservationImportPage'), 'ObservationImportPage');
const Alerts = lazyPage(() => import('./pages/AlertsPage'), 'AlertsPage');

/** The monitoring pages under /app/monitoring, each behind the permission its API needs. */
export const MONITORING_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'monitoring',
    children: [
      { index: true, redirect: 'stations' },
      { path: 'stations', page: Stations, permission: 'stations:read' },
      { path: 'stations/:code', page: StationDetail, permission: 'stations:read' },
      { path: 'map', page: StationMap, permission: 'stations:read' },
      { path: 'devices', page: Devices, permission: 'devices:read' },
      { path: 'inspector', page: Inspector, permission: 'devices:read' },
      { path: 'quarantine', page: Quarantine, permission: 'quarantine:read' },
      { path: 'import', page: ObservationImport, permission: 'observations:import' },
      { path: 'alerts', page: Alerts, permission: 'alerts:read' },
    ],
  },
];
