import type { DeadlinePermission, WorkplanPermission } from '@ecocloud/contracts';
import type { ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { RequirePermission } from '../../app/RequirePermission';
import { WorkplanAssessmentPage } from './WorkplanAssessmentPage';
import { WorkplanBoardPage } from './WorkplanBoardPage';
import { WorkplanCalendarPage } from './WorkplanCalendarPage';
import { WorkplanImportPage } from './WorkplanImportPage';
import { WorkplanItemPage } from './WorkplanItemPage';
import { WorkplanOverduePage } from './WorkplanOverduePage';
import { WorkplanUnitPage } from './WorkplanUnitPage';

function guard(permission: WorkplanPermission | DeadlinePermission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

/**
 * The work plan's routes under /app, as a `<Route>` tree for AppRoutes to place inside its
 * `<Routes>` (called as a function: react-router reads Route elements, not components).
 */
export function workplanRoutes() {
  return (
    <Route path="workplan">
      <Route index element={guard('workplan:read', <WorkplanBoardPage />)} />
      <Route path="items/:id" element={guard('workplan:read', <WorkplanItemPage />)} />
      <Route path="units" element={guard('workplan:read', <WorkplanUnitPage />)} />
      <Route path="units/:unitId" element={guard('workplan:read', <WorkplanUnitPage />)} />
      <Route path="overdue" element={guard('workplan:read', <WorkplanOverduePage />)} />
      <Route path="import" element={guard('workplan:write', <WorkplanImportPage />)} />
      <Route path="assessment" element={guard('workplan:read', <WorkplanAssessmentPage />)} />
      <Route path="calendar" element={guard('workplan:read', <WorkplanCalendarPage />)} />
    </Route>
  );
}
