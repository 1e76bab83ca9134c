import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Enterprises = lazyPage(() => import('./pages/EnterprisesPage'), 'EnterprisesPage');
const Enterprise = lazyPage(() => import('./pages/EnterprisePage'), 'EnterprisePage');
const Mine = lazyPage(() => import('./pages/MyEnterprisePage'), 'MyEnterprisePage');
const Due = lazyPage(() => import('./pages/DuePage'), 'DuePage');
const Reports = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage');
const Import = lazyPage(() => import('./pages/SourcesImportPage'), 'SourcesImportPage');

const read = 'sources:read';

/** The register's pages under /app/sources; the importer needs sources:import, the own-unit page sources:report. */
export const SOURCES_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'sources',
    children: [
      { index: true, redirect: '/app/sources/enterprises' },
      { path: 'enterprises', page: Enterprises, permission: read },
      { path: 'enterprises/:id', page: Enterprise, permission: read },
      { path: 'mine', page: Mine, permission: 'sources:report' },
      { path: 'due', page: Due, permission: read },
      { path: 'reports', page: Reports, permission: read },
      { path: 'import', page: Import, permission: 'sources:import' },
    ],
  },
];
