import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Dashboard = lazyPage(() => import('./pages/AssessmentDashboardPage'), 'AssessmentDashboardPage');
const City = lazyPage(() => import('./pages/AssessmentCityPage'), 'AssessmentCityPage');
const Station = lazyPage(() => import('./pages/AssessmentStationPage'), 'AssessmentStationPage');
const Ranking = lazyPage(() => import('./pages/AssessmentRankingPage'), 'AssessmentRankingPage');
const Water = lazyPage(() => import('./pages/AssessmentWaterPage'), 'AssessmentWaterPage');
const OtherMedia = lazyPage(() => import('./pages/OtherMediaPage'), 'OtherMediaPage');
const Targets = lazyPage(() => import('./pages/AssessmentTargetsPage'), 'AssessmentTargetsPage');
const Bulletins = lazyPage(() => import('./pages/AssessmentBulletinsPage'), 'AssessmentBulletinsPage');
const ApiKeys = lazyPage(() => import('./pages/ApiKeysPage'), 'ApiKeysPage');

const read = 'assessment:read';

/** The assessment pages under /app/assessment; reading needs assessment:read, the keys page apikeys:admin. */
export const ASSESSMENT_ROUTES: readonly ModuleRoute[] = [
  {
    path: 'assessment',
    children: [
      { index: true, page: Dashboard, permission: read },
      { path: 'cities/:regionCode', page: City, permission: read },
      { path: 'stations/:code', page: Station, permission: read },
      { path: 'ranking', page: Ranking, permission: read },
      { path: 'water', page: Water, permission: read },
      { path: 'other-media', page: OtherMedia, permission: read },
      { path: 'targets', page: Targets, permission: read },
      { path: 'bulletins', page: Bulletins, permission: read },
      { path: 'api-keys', page: ApiKeys, permission: 'apikeys:admin' },
    ],
  },
];
