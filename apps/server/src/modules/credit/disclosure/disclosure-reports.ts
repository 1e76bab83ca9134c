import type { DisclosureReportRow } from '@ecocloud/contracts';
import { loadCalendar } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { sourcesReads } from '../../sources';
import { disclosureEvents } from './disclosure-events';
import { allLists, reportsOf, unitsOf } from './disclosure.repository';
import { reportItems } from './report-items';

/**
 * The reports the given enterprises owe for the list years asked, seen on `on`: built from the units on the
 * lists, the events of the record and what was filed. The caller has applied scope to `enterprises`.
 */
export async function reportRows(
  deps: ServiceDeps,
  enterprises: readonly sourcesReads.EnterpriseInReach[],
  years: readonly number[],
  on: string,
): Promise<DisclosureReportRow[]> {
  const ids = enterprises.map((e) => e.id);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const units = (await unitsOf(deps.db, years, ids)).flatMap((u) => {
    const e = byId.get(u.enterprise_id);
    return e ? [{ enterpriseId: e.id, enterpriseName: e.name, uscc: e.uscc, year: u.year }] : [];
  });
  if (units.length === 0) return [];
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const [events, filed, lists, cal] = await Promise.all([
    disclosureEvents(deps, [...new Set(units.map((u) => u.enterpriseId))], `${minYear}-01-01`, `${maxYear}-12-31`),
    reportsOf(deps.db, ids),
    allLists(deps.db),
    loadCalendar(deps.db),
  ]);
  // The list's publication (§20) is the day it was fixed; the earliest region's list of the year decides.
  const publishedOn = new Map<number, string | null>();
  for (const l of lists) if (l.fixed_on && !publishedOn.get(l.year)) publishedOn.set(l.year, l.fixed_on);
  return reportItems(
    units,
    events,
    filed.map((f) => ({
      enterpriseId: f.enterprise_id,
      kind: f.kind,
      year: f.year,
      eventRef: f.event_ref,
      filedOn: f.filed_on,
    })),
    publishedOn,
    cal,
    on,
  );
}
