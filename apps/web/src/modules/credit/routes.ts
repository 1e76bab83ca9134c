import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const RepairRecords = lazyPage(() => import('./repair/RepairRecordsPage'), 'RepairRecordsPage');
const RepairRequests = lazyPage(() => import('./repair/RepairRequestsPage'), 'RepairRequestsPage');

/**
 * The credit pages under /app/credit: officers' paths need credit:read, the enterprise's own (`mine`) the
 * same pages with credit:disclose (the API narrows them to its own enterprise).
 */
export const CREDIT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'credit',
    children: [
      { index: true, redirect: '/app/credit/repair/records' },
      { path: 'repair/records', page: RepairRecords, permission: 'credit:read' },
      { path: 'repair/requests', page: RepairRequests, permission: 'credit:read' },
      { path: 'repair/mine', page: RepairRecords, permission: 'credit:disclose' },
      { path: 'repair/my-requests', page: RepairRequests, permission: 'credit:disclose' },
    ],
  },
];
