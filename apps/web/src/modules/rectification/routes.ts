import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Batches = lazyPage(() => import('./pages/BatchesPage'), 'BatchesPage');
const Problems = lazyPage(() => import('./pages/ProblemsPage'), 'ProblemsPage');
const Problem = lazyPage(() => import('./pages/ProblemPage'), 'ProblemPage');
const Import = lazyPage(() => import('./pages/ImportPage'), 'ImportPage');

/** The ledger's pages under /app/rectification; reading needs rectification:read, the import rectification:write. */
export const RECTIFICATION_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'rectification',
    children: [
      { index: true, page: Batches, permission: 'rectification:read' },
      { path: 'problems', page: Problems, permission: 'rectification:read' },
      { path: 'problems/:id', page: Problem, permission: 'rectification:read' },
      { path: 'import', page: Import, permission: 'rectification:write' },
    ],
  },
];
