import type { z } from 'zod';
import type { PublicCreditQuerySchema, PublicPunishmentRecord, PublicRepairDecision } from '@ecocloud/contracts';
import { publicationStateOn, type PunishmentClass } from '@ecocloud/standards';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { approvedRequests, publishedRecords, recordsOf } from './repair.repository';
import { periodsOf } from './repair-view';

type Query = z.infer<typeof PublicCreditQuerySchema>;

function page<T extends { enterpriseName: string; uscc: string }>(all: T[], q: Query) {
  const text = q.q?.toLowerCase();
  const found = text ? all.filter((d) => [d.enterpriseName, d.uscc].some((f) => f.toLowerCase().includes(text))) : all;
  const start = (q.page - 1) * q.pageSize;
  return { items: found.slice(start, start + q.pageSize), total: found.length };
}

async function enterprisesOf(deps: ServiceDeps, ids: readonly string[]) {
  const list = await sourcesReads.enterprisesInReach(deps.db, null, { ids: [...new Set(ids)] });
  return new Map(list.map((e) => [e.id, e]));
}

/**
 * The records on the credit portal today: published under their regime, before their automatic removal
 * date, not repaired. Field by field: the enterprise (name, credit code), the decision, never persons.
 */
export async function publicRecords(
  deps: ServiceDeps,
  q: Query,
): Promise<{ items: PublicPunishmentRecord[]; total: number }> {
  const day = shanghaiDate(deps.clock.now().toISOString());
  const rows = (await publishedRecords(deps.db)).filter(
    (r) => publicationStateOn(periodsOf(r), day, r.repaired_on) === 'published',
  );
  const enterprises = await enterprisesOf(
    deps,
    rows.map((r) => r.enterprise_id),
  );
  const all = rows.flatMap((r): PublicPunishmentRecord[] => {
    const e = enterprises.get(r.enterprise_id);
    if (!e) return [];
    return [
      {
        enterpriseName: e.name,
        uscc: e.uscc,
        decisionNo: r.decision_no,
        violationText: r.violation_text,
        fineYuan: r.fine_yuan === null ? null : Number(r.fine_yuan),
        authority: r.authority,
        punishmentClass: r.punishment_class as PunishmentClass,
        decisionDate: r.decision_date,
        publicationEnds: periodsOf(r).maximumEnds,
      },
    ];
  });
  return page(all, q);
}

/** Approved repairs (信用修复结果): the enterprise, the decision repaired, the day, the authority. */
export async function publicRepairDecisions(
  deps: ServiceDeps,
  q: Query,
): Promise<{ items: PublicRepairDecision[]; total: number }> {
  const requests = await approvedRequests(deps.db);
  const enterprises = await enterprisesOf(
    deps,
    requests.map((r) => r.enterprise_id),
  );
  const records = new Map((await recordsOf(deps.db, [...enterprises.keys()])).map((r) => [r.id, r]));
  const all = requests.flatMap((r): PublicRepairDecision[] => {
    const e = enterprises.get(r.enterprise_id);
    const record = records.get(r.record_id);
    if (!e || !record || !r.decided_on) return [];
    return [
      {
        enterpriseName: e.name,
        uscc: e.uscc,
        decisionNo: record.decision_no,
        repairedOn: r.decided_on,
        authority: record.authority,
      },
    ];
  });
  return page(all, q);
}
