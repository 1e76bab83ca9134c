import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route } from 'react-router-dom';

/** A named export loaded on first visit, so the front page does not carry the other pages. */
function lazyNamed<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const Layout = lazyNamed(() => import('../../modules/portal/components/PortalLayout'), 'PortalLayout');
const Landing = lazyNamed(() => import('../LandingPage'), 'LandingPage');
const City = lazyNamed(() => import('./PortalCityPage'), 'PortalCityPage');
const Water = lazyNamed(() => import('./PortalWaterPage'), 'PortalWaterPage');
const Ranking = lazyNamed(() => import('./PortalRankingPage'), 'PortalRankingPage');
const OpenData = lazyNamed(() => import('./PortalOpenDataPage'), 'PortalOpenDataPage');

function page(node: ReactNode) {
  return <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{node}</Suspense>;
}

/** The public portal: `/` (air now, the former landing page) and `/portal/…`, inside the portal frame. */
export function portalRoutes() {
  return (
    <Route element={page(<Layout />)}>
      <Route path="/" element={page(<Landing />)} />
      <Route path="/portal" element={<Navigate to="/" replace />} />
      <Route path="/portal/cities/:regionCode" element={page(<City />)} />
      <Route path="/portal/water" element={page(<Water />)} />
      <Route path="/portal/ranking" element={page(<Ranking />)} />
      <Route path="/portal/open-data" element={page(<OpenData />)} />
    </Route>
  );
}
