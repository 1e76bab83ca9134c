import type { Kysely } from 'kysely';
import type { CaseSummary } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import { casesOf, eventsOf } from '../cases/cases.repository';
import { VIOLATION_TEXT } from '../documents/violation-text';

/** A decided case as the credit module reads it: the decision and the enterprise's duties after it. */
export type DecidedCaseForCredit = {
  caseId: string;
  caseNo: string;
  enterpriseId: string;
  violation: string;
  violationText: string;
  /** The fine of the decision (the decided event's, else the case's), null without one. */
  fineYuan: number | null;
  authority: string;
  decisionDate: string;
  referredToPolice: boolean;
  /** The day of the payment event, null while unpaid. */
  paidOn: string | null;
  /** A correction order was made or served. */
  correctionOrdered: boolean;
  /** The first re-inspection that found the act corrected. */
  correctedOn: string | null;
};

/**
 * The decided cases of the given enterprises (scope is the caller's, through the register), newest decision
 * first; `caseIds` narrows. Read-only, for the credit module's punishment records and repair duties.
 */
export async function decidedCasesForCredit(
  db: Kysely<Database>,
  enterpriseIds: readonly string[],
  caseIds?: readonly string[],
): Promise<DecidedCaseForCredit[]> {
  let cases = await casesOf(db, enterpriseIds);
  if (caseIds) cases = cases.filter((c) => caseIds.includes(c.id));
  const events = await eventsOf(
    db,
    cases.map((c) => c.id),
  );
  const orgs = await orgsByIds(
    db,
    cases.map((c) => c.handling_org_id),
  );
  const out: DecidedCaseForCredit[] = [];
  for (const c of cases) {
    const own = events.filter((e) => e.case_id === c.id);
    const decided = own.find((e) => e.kind === 'decided');
    if (!decided) continue;
    const stored = (JSON.parse(decided.data) as { fineYuan?: number | null }).fineYuan ?? c.fine_yuan;
    const corrected = own.find(
      (e) => e.kind === 'reinspected' && (JSON.parse(e.data) as { finding?: string }).finding === 'corrected',
    );
    out.push({
      caseId: c.id,
      caseNo: c.case_no,
      enterpriseId: c.enterprise_id,
      violation: c.violation,
      violationText: VIOLATION_TEXT[c.violation as CaseSummary['violation']] ?? c.violation,
      fineYuan: stored === null || stored === undefined ? null : Number(stored),
      authority: orgs.get(c.handling_org_id)?.name ?? '',
      decisionDate: decided.date,
      referredToPolice: own.some((e) => e.kind === 'referred_to_police'),
      paidOn: own.find((e) => e.kind === 'paid')?.date ?? null,
      correctionOrdered: own.some((e) => e.kind === 'correction_order_made' || e.kind === 'correction_order_served'),
      correctedOn: corrected?.date ?? null,
    });
  }
  return out.sort((a, b) => b.decisionDate.localeCompare(a.decisionDate) || a.caseNo.localeCompare(b.caseNo));
}
