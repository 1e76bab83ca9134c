import { timeOrderedId } from '../../../platform/ids/time-ordered-id';
import { AppError, type ComplaintActionBody, type ComplaintDetail } from '@ecocloud/contracts';
import type { Updateable } from 'kysely';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { orgById } from '../../../platform/orgs/org-reads';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import type { ComplaintsTable } from '../complaints.tables';
import { stepOf } from './complaint-actions.rules';
import { complaintInReach, todayOf } from './complaint-context';
import { detailOf } from './complaints.service';
import {
  eventsOfComplaint,
  findComplaint,
  insertComplaintEvent,
  updateComplaint,
  type ComplaintRow,
} from './complaints.repository';

const conflict = (message: string) => new AppError('COMPLAINT_STATE_CONFLICT', message);
const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ path: `body.${path}`, message }]);

/** A day of a step: not before `after`, not after today. */
function stepDay(date: string | undefined, after: string | null, today: string, path = 'date'): string {
  const day = date ?? today;
  if (day > today) throw invalid(path, 'the day is in the future');
  if (after && day < after) throw invalid(path, `the day is before ${after}`);
  return day;
}

type Outcome = {
  patch: Updateable<ComplaintsTable>;
  event: { kind: string; date: string; note: string; data: object };
};

async function outcomeOf(
  deps: ServiceDeps,
  actor: Actor,
  row: ComplaintRow,
  body: ComplaintActionBody,
  today: string,
): Promise<Outcome> {
  switch (body.kind) {
    case 'accept': {
      const date = stepDay(body.date, row.received_on, today);
      if (body.enterpriseId) {
        const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [body.enterpriseId] });
        if (!e) throw invalid('enterpriseId', 'no such enterprise in your scope');
      }
      if (body.classification === 'elsewhere' && !body.referral)
        throw invalid('referral', 'tell the reporter where to go');
      return {
        patch: {
          state: body.classification === 'elsewhere' ? 'referred' : 'accepted',
          classification: body.classification,
          accepted_on: date,
          enterprise_id: body.enterpriseId,
          referral: body.classification === 'elsewhere' ? body.referral : null,
        },
        event: {
          kind: body.classification === 'elsewhere' ? 'referred' : 'accepted',
          date,
          note: body.note,
          data: { classification: body.classification },
        },
      };
    }
    case 'merge': {
      const target = await findComplaint(deps.db, actor, body.intoId);
      if (!target || target.id === row.id) throw invalid('intoId', 'no such open report in your scope');
      if (!['received', 'accepted', 'answer_review'].includes(target.state) || target.kind !== row.kind)
        throw invalid('intoId', 'merge only into an open report of the same problem');
      return {
        patch: { state: 'merged', merged_into_id: target.id, accepted_on: row.accepted_on ?? today },
        event: { kind: 'merged', date: today, note: body.note, data: { intoId: target.id } },
      };
    }
    case 'transfer': {
      const org = await orgById(deps.db, body.orgId);
      if (!org || !['province', 'city', 'county', 'division'].includes(org.kind))
        throw invalid('orgId', 'no such administrative unit');
      if (org.id === row.handling_org_id) throw invalid('orgId', 'the report is with that unit already');
      return {
        patch: { handling_org_id: org.id },
        event: {
          kind: 'transferred',
          date: today,
          note: body.reason,
          data: { fromOrgId: row.handling_org_id, toOrgId: org.id, toOrgName: org.name },
        },
      };
    }
    case 'link_case':
      return {
        patch: { enforcement_case_id: body.caseId },
        event: { kind: 'case_linked', date: today, note: '', data: { caseId: body.caseId } },
      };
    case 'extend': {
      if (row.extended_days + body.days > 30)
        throw invalid('days', 'an extension adds at most 30 days in all (信访工作条例 §34)');
      return {
        patch: { extended_days: row.extended_days + body.days, extension_reason: body.reason },
        event: { kind: 'extended', date: today, note: body.reason, data: { days: body.days } },
      };
    }
    case 'draft_answer':
      return {
        patch: { state: 'answer_review', draft_answer: body.answer, substantiated: body.substantiated ? 1 : 0 },
        event: {
          kind: 'answer_drafted',
          date: today,
          note: '',
          data: { by: actor.userId, substantiated: body.substantiated },
        },
      };
    case 'approve_answer': {
      const drafts = (await eventsOfComplaint(deps.db, row.id)).filter((e) => e.kind === 'answer_drafted');
      if (drafts.at(-1)?.created_by === actor.userId)
        throw conflict('an answer is approved by someone other than its author');
      const date = stepDay(body.date, row.accepted_on, today);
      return {
        patch: { state: 'answered', published_answer: row.draft_answer, replied_on: date },
        event: { kind: 'answered', date, note: '', data: {} },
      };
    }
    case 'return_answer':
      return {
        patch: { state: 'accepted' },
        event: { kind: 'answer_returned', date: today, note: body.note, data: {} },
      };
    case 'answer_review': {
      const date = stepDay(body.date, row.review_requested_on, today);
      return {
        patch: { state: 'reviewed', review_answer: body.answer, review_answered_on: date },
        event: { kind: 'review_answered', date, note: '', data: {} },
      };
    }
    case 'answer_rereview': {
      const date = stepDay(body.date, row.rereview_requested_on, today);
      return {
        patch: { state: 'rereviewed', rereview_answer: body.answer, rereview_answered_on: date },
        event: { kind: 'rereview_answered', date, note: '', data: {} },
      };
    }
  }
}

/** Records one step on a report in the actor's scope; checked against the state and the step's permission, audited. */
export async function recordAction(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  body: ComplaintActionBody,
): Promise<ComplaintDetail> {
  const row = await complaintInReach(deps, actor, id);
  const step = stepOf(body.kind);
  if (!actor.permissions.has(step.permission)) throw new AppError('FORBIDDEN', `${body.kind} needs ${step.permission}`);
  if (!step.states.includes(row.state)) throw conflict(`${body.kind} is not possible in state ${row.state}`);
  const today = todayOf(deps);
  const { patch, event } = await outcomeOf(deps, actor, row, body, today);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateComplaint(trx, id, { ...patch, updated_at: now });
    await insertComplaintEvent(trx, {
      id: timeOrderedId(),
      complaint_id: id,
      kind: event.kind,
      date: event.date,
      note: event.note,
      data: JSON.stringify(event.data),
      created_by: actor.userId,
      created_at: now,
    });
    if (body.kind === 'merge')
      await insertComplaintEvent(trx, {
        id: timeOrderedId(),
        complaint_id: body.intoId,
        kind: 'duplicate_merged',
        date: today,
        note: '',
        data: JSON.stringify({ fromId: id }),
        created_by: actor.userId,
        created_at: now,
      });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'complaints.complaint.action',
      entityType: 'complaint',
      entityId: id,
      before: { state: row.state, handlingOrgId: row.handling_org_id },
      after: { kind: body.kind, ...patch },
    });
  });
  // After a transfer out of the actor's scope the report is no longer theirs to read.
  const inReach = await findComplaint(deps.db, actor, id);
  return detailOf(deps, actor, inReach ?? (await findComplaint(deps.db, null, id))!, Boolean(inReach));
}
