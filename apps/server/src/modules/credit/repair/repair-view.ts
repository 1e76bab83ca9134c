import type { PunishmentRecord, RepairDuty, RepairRequest } from '@ecocloud/contracts';
import { publicationStateOn, type PunishmentClass, type RepairPeriods } from '@ecocloud/standards';
import type { DecidedCase } from '../../enforcement';
import type { sourcesReads } from '../../sources';
import type { RecordRow, RequestRow } from './repair.repository';

/**
 * The duties a repair needs (regulation.md §4.2: repair once the duties are met), read from the enforcement
 * case: the fine paid (its payment event), the correction verified (a re-inspection finding it corrected)
 * where a correction order was made. A record entered by hand has no case: `outside`, the reviewer checks.
 */
export function dutiesOf(c: DecidedCase | null | undefined, handRecord: boolean): RepairDuty[] {
  if (handRecord || !c)
    return [
      { duty: 'fine_paid', state: 'outside', on: null },
      { duty: 'correction_verified', state: 'outside', on: null },
    ];
  return [
    c.fineYuan && c.fineYuan > 0
      ? { duty: 'fine_paid', state: c.paidOn ? 'met' : 'unmet', on: c.paidOn }
      : { duty: 'fine_paid', state: 'not_required', on: null },
    c.correctionOrdered
      ? { duty: 'correction_verified', state: c.correctedOn ? 'met' : 'unmet', on: c.correctedOn }
      : { duty: 'correction_verified', state: 'not_required', on: null },
  ];
}

export const dutiesMet = (duties: readonly RepairDuty[]) => duties.every((d) => d.state !== 'unmet');

export const periodsOf = (r: RecordRow) => JSON.parse(r.periods) as RepairPeriods;

/** The record as the API shows it; `state` on `today`, computed (removal at the maximum needs no job). */
export function toRecord(
  r: RecordRow,
  e: sourcesReads.EnterpriseInReach,
  today: string,
  duties: RepairDuty[],
): PunishmentRecord {
  const p = periodsOf(r);
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: e.name,
    uscc: e.uscc,
    caseId: r.case_id,
    decisionNo: r.decision_no,
    violationText: r.violation_text,
    fineYuan: r.fine_yuan === null ? null : Number(r.fine_yuan),
    authority: r.authority,
    punishmentClass: r.punishment_class as PunishmentClass,
    classSource: r.class_source as 'default' | 'officer',
    decisionDate: r.decision_date,
    regimeId: r.regime_id,
    rule: p.rule,
    unverified: p.unverified,
    published: p.published,
    publicationStart: p.publicationStart,
    minimumEnds: p.minimumEnds,
    earliestRepairDate: p.earliestRepairDate,
    maximumEnds: p.maximumEnds,
    automaticRemovalDate: p.automaticRemovalDate,
    repairedOn: r.repaired_on,
    state: publicationStateOn(p, today, r.repaired_on),
    duties,
    createdAt: r.created_at,
  };
}

export function toRequest(
  q: RequestRow,
  record: RecordRow,
  e: sourcesReads.EnterpriseInReach,
  liveDuties: RepairDuty[],
): RepairRequest {
  const duties = q.state === 'pending' ? liveDuties : (JSON.parse(q.duties) as RepairDuty[]);
  return {
    id: q.id,
    recordId: q.record_id,
    enterpriseId: q.enterprise_id,
    enterpriseName: e.name,
    decisionNo: record.decision_no,
    state: q.state as RepairRequest['state'],
    requestedOn: q.requested_on,
    filedBy: q.filed_by as RepairRequest['filedBy'],
    statement: q.statement,
    duties,
    dutiesMet: dutiesMet(duties),
    decidedOn: q.decided_on,
    reason: q.reason,
    createdAt: q.created_at,
  };
}
