import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** States of a case whose decision has been made (overdue is shown, not stored, but listed for safety). */
const DECIDED_STATES = ['decided', 'served', 'paid', 'overdue', 'enforced', 'closed'] as const;

/**
 * The decided cases with the day of their decision, newest first: only the columns the portal may show
 * are selected (no facts, no officers, no events' notes), so nothing private can be mapped by mistake.
 */
export function decidedCases(db: Kysely<Database>) {
  return db
    .selectFrom('enforcement_cases as c')
    .innerJoin('enforcement_case_events as e', (j) => j.onRef('e.case_id', '=', 'c.id').on('e.kind', '=', 'decided'))
    .select([
      'c.case_no as caseNo',
      'c.enterprise_id as enterpriseId',
      'c.violation as violation',
      'c.penalty as penalty',
      'c.fine_yuan as fineYuan',
      'c.handling_org_id as handlingOrgId',
      'e.date as decisionDate',
    ])
    .where('c.state', 'in', [...DECIDED_STATES])
    .orderBy('e.date', 'desc')
    .orderBy('c.case_no')
    .execute();
}
