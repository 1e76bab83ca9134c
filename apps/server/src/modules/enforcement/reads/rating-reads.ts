import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { casesOf, eventsOf } from '../cases/cases.repository';

/** A decided case as the credit module reads it (rating, disclosure): the decision and service days and the fine. */
export type DecidedCase = {
  caseId: string;
  caseNo: string;
  enterpriseId: string;
  title: string;
  /** The day the decision was made. */
  decidedOn: string;
  /** The day it was served on the party (the day the enterprise "received the document"), null before. */
  servedOn: string | null;
  fineYuan: number;
};

/**
 * The decided cases of the enterprises (the caller has checked scope), decision days in [from, to]. The fine is
 * the decision event's `fineYuan`, else the case's assessed fine.
 */
export async function decidedCasesOf(
  db: Kysely<Database>,
  enterpriseIds: readonly string[],
  from: string,
  to: string,
): Promise<DecidedCase[]> {
  if (enterpriseIds.length === 0) return [];
  const cases = await casesOf(db, enterpriseIds);
  const events = await eventsOf(
    db,
    cases.map((c) => c.id),
  );
  const out: DecidedCase[] = [];
  for (const c of cases) {
    const own = events.filter((e) => e.case_id === c.id);
    const decision = own.find((e) => e.kind === 'decided');
    if (!decision || decision.date < from || decision.date > to) continue;
    const served = own.find((e) => e.kind === 'served');
    const data = JSON.parse(decision.data || '{}') as { fineYuan?: number };
    out.push({
      caseId: c.id,
      caseNo: c.case_no,
      enterpriseId: c.enterprise_id,
      title: c.title,
      decidedOn: decision.date,
      servedOn: served?.date ?? null,
      fineYuan: data.fineYuan ?? c.fine_yuan ?? 0,
    });
  }
  return out.sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.caseId.localeCompare(b.caseId));
}
