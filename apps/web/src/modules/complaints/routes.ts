import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const List = lazyPage(() => import('./pages/ComplaintsPage'), 'ComplaintsPage');
const One = lazyPage(() => import('./pages/ComplaintPage'), 'ComplaintPage');
const Map = lazyPage(() => import('./pages/ComplaintsMapPage'), 'ComplaintsMapPage');
const Stats = lazyPage(() => import('./pages/ComplaintStatsPage'), 'ComplaintStatsPage');

/** The complaints pages under /app/complaints; everything needs complaints:read, the steps check their own. */
export const COMPLAINTS_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'complaints',
    children: [
      { index: true, redirect: '/app/complaints/reports' },
      { path: 'reports', page: List, permission: 'complaints:read' },
      { path: 'reports/:id', page: One, permission: 'complaints:read' },
      { path: 'map', page: Map, permission: 'complaints:read' },
      { path: 'stats', page: Stats, permission: 'complaints:read' },
    ],
  },
];
