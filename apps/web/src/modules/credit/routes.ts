import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const RepairRecords = lazyPage(() => import('./repair/RepairRecordsPage'), 'RepairRecordsPage');
const RepairRequests = lazyPage(() => import('./repair/RepairRequestsPage'), 'RepairRequestsPage');

/** The credit pages under /app/credit; reads need credit:read or credit:disclose (the API checks which). */
export const CREDIT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'credit',
    children: [
      { index: true, redirect: '/app/credit/repair/records' },
      { path: 'repair/records', page: RepairRecords },
      { path: 'repair/requests', page: RepairRequests },
    ],
  },
];
