import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Runs = lazyPage(() => import('./rating/RatingRunsPage'), 'RatingRunsPage');
const Run = lazyPage(() => import('./rating/RatingRunPage'), 'RatingRunPage');
const Rating = lazyPage(() => import('./rating/RatingPage'), 'RatingPage');
const Mine = lazyPage(() => import('./rating/MyRatingsPage'), 'MyRatingsPage');
const List = lazyPage(() => import('./disclosure/DisclosureListPage'), 'DisclosureListPage');
const Reports = lazyPage(() => import('./disclosure/DisclosureReportsPage'), 'DisclosureReportsPage');
const Annual = lazyPage(() => import('./disclosure/AnnualReportPage'), 'AnnualReportPage');

/** The rating and disclosure pages under /app/credit; the API checks scope and permissions either way. */
export const CREDIT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'credit',
    children: [
      { path: 'ratings', page: Runs, permission: 'credit:read' },
      { path: 'ratings/:id', page: Run, permission: 'credit:read' },
      { path: 'rating/:id', page: Rating },
      { path: 'mine', page: Mine, permission: 'credit:disclose' },
      { path: 'disclosure/list', page: List },
      { path: 'disclosure/reports', page: Reports },
      { path: 'disclosure/annual/:enterpriseId/:year', page: Annual },
    ],
  },
];
