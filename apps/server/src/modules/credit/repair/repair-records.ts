import type { Insertable } from 'kysely';
import { repairPeriods, type PunishmentClass } from '@ecocloud/standards';
import type { DecidedCase } from '../../enforcement';
import type { CreditPunishmentRecordsTable } from './repair.tables';

/** The stored columns a class and decision day give (periods by the regime on the decision day). */
export function periodColumns(punishmentClass: PunishmentClass, decisionDate: string) {
  const p = repairPeriods({ punishmentClass, decisionDate });
  return {
    punishment_class: punishmentClass,
    regime_id: p.regime.id,
    periods: JSON.stringify(p),
    published: p.published ? 1 : 0,
    earliest_repair_date: p.earliestRepairDate,
    removal_date: p.automaticRemovalDate,
  };
}

/** A record row for a decided case (the service and the demo build it the same way). */
export function recordOfCase(
  c: DecidedCase,
  o: {
    id: string;
    punishmentClass: PunishmentClass;
    classSource: 'default' | 'officer';
    by: string | null;
    now: string;
  },
): Insertable<CreditPunishmentRecordsTable> {
  return {
    id: o.id,
    enterprise_id: c.enterpriseId,
    case_id: c.caseId,
    decision_no: c.caseNo,
    violation_text: c.violationText,
    fine_yuan: c.fineYuan,
    authority: c.authority,
    class_source: o.classSource,
    decision_date: c.decisionDate,
    ...periodColumns(o.punishmentClass, c.decisionDate),
    repaired_on: null,
    created_by: o.by,
    created_at: o.now,
    updated_at: o.now,
  };
}
