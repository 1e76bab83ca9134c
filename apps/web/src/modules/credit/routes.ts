import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Runs = lazyPage(() => import('./rating/RatingRunsPage'), 'RatingRunsPage');
const Run = lazyPage(() => import('./rating/RatingRunPage'), 'RatingRunPage');
const Rating = lazyPage(() => import('./rating/RatingPage'), 'RatingPage');
const Mine = lazyPage(() => import('./rating/MyRatingsPage'), 'MyRatingsPage');
const List = lazyPage(() => import('./disclosure/DisclosureListPage'), 'DisclosureListPage');
const Reports = lazyPage(() => import('./disclosure/DisclosureReportsPage'), 'DisclosureReportsPage');
const Annual = lazyPage(() => import('./disclosure/AnnualReportPage'), 'AnnualReportPage');
const RepairRecords = lazyPage(() => import('./repair/RepairRecordsPage'), 'RepairRecordsPage');
const RepairRequests = lazyPage(() => import('./repair/RepairRequestsPage'), 'RepairRequestsPage');

/**
 * The credit pages under /app/credit: officers' paths need credit:read, the enterprise's own (`mine`) the
 * same pages with credit:disclose; the API checks scope and narrows an enterprise to its own either way.
 */
export const CREDIT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'credit',
    children: [
      { index: true, redirect: '/app/credit/ratings' },
      { path: 'ratings', page: Runs, permission: 'credit:read' },
      { path: 'ratings/:id', page: Run, permission: 'credit:read' },
      { path: 'rating/:id', page: Rating },
      { path: 'mine', page: Mine, permission: 'credit:disclose' },
      { path: 'disclosure/list', page: List, permission: 'credit:read' },
      { path: 'disclosure/reports', page: Reports, permission: 'credit:read' },
      { path: 'disclosure/my-reports', page: Reports, permission: 'credit:disclose' },
      { path: 'disclosure/annual/:enterpriseId/:year', page: Annual },
      { path: 'repair/records', page: RepairRecords, permission: 'credit:read' },
      { path: 'repair/requests', page: RepairRequests, permission: 'credit:read' },
      { path: 'repair/mine', page: RepairRecords, permission: 'credit:disclose' },
      { path: 'repair/my-requests', page: RepairRequests, permission: 'credit:disclose' },
    ],
  },
];
