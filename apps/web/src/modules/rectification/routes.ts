import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Batches = lazyPage(() => import('./pages/BatchesPage'), 'BatchesPage');
const Problems = lazyPage(() => import('./pages/ProblemsPage'), 'ProblemsPage');
const Problem = lazyPage(() => import('./pages/ProblemPage'), 'ProblemPage');
const Import = lazyPage(() => import('./pages/ImportPage'), 'ImportPage');
const ProblemForm = lazyPage(() => import('./pages/ProblemFormPage'), 'ProblemFormPage');
const Supervision = lazyPage(() => import('./pages/SupervisionPage'), 'SupervisionPage');

/**
 * The ledger's pages under /app/rectification; reading needs rectification:read, the import and the plan form
 * rectification:write; the supervision page reads (issuing and escalating check rectification:supervise).
 */
export const RECTIFICATION_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'rectification',
    children: [
      { index: true, page: Batches, permission: 'rectification:read' },
      { path: 'problems', page: Problems, permission: 'rectification:read' },
      { path: 'problems/new', page: ProblemForm, permission: 'rectification:write' },
      { path: 'problems/:id', page: Problem, permission: 'rectification:read' },
      { path: 'problems/:id/edit', page: ProblemForm, permission: 'rectification:write' },
      { path: 'supervision', page: Supervision, permission: 'rectification:read' },
      { path: 'import', page: Import, permission: 'rectification:write' },
    ],
  },
];
