import type { z } from 'zod';
import type { CasePenalty, PublicDecision, PublicDecisionQuerySchema } from '@ecocloud/contracts';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { VIOLATION_TEXT } from '../documents/violation-text';
import { decidedCases } from './public-decisions.repository';

/**
 * 行政处罚决定公开 (行政处罚法 §48): the decided cases, newest decision first, each reduced field by field
 * to what the portal shows — case number, the party enterprise and its credit code, the violation, the
 * article, the fine, the day and the authority. Never the facts, the officers or anything about persons.
 * `q` matches part of the case number, the enterprise name or the credit code.
 */
export async function publicDecisions(
  { db }: ServiceDeps,
  query: z.infer<typeof PublicDecisionQuerySchema>,
): Promise<{ items: PublicDecision[]; total: number }> {
  const rows = await decidedCases(db);
  const enterprises = new Map(
    (await sourcesReads.enterprisesInReach(db, null, { ids: [...new Set(rows.map((r) => r.enterpriseId))] })).map(
      (e) => [e.id, e],
    ),
  );
  const orgs = await orgsByIds(
    db,
    rows.map((r) => r.handlingOrgId),
  );
  const all = rows.flatMap((r): PublicDecision[] => {
    const e = enterprises.get(r.enterpriseId);
    const penalty = r.penalty ? (JSON.parse(r.penalty) as CasePenalty) : null;
    if (!e || !penalty) return [];
    const violation = r.violation as PublicDecision['violation'];
    return [
      {
        caseNo: r.caseNo,
        enterpriseName: e.name,
        uscc: e.uscc,
        violation,
        violationText: VIOLATION_TEXT[violation],
        basisCitation: penalty.basis.citation,
        fineYuan: r.fineYuan === null ? penalty.fineYuan : Number(r.fineYuan),
        decisionDate: r.decisionDate,
        authority: orgs.get(r.handlingOrgId)?.name ?? '',
      },
    ];
  });
  const q = query.q?.toLowerCase();
  const found = q
    ? all.filter((d) => [d.caseNo, d.enterpriseName, d.uscc].some((f) => f.toLowerCase().includes(q)))
    : all;
  const start = (query.page - 1) * query.pageSize;
  return { items: found.slice(start, start + query.pageSize), total: found.length };
}
