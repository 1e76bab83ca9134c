import type { TemporaryEvent } from '@ecocloud/standards';
import type { ServiceDeps } from '../../../platform/service-deps';
import { decidedCases } from '../../enforcement';
import { sourcesReads } from '../../sources';
import type { DisclosureEvent } from './report-items';

const PERMIT_EVENTS: Record<string, TemporaryEvent> = {
  granted: 'permit_granted',
  changed: 'permit_changed',
  renewed: 'permit_renewed',
  revoked: 'permit_revoked',
};

/**
 * The events of the record that need a temporary report (§17), detected for the enterprises over [from, to]:
 * a penalty decision (received on the day it was served, else decided) and a permit granted, changed, renewed
 * or revoked (on the event's day). Detention, criminal liability and compensation agreements are not in the
 * record: the enterprise files them and an officer sees them filed.
 */
export async function disclosureEvents(
  deps: ServiceDeps,
  enterpriseIds: readonly string[],
  from: string,
  to: string,
): Promise<DisclosureEvent[]> {
  const wanted = new Set(enterpriseIds);
  const [cases, permitEvents] = await Promise.all([
    decidedCases(deps.db, enterpriseIds, { from, to }),
    sourcesReads.permitEventsOfEnterprises(deps.db),
  ]);
  const events: DisclosureEvent[] = cases.map((c) => ({
    enterpriseId: c.enterpriseId,
    ref: `penalty:${c.caseId}`,
    event: 'penalty',
    receivedOn: c.servedOn ?? c.decisionDate,
    label: c.caseNo,
  }));
  for (const p of permitEvents) {
    const event = PERMIT_EVENTS[p.kind];
    if (!event || !wanted.has(p.enterpriseId) || p.eventDate < from || p.eventDate > to) continue;
    events.push({
      enterpriseId: p.enterpriseId,
      ref: `permit:${p.permitId}:${p.kind}:${p.eventDate}`,
      event,
      receivedOn: p.eventDate,
      label: p.permitNo,
    });
  }
  return events;
}
