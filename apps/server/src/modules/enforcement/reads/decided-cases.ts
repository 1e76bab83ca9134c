import type { Kysely } from 'kysely';
import type { CaseSummary } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import { casesOf, eventsOf } from '../cases/cases.repository';
import { VIOLATION_TEXT } from '../documents/violation-text';

/**
 * A decided case as the credit module reads it: the decision, its service (the day the enterprise received
 * it: temporary disclosure reports count from it) and the enterprise's duties after it (repair).
 */
export type DecidedCase = {
  caseId: string;
  caseNo: string;
  enterpriseId: string;
  title: string;
  violation: string;
  violationText: string;
  /** The fine of the decision (the decided event's, else the case's), null without one. */
  fineYuan: number | null;
  authority: string;
  decisionDate: string;
  /** The day the decision was served on the party, null before. */
  servedOn: string | null;
  referredToPolice: boolean;
  /** The day of the payment event, null while unpaid. */
  paidOn: string | null;
  /** A correction order was made or served. */
  correctionOrdered: boolean;
  /** The first re-inspection that found the act corrected. */
  correctedOn: string | null;
};

/**
 * The decided cases of the given enterprises (the caller has checked scope, through the register), newest
 * decision first; `caseIds` narrows to those cases, `from`/`to` (inclusive) to decisions of those days.
 * Read-only, for the credit module: punishment records and repair duties, rating facts, disclosure triggers.
 */
export async function decidedCases(
  db: Kysely<Database>,
  enterpriseIds: readonly string[],
  filter: { caseIds?: readonly string[]; from?: string; to?: string } = {},
): Promise<DecidedCase[]> {
  if (enterpriseIds.length === 0) return [];
  const { caseIds, from, to } = filter;
  let cases = await casesOf(db, enterpriseIds);
  if (caseIds) {
    const wanted = new Set(caseIds);
    cases = cases.filter((c) => wanted.has(c.id));
  }
  const events = await eventsOf(
    db,
    cases.map((c) => c.id),
  );
  const orgs = await orgsByIds(
    db,
    cases.map((c) => c.handling_org_id),
  );
  // One pass over the events: the demo's year holds hundreds of cases and thousands of events.
  const eventsByCase = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsByCase.get(e.case_id);
    if (list) list.push(e);
    else eventsByCase.set(e.case_id, [e]);
  }
  const out: DecidedCase[] = [];
  for (const c of cases) {
    const own = eventsByCase.get(c.id) ?? [];
    const decided = own.find((e) => e.kind === 'decided');
    if (!decided || (from !== undefined && decided.date < from) || (to !== undefined && decided.date > to)) continue;
    const stored = (JSON.parse(decided.data) as { fineYuan?: number | null }).fineYuan ?? c.fine_yuan;
    const corrected = own.find(
      (e) => e.kind === 'reinspected' && (JSON.parse(e.data) as { finding?: string }).finding === 'corrected',
    );
    out.push({
      caseId: c.id,
      caseNo: c.case_no,
      enterpriseId: c.enterprise_id,
      title: c.title,
      violation: c.violation,
      violationText: VIOLATION_TEXT[c.violation as CaseSummary['violation']] ?? c.violation,
      fineYuan: stored === null || stored === undefined ? null : Number(stored),
      authority: orgs.get(c.handling_org_id)?.name ?? '',
      decisionDate: decided.date,
      servedOn: own.find((e) => e.kind === 'served')?.date ?? null,
      referredToPolice: own.some((e) => e.kind === 'referred_to_police'),
      paidOn: own.find((e) => e.kind === 'paid')?.date ?? null,
      correctionOrdered: own.some((e) => e.kind === 'correction_order_made' || e.kind === 'correction_order_served'),
      correctedOn: corrected?.date ?? null,
    });
  }
  return out.sort((a, b) => b.decisionDate.localeCompare(a.decisionDate) || a.caseNo.localeCompare(b.caseNo));
}
