import { ratingReasons, type RatingFacts, type RatingReason } from '@ecocloud/standards';
import type { ServiceDeps } from '../../../platform/service-deps';
import { substantiatedComplaintsOf } from '../../complaints';
import { complianceRecordOf } from '../../compliance';
import { decidedCases } from '../../enforcement';
import { sourcesReads } from '../../sources';
import { missedDisclosuresOf } from '../disclosure/missed-disclosures';

export type EnterpriseFacts = { facts: RatingFacts; reasons: RatingReason[] };

/**
 * What the record says of each enterprise over the rated year: exceeded hours and confirmed leads
 * (compliance), decided cases and their fines (enforcement), execution reports late or missing (sources),
 * disclosure reports missed or late (this module), complaints substantiated (complaints, by the day of the
 * reply), and the grounds on which the unit must be rated.
 */
export async function factsOfYear(
  deps: ServiceDeps,
  enterprises: readonly { id: string; category: string; keyListYear?: number | null | undefined }[],
  year: number,
  on: string,
): Promise<Map<string, EnterpriseFacts>> {
  const ids = enterprises.map((e) => e.id);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [compliance, cases, reports, permitEvents, missed, complaints] = await Promise.all([
    complianceRecordOf(deps.db, ids, from, to),
    decidedCases(deps.db, ids, { from, to }),
    sourcesReads.executionReportsOn(deps.db, on),
    sourcesReads.permitEventsOfEnterprises(deps.db),
    missedDisclosuresOf(deps, ids, year, on),
    substantiatedComplaintsOf(deps.db, ids, from, to),
  ]);
  const out = new Map<string, EnterpriseFacts>();
  for (const e of enterprises) {
    const own = cases.filter((c) => c.enterpriseId === e.id);
    const c = compliance.get(e.id) ?? { exceededHours: 0, leadsConfirmed: 0 };
    const lateReports = reports.filter(
      (r) =>
        r.enterpriseId === e.id &&
        r.periodKey.startsWith(String(year)) &&
        (r.state === 'late' || r.state === 'missing'),
    ).length;
    const facts: RatingFacts = {
      exceedance_hours: c.exceededHours,
      leads_confirmed: c.leadsConfirmed,
      cases_decided: own.length,
      finesYuan: own.reduce((s, x) => s + (x.fineYuan ?? 0), 0),
      late_reports: lateReports,
      disclosure_missed: missed.get(e.id) ?? 0,
      complaints_substantiated: complaints.get(e.id) ?? 0,
    };
    const reasons = ratingReasons({
      category: e.category,
      keyListYear: e.keyListYear,
      maxFineYuan: Math.max(0, ...own.map((x) => x.fineYuan ?? 0)),
      permitRevoked: permitEvents.some(
        (p) => p.enterpriseId === e.id && p.kind === 'revoked' && p.eventDate.startsWith(String(year)),
      ),
    });
    out.set(e.id, { facts, reasons });
  }
  return out;
}
