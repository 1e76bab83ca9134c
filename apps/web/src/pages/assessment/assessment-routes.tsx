import type { AssessmentPermission } from '@ecocloud/contracts';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { Spin } from 'antd';
import { RequirePermission } from '../../app/RequirePermission';

/** A named export loaded on first visit: each assessment page becomes its own chunk. */
function lazyNamed<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const Dashboard = lazyNamed(() => import('./AssessmentDashboardPage'), 'AssessmentDashboardPage');
const City = lazyNamed(() => import('./AssessmentCityPage'), 'AssessmentCityPage');
const Station = lazyNamed(() => import('./AssessmentStationPage'), 'AssessmentStationPage');
const Ranking = lazyNamed(() => import('./AssessmentRankingPage'), 'AssessmentRankingPage');
const Water = lazyNamed(() => import('./AssessmentWaterPage'), 'AssessmentWaterPage');
const OtherMedia = lazyNamed(() => import('./OtherMediaPage'), 'OtherMediaPage');
const Targets = lazyNamed(() => import('./AssessmentTargetsPage'), 'AssessmentTargetsPage');
const Bulletins = lazyNamed(() => import('./AssessmentBulletinsPage'), 'AssessmentBulletinsPage');
const ApiKeys = lazyNamed(() => import('./ApiKeysPage'), 'ApiKeysPage');

function guard(permission: AssessmentPermission, page: ReactNode) {
  return (
    <RequirePermission permission={permission}>
      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{page}</Suspense>
    </RequirePermission>
  );
}

/** The assessment routes under /app, as a `<Route>` tree (called as a function, like workplanRoutes). */
export function assessmentRoutes() {
  return (
    <Route path="assessment">
      <Route index element={guard('assessment:read', <Dashboard />)} />
      <Route path="cities/:regionCode" element={guard('assessment:read', <City />)} />
      <Route path="stations/:code" element={guard('assessment:read', <Station />)} />
      <Route path="ranking" element={guard('assessment:read', <Ranking />)} />
      <Route path="water" element={guard('assessment:read', <Water />)} />
      <Route path="other-media" element={guard('assessment:read', <OtherMedia />)} />
      <Route path="targets" element={guard('assessment:read', <Targets />)} />
      <Route path="bulletins" element={guard('assessment:read', <Bulletins />)} />
      <Route path="api-keys" element={guard('apikeys:admin', <ApiKeys />)} />
    </Route>
  );
}
