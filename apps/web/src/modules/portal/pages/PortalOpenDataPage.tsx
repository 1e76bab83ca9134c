import { OpenDataCard } from '../components/OpenDataCard';

/** /portal/open-data — the open-data routes and the link to the API documentation. */
export function PortalOpenDataPage() {
  return <OpenDataCard />;
}
