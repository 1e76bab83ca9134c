import type {
  AnyPermission,
  Horizon,
  ProblemDetail,
  ProblemState,
  ProblemStep,
  ProblemSummary,
} from '@ecocloud/contracts';
import { allowedSteps, isOverdue, statusOf } from '../rules/problem-states';
import { noticeIsOver } from '../rules/notice-period';
import type { EventRow, EvidenceMeta, ProblemRow } from './ledger.repository';

/** Names the views need, read once per request. */
export type ViewNames = {
  today: string;
  regions: ReadonlyMap<string, string>;
  orgs: ReadonlyMap<string, string>;
  batches: ReadonlyMap<string, string>;
};

export function toSummary(r: ProblemRow, n: ViewNames): ProblemSummary {
  const state = r.state as ProblemState;
  return {
    id: r.id,
    batchId: r.batch_id,
    batchName: n.batches.get(r.batch_id) ?? '',
    itemNo: r.item_no,
    problem: r.problem,
    category: r.category,
    regionCode: r.region_code,
    regionName: n.regions.get(r.region_code) ?? r.region_code,
    leadOrgId: r.lead_org_id,
    leadOrgName: n.orgs.get(r.lead_org_id) ?? '',
    deadline: r.deadline,
    horizon: r.horizon as Horizon,
    state,
    status: statusOf(state, r.deadline, n.today),
    isOverdue: isOverdue(state, r.deadline, n.today),
    reboundCount: r.rebound_count,
  };
}

export function toDetail(
  r: ProblemRow,
  n: ViewNames,
  extra: {
    events: EventRow[];
    evidence: EvidenceMeta[];
    monitoring: ProblemDetail['monitoring'];
    permissions: ReadonlySet<AnyPermission>;
  },
): ProblemDetail {
  return {
    ...toSummary(r, n),
    coUnits: r.co_units,
    acceptanceUnit: r.acceptance_unit,
    target: r.target,
    measures: JSON.parse(r.measures) as string[],
    isPublic: r.is_public === 1,
    complaintBatchRef: r.complaint_batch_ref,
    notice:
      r.notice_from && r.notice_to
        ? {
            from: r.notice_from,
            to: r.notice_to,
            workingDays: r.notice_days ?? 0,
            url: r.notice_url,
            isOver: noticeIsOver(r.notice_to, n.today),
          }
        : null,
    closedOn: r.closed_on,
    monitoring: extra.monitoring,
    events: extra.events.map((e) => ({
      id: e.id,
      step: e.step as ProblemStep,
      date: e.date,
      note: e.note,
      unit: e.unit,
      by: e.created_by_name,
      at: e.created_at,
    })),
    evidence: extra.evidence.map((e) => ({
      id: e.id,
      kind: e.kind as 'document' | 'photo',
      filename: e.filename,
      contentType: e.content_type,
      size: e.size,
      note: e.note,
      at: e.created_at,
    })),
    allowedSteps: allowedSteps(r.state as ProblemState, extra.permissions),
  };
}
