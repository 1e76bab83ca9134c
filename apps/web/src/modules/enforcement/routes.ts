import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Cases = lazyPage(() => import('./pages/CasesPage'), 'CasesPage');
const Case = lazyPage(() => import('./pages/CasePage'), 'CasePage');
const Plans = lazyPage(() => import('./pages/InspectionPlansPage'), 'InspectionPlansPage');
const Plan = lazyPage(() => import('./pages/InspectionPlanPage'), 'InspectionPlanPage');
const Library = lazyPage(() => import('./pages/InspectionLibraryPage'), 'InspectionLibraryPage');
const Calendar = lazyPage(() => import('./pages/InspectionCalendarPage'), 'InspectionCalendarPage');
const Stats = lazyPage(() => import('./pages/EnforcementStatsPage'), 'EnforcementStatsPage');
const Records = lazyPage(() => import('./records/InspectionRecordsPage'), 'InspectionRecordsPage');
const RecordForm = lazyPage(() => import('./records/InspectionRecordFormPage'), 'InspectionRecordFormPage');
const Record = lazyPage(() => import('./records/InspectionRecordPage'), 'InspectionRecordPage');

/** The enforcement pages under /app/enforcement; everything needs enforcement:read, writes check their own. */
export const ENFORCEMENT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'enforcement',
    children: [
      { index: true, redirect: '/app/enforcement/cases' },
      { path: 'cases', page: Cases, permission: 'enforcement:read' },
      { path: 'cases/:id', page: Case, permission: 'enforcement:read' },
      { path: 'inspections', page: Plans, permission: 'enforcement:read' },
      { path: 'inspections/:id', page: Plan, permission: 'enforcement:read' },
      { path: 'inspection-library', page: Library, permission: 'enforcement:read' },
      { path: 'calendar', page: Calendar, permission: 'enforcement:read' },
      { path: 'stats', page: Stats, permission: 'enforcement:read' },
      { path: 'inspection-records', page: Records, permission: 'enforcement:read' },
      { path: 'inspection-records/new', page: RecordForm, permission: 'enforcement:inspect' },
      { path: 'inspection-records/:id', page: Record, permission: 'enforcement:read' },
    ],
  },
];
