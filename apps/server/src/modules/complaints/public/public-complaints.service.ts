import { timeOrderedId } from '../../../platform/ids/time-ordered-id';
import type { z } from 'zod';
import {
  AppError,
  type PublicComplaintStatus,
  type PublicRatingBodySchema,
  type PublicReviewBodySchema,
} from '@ecocloud/contracts';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { clockContext } from '../reports/complaint-context';
import { clocksOf } from '../reports/complaint-view';
import {
  findByTrackingCode,
  findComplaint,
  insertComplaintEvent,
  updateComplaint,
  type ComplaintRow,
} from '../reports/complaints.repository';
import { PUBLIC_AUDIT } from '../reports/intake.service';
import { normaliseTrackingCode } from '../reports/tracking-code';

/** One answer for an unknown, malformed or injected code: nothing tells them apart. */
const unknownCode = () => new AppError('COMPLAINT_NOT_FOUND', 'no report with this tracking code');

async function byCode(deps: ServiceDeps, input: string): Promise<ComplaintRow> {
  const code = normaliseTrackingCode(input);
  const row = code ? await findByTrackingCode(deps.db, code) : undefined;
  if (!row) throw unknownCode();
  return row;
}

/** Whether the reporter may still ask for 复查: an unsatisfied petitioner inside the 30 days after the reply. */
async function reviewOpen(deps: ServiceDeps, row: ComplaintRow): Promise<boolean> {
  if (row.classification !== 'petition' || row.state !== 'answered' || row.satisfaction !== 'unsatisfied') return false;
  const ctx = await clockContext(deps);
  const clock = clocksOf(row, ctx.calendar, ctx.settings, ctx.today).find((c) => c.code === 'REVIEW_REQUEST');
  return Boolean(clock && clock.dueDate >= ctx.today);
}

/** Whether the petitioner may still ask for 复核: after the 复查 answer, within the 30 days after it (§36). */
async function reReviewOpen(deps: ServiceDeps, row: ComplaintRow): Promise<boolean> {
  if (row.classification !== 'petition' || row.state !== 'reviewed') return false;
  const ctx = await clockContext(deps);
  const clock = clocksOf(row, ctx.calendar, ctx.settings, ctx.today).find((c) => c.code === 'RE_REVIEW_REQUEST');
  return Boolean(clock && clock.dueDate >= ctx.today);
}

/** States in which the (lead) report's answer is published. */
export const ANSWERED_STATES = ['answered', 'review_requested', 'reviewed', 'rereview_requested', 'rereviewed'];

/**
 * The public status of one report: its own kind, days, state and published answer (a merged report shows the
 * answer of the report it joined). Never the description, the place, the unit's officers or anyone's identity.
 */
export async function publicStatus(deps: ServiceDeps, input: string): Promise<PublicComplaintStatus> {
  const row = await byCode(deps, input);
  const lead = row.merged_into_id ? ((await findComplaint(deps.db, null, row.merged_into_id)) ?? row) : row;
  const answered = ANSWERED_STATES.includes(lead.state);
  return {
    trackingCode: row.tracking_code,
    kind: row.kind as PublicComplaintStatus['kind'],
    receivedOn: row.received_on,
    state: (row.merged_into_id ? 'merged' : row.state) as PublicComplaintStatus['state'],
    acceptedOn: row.accepted_on,
    repliedOn: answered ? lead.replied_on : null,
    publishedAnswer: answered ? lead.published_answer : null,
    referral: row.referral,
    merged: Boolean(row.merged_into_id),
    satisfaction: row.satisfaction as PublicComplaintStatus['satisfaction'],
    canRate: ['answered', 'reviewed'].includes(row.state) && row.satisfaction === null,
    canRequestReview: await reviewOpen(deps, row),
    reviewAnswer: ['reviewed', 'rereview_requested', 'rereviewed'].includes(row.state) ? row.review_answer : null,
    canRequestReReview: await reReviewOpen(deps, row),
    reReviewAnswer: row.state === 'rereviewed' ? row.rereview_answer : null,
  };
}

async function write(
  deps: ServiceDeps,
  row: ComplaintRow,
  patch: Parameters<typeof updateComplaint>[2],
  event: { kind: string; note: string },
  action: 'complaints.complaint.rate' | 'complaints.complaint.review_request' | 'complaints.complaint.rereview_request',
) {
  const now = deps.clock.now().toISOString();
  const today = (await clockContext(deps)).today;
  await deps.db.transaction().execute(async (trx) => {
    await updateComplaint(trx, row.id, { ...patch, updated_at: now });
    await insertComplaintEvent(trx, {
      id: timeOrderedId(),
      complaint_id: row.id,
      kind: event.kind,
      date: today,
      note: event.note,
      data: '{}',
      created_by: null,
      created_at: now,
    });
    await appendAudit(trx, deps.clock, PUBLIC_AUDIT, {
      action,
      entityType: 'complaint',
      entityId: row.id,
      after: patch,
    });
  });
}

/** The reporter's rating of the answer, once. */
export async function rateAnswer(deps: ServiceDeps, input: string, body: z.infer<typeof PublicRatingBodySchema>) {
  const row = await byCode(deps, input);
  if (!['answered', 'reviewed'].includes(row.state) || row.satisfaction !== null)
    throw new AppError('COMPLAINT_STATE_CONFLICT', 'there is no answer to rate, or it was rated already');
  const today = (await clockContext(deps)).today;
  await write(
    deps,
    row,
    { satisfaction: body.satisfied ? 'satisfied' : 'unsatisfied', rated_on: today },
    { kind: 'rated', note: body.comment },
    'complaints.complaint.rate',
  );
  return publicStatus(deps, row.tracking_code);
}

/** A 复查 request of an unsatisfied petitioner within 30 days of the written reply (信访工作条例 §35). */
export async function requestReview(deps: ServiceDeps, input: string, body: z.infer<typeof PublicReviewBodySchema>) {
  const row = await byCode(deps, input);
  if (!(await reviewOpen(deps, row)))
    throw new AppError(
      'COMPLAINT_STATE_CONFLICT',
      'a review is open to an unsatisfied petitioner within 30 days of the reply',
    );
  const today = (await clockContext(deps)).today;
  await write(
    deps,
    row,
    { state: 'review_requested', review_reason: body.reason, review_requested_on: today },
    { kind: 'review_requested', note: body.reason },
    'complaints.complaint.review_request',
  );
  return publicStatus(deps, row.tracking_code);
}

/** A 复核 request of a petitioner within 30 days of the 复查 answer (信访工作条例 §36); late or out of turn: 409. */
export async function requestReReview(deps: ServiceDeps, input: string, body: z.infer<typeof PublicReviewBodySchema>) {
  const row = await byCode(deps, input);
  if (!(await reReviewOpen(deps, row)))
    throw new AppError(
      'COMPLAINT_STATE_CONFLICT',
      'a re-review is open to a petitioner within 30 days of the review answer',
    );
  const today = (await clockContext(deps)).today;
  await write(
    deps,
    row,
    { state: 'rereview_requested', rereview_reason: body.reason, rereview_requested_on: today },
    { kind: 'rereview_requested', note: body.reason },
    'complaints.complaint.rereview_request',
  );
  return publicStatus(deps, row.tracking_code);
}
