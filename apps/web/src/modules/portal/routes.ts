import { lazyPage } from '../../lib/lazy-page';
import type { ModuleRoute } from '../../lib/web-module';

const Layout = lazyPage(() => import('./components/PortalLayout'), 'PortalLayout');
const Landing = lazyPage(() => import('./pages/LandingPage'), 'LandingPage');
const City = lazyPage(() => import('./pages/PortalCityPage'), 'PortalCityPage');
const Water = lazyPage(() => import('./pages/PortalWaterPage'), 'PortalWaterPage');
const Ranking = lazyPage(() => import('./pages/PortalRankingPage'), 'PortalRankingPage');
const OpenData = lazyPage(() => import('./pages/PortalOpenDataPage'), 'PortalOpenDataPage');
const Inspections = lazyPage(() => import('./pages/PortalInspectionsPage'), 'PortalInspectionsPage');
const Decisions = lazyPage(() => import('./pages/PortalDecisionsPage'), 'PortalDecisionsPage');
const Rectification = lazyPage(() => import('./pages/PortalRectificationPage'), 'PortalRectificationPage');
// The public page the sources module's QR code (一企一码) opens: the sources module's page, in the portal frame.
const Enterprise = lazyPage(() => import('../sources/shared'), 'PortalEnterprisePage');
// The credit module's public pages, in the portal frame: published ratings and disclosure reports; punishment
// records within their publication period and approved repairs (信用信息公示).
const Credit = lazyPage(() => import('../credit/shared'), 'PortalCreditPage');
const CreditRepair = lazyPage(() => import('../credit/shared'), 'PortalCreditRepairPage');
// The complaints module's public report form and tracking page, in the portal frame.
const Report = lazyPage(() => import('../complaints/portal-pages'), 'PortalReportPage');
const Track = lazyPage(() => import('../complaints/portal-pages'), 'PortalTrackPage');

/** The public portal: `/` (air now, the former landing page) and `/portal/…`, inside the portal frame. */
export const PORTAL_ROUTES: readonly ModuleRoute[] = [
  {
    page: Layout,
    children: [
      { path: '/', page: Landing },
      { path: '/portal', redirect: '/' },
      { path: '/portal/cities/:regionCode', page: City },
      { path: '/portal/water', page: Water },
      { path: '/portal/ranking', page: Ranking },
      { path: '/portal/open-data', page: OpenData },
      { path: '/portal/inspections', page: Inspections },
      { path: '/portal/decisions', page: Decisions },
      { path: '/portal/credit', page: Credit },
      { path: '/portal/credit-repair', page: CreditRepair },
      { path: '/portal/rectification', page: Rectification },
      { path: '/portal/enterprises/:uscc', page: Enterprise },
      { path: '/portal/report', page: Report },
      { path: '/portal/track', page: Track },
    ],
  },
];
