import { OpenDataCard } from '../../modules/portal/components/OpenDataCard';

/** /portal/open-data — the open-data routes and the link to the API documentation. */
export function PortalOpenDataPage() {
  return <OpenDataCard />;
}
