import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Leads = lazyPage(() => import('./pages/LeadsPage'), 'LeadsPage');
const Outlet = lazyPage(() => import('./pages/OutletCompliancePage'), 'OutletCompliancePage');
const Stats = lazyPage(() => import('./pages/StatsPage'), 'StatsPage');
const Settings = lazyPage(() => import('./pages/SettingsPage'), 'SettingsPage');

const read = 'compliance:read';

/** The compliance pages under /app/compliance; the settings need compliance:settings. */
export const COMPLIANCE_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'compliance',
    children: [
      { index: true, redirect: '/app/compliance/leads' },
      { path: 'leads', page: Leads, permission: read },
      { path: 'outlets/:outletId', page: Outlet, permission: read },
      { path: 'stats', page: Stats, permission: read },
      { path: 'settings', page: Settings, permission: 'compliance:settings' },
    ],
  },
];
