import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Board = lazyPage(() => import('./pages/WorkplanBoardPage'), 'WorkplanBoardPage');
const Item = lazyPage(() => import('./pages/WorkplanItemPage'), 'WorkplanItemPage');
const Unit = lazyPage(() => import('./pages/WorkplanUnitPage'), 'WorkplanUnitPage');
const Overdue = lazyPage(() => import('./pages/WorkplanOverduePage'), 'WorkplanOverduePage');
const Import = lazyPage(() => import('./pages/WorkplanImportPage'), 'WorkplanImportPage');
const Assessment = lazyPage(() => import('./pages/WorkplanAssessmentPage'), 'WorkplanAssessmentPage');
const Calendar = lazyPage(() => import('./pages/WorkplanCalendarPage'), 'WorkplanCalendarPage');
const Monthly = lazyPage(() => import('./pages/WorkplanMonthlyPage'), 'WorkplanMonthlyPage');

const read = 'workplan:read';

/** The work plan's pages under /app/workplan; reading needs workplan:read, the importer workplan:write. */
export const WORKPLAN_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'workplan',
    children: [
      { index: true, page: Board, permission: read },
      { path: 'items/:id', page: Item, permission: read },
      { path: 'units', page: Unit, permission: read },
      { path: 'units/:unitId', page: Unit, permission: read },
      { path: 'overdue', page: Overdue, permission: read },
      { path: 'import', page: Import, permission: 'workplan:write' },
      { path: 'assessment', page: Assessment, permission: read },
      { path: 'calendar', page: Calendar, permission: read },
      { path: 'monthly', page: Monthly, permission: read },
    ],
  },
];
