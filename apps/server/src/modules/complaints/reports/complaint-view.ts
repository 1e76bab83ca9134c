import type { ComplaintDetail, ComplaintSummary } from '@ecocloud/contracts';
import {
  complaintClocks,
  type ComplaintClock,
  type ComplaintClockSettings,
  type RestDayCalendar,
} from '@ecocloud/standards';
import type { Actor } from '../../../http/actor';
import type { ComplaintEventRow, ComplaintRow } from './complaints.repository';

/**
 * The clocks of a report from its days. Referred and merged reports end at the notice (the acceptance clock);
 * violations go to enforcement after the answer, so only petitions run the review chain (reference §5.1 note).
 */
export function clocksOf(
  row: ComplaintRow,
  cal: RestDayCalendar,
  settings: ComplaintClockSettings,
  asOf: string,
): ComplaintClock[] {
  const clocks = complaintClocks(
    {
      received: row.received_on,
      accepted: row.accepted_on,
      extendedDays: row.extended_days,
      replied: row.replied_on,
      reviewRequested: row.review_requested_on,
      reviewAnswered: row.review_answered_on,
      reReviewRequested: row.rereview_requested_on,
      reReviewAnswered: row.rereview_answered_on,
    },
    cal,
    { settings, asOf },
  );
  if (row.state === 'referred' || row.state === 'merged') return clocks.filter((c) => c.code === 'ACCEPTANCE');
  if (row.classification !== 'petition') return clocks.filter((c) => c.code === 'ACCEPTANCE' || c.code === 'HANDLING');
  return clocks;
}

/** The authority's open clocks: the reporter's request periods are rights, not duties of the unit. */
const authorityOpen = (clocks: readonly ComplaintClock[]) =>
  clocks.filter((c) => c.rule.party === 'authority' && c.doneOn === null);

/** The staff reference of a report: the start of its random id. */
const refOf = (id: string) => id.replace(/-/g, '').slice(0, 8).toUpperCase();

/** Only the officers of the handling unit who handle reports see who reported (retaliation risk). */
export const mayViewIdentity = (actor: Actor, row: Pick<ComplaintRow, 'handling_org_id'>): boolean =>
  actor.permissions.has('complaints:handle') && actor.orgId === row.handling_org_id;

export function toSummary(
  row: ComplaintRow,
  names: { enterprise: string | null; org: string },
  clocks: readonly ComplaintClock[],
): ComplaintSummary {
  const open = authorityOpen(clocks);
  return {
    id: row.id,
    ref: refOf(row.id),
    channel: row.channel as ComplaintSummary['channel'],
    kind: row.kind as ComplaintSummary['kind'],
    description: row.description,
    regionCode: row.region_code,
    address: row.address,
    lon: row.lon,
    lat: row.lat,
    receivedOn: row.received_on,
    state: row.state as ComplaintSummary['state'],
    classification: row.classification as ComplaintSummary['classification'],
    anonymous: row.anonymous === 1,
    handlingOrgId: row.handling_org_id,
    handlingOrgName: names.org,
    enterpriseId: row.enterprise_id,
    enterpriseName: names.enterprise,
    handoverBatch: row.handover_batch,
    nextDue: open.map((c) => c.dueDate).sort()[0] ?? null,
    overdue: clocks.some((c) => c.rule.party === 'authority' && c.overdue),
  };
}

const parse = (s: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export function toDetail(
  row: ComplaintRow,
  o: {
    enterpriseName: string | null;
    orgName: string;
    clocks: ComplaintClock[];
    events: readonly ComplaintEventRow[];
    photoIds: string[];
    duplicates: readonly ComplaintRow[];
    canViewIdentity: boolean;
    actions: string[];
  },
): ComplaintDetail {
  return {
    ...toSummary(row, { enterprise: o.enterpriseName, org: o.orgName }, o.clocks),
    occurredOn: row.occurred_on,
    acceptedOn: row.accepted_on,
    repliedOn: row.replied_on,
    extendedDays: row.extended_days,
    extensionReason: row.extension_reason,
    referral: row.referral,
    mergedIntoId: row.merged_into_id,
    enforcementCaseId: row.enforcement_case_id,
    draftAnswer: row.draft_answer,
    publishedAnswer: row.published_answer,
    substantiated: row.substantiated === null ? null : row.substantiated === 1,
    satisfaction: row.satisfaction as ComplaintDetail['satisfaction'],
    reviewReason: row.review_reason,
    reviewAnswer: row.review_answer,
    reReviewReason: row.rereview_reason,
    reReviewAnswer: row.rereview_answer,
    photoIds: o.photoIds,
    clocks: o.clocks,
    events: o.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      note: e.note,
      data: parse(e.data),
      createdAt: e.created_at,
    })),
    possibleDuplicates: o.duplicates.map((d) => ({
      id: d.id,
      ref: refOf(d.id),
      receivedOn: d.received_on,
      address: d.address,
    })),
    canViewIdentity: o.canViewIdentity,
    actions: o.actions,
  };
}

/**
 * Two reports of the same kind in the same county are about the same place when both were located within
 * 1 km of each other, or when either has no point (an address only: the officer judges).
 */
export function samePlace(a: Pick<ComplaintRow, 'lon' | 'lat'>, b: Pick<ComplaintRow, 'lon' | 'lat'>): boolean {
  if (a.lon === null || a.lat === null || b.lon === null || b.lat === null) return true;
  const kmPerDegree = 111.32;
  const dx = (a.lon - b.lon) * kmPerDegree * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dy = (a.lat - b.lat) * kmPerDegree;
  return Math.hypot(dx, dy) <= 1;
}
