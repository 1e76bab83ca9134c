import type { z } from 'zod';
import {
  AppError,
  type ComplaintDetail,
  type ComplaintIdentity,
  type ComplaintListQuerySchema,
  type ComplaintSummary,
} from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { addCalendarDays } from '../../../platform/deadlines';
import { regionPrefix } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { allowedActions } from './complaint-actions.rules';
import { clockContext, complaintInReach, enterpriseNames, orgNames } from './complaint-context';
import { clocksOf, mayViewIdentity, samePlace, toDetail, toSummary } from './complaint-view';
import {
  eventsOfComplaint,
  listComplaintRows,
  openReportsLike,
  photoIdsOf,
  photoOf,
  reporterOf,
  type ComplaintRow,
} from './complaints.repository';

/** The reports in scope as summaries (no identity, no tracking code), with their clocks as of today. */
export async function summariesOf(deps: ServiceDeps, rows: readonly ComplaintRow[]): Promise<ComplaintSummary[]> {
  const ctx = await clockContext(deps);
  const [names, orgs] = await Promise.all([
    enterpriseNames(
      deps,
      rows.map((r) => r.enterprise_id),
    ),
    orgNames(
      deps,
      rows.map((r) => r.handling_org_id),
    ),
  ]);
  return rows.map((r) =>
    toSummary(
      r,
      {
        enterprise: r.enterprise_id ? (names.get(r.enterprise_id) ?? null) : null,
        org: orgs.get(r.handling_org_id) ?? '',
      },
      clocksOf(r, ctx.calendar, ctx.settings, ctx.today),
    ),
  );
}

export async function listComplaints(
  deps: ServiceDeps,
  actor: Actor,
  q: z.infer<typeof ComplaintListQuerySchema>,
): Promise<{ items: ComplaintSummary[]; total: number }> {
  const rows = await listComplaintRows(deps.db, actor, {
    state: q.state,
    kind: q.kind,
    regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
    q: q.q,
    handoverBatch: q.handoverBatch,
  });
  let items = await summariesOf(deps, rows);
  if (q.overdue !== undefined) items = items.filter((c) => c.overdue === q.overdue);
  const dir = q.order === 'desc' ? -1 : 1;
  const key = q.sort ?? 'nextDue';
  // Open clocks first by their due day; reports without one (closed) after them.
  const value = (c: ComplaintSummary) => (key === 'nextDue' ? (c.nextDue ?? '9999-12-31') : c[key]);
  items.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : 0) || a.id.localeCompare(b.id));
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}

export async function getComplaint(deps: ServiceDeps, actor: Actor, id: string): Promise<ComplaintDetail> {
  return detailOf(deps, actor, await complaintInReach(deps, actor, id));
}

/** The detail of a report the caller has just read in scope (or just sent out of it by a transfer: no actions then). */
export async function detailOf(
  deps: ServiceDeps,
  actor: Actor,
  row: ComplaintRow,
  inReach = true,
): Promise<ComplaintDetail> {
  const id = row.id;
  const ctx = await clockContext(deps);
  const [events, photoIds, names, orgs, duplicates] = await Promise.all([
    eventsOfComplaint(deps.db, id),
    photoIdsOf(deps.db, id),
    enterpriseNames(deps, [row.enterprise_id]),
    orgNames(deps, [row.handling_org_id]),
    ['received', 'accepted'].includes(row.state)
      ? openReportsLike(deps.db, actor, {
          kind: row.kind,
          regionCode: row.region_code,
          since: addCalendarDays(row.received_on, -60),
          excludeId: row.id,
        })
      : Promise.resolve([]),
  ]);
  return toDetail(row, {
    enterpriseName: row.enterprise_id ? (names.get(row.enterprise_id) ?? null) : null,
    orgName: orgs.get(row.handling_org_id) ?? '',
    clocks: clocksOf(row, ctx.calendar, ctx.settings, ctx.today),
    events,
    photoIds,
    duplicates: duplicates.filter((d) => samePlace(row, d)),
    canViewIdentity: mayViewIdentity(actor, row) && row.anonymous === 0,
    actions: inReach ? allowedActions(row.state, actor.permissions) : [],
  });
}

/**
 * The reporter's identity and contact, for an officer of the handling unit holding complaints:handle; every
 * view is audited (who, when, which report). Anyone else in scope gets 403, anyone outside it 404.
 */
export async function viewIdentity(deps: ServiceDeps, actor: Actor, id: string): Promise<ComplaintIdentity> {
  const row = await complaintInReach(deps, actor, id);
  if (!mayViewIdentity(actor, row))
    throw new AppError('COMPLAINT_IDENTITY_FORBIDDEN', 'only the officers of the handling unit see who reported');
  return deps.db.transaction().execute(async (trx) => {
    const reporter = await reporterOf(trx, id);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'complaints.identity.view',
      entityType: 'complaint',
      entityId: id,
    });
    return {
      anonymous: !reporter,
      name: reporter?.name ?? null,
      phone: reporter?.phone ?? null,
      email: reporter?.email ?? null,
    };
  });
}

export async function complaintPhoto(deps: ServiceDeps, actor: Actor, id: string, photoId: string) {
  await complaintInReach(deps, actor, id);
  const photo = await photoOf(deps.db, id, photoId);
  if (!photo) throw new AppError('NOT_FOUND', `photo ${photoId} not found`);
  return { contentType: photo.content_type, data: Buffer.from(photo.data, 'base64') };
}
