import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '../../../platform/ids/time-ordered-id';
import type { z } from 'zod';
import { AppError, type PublicComplaintBodySchema, type StaffComplaintBodySchema } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { todayOf } from './complaint-context';
import {
  insertComplaint,
  insertComplaintEvent,
  insertPhoto,
  insertReporter,
  trackingCodeTaken,
} from './complaints.repository';
import { newTrackingCode } from './tracking-code';
import { NO_REVIEW_YET } from './complaint-row';

type ReportFields = Omit<z.infer<typeof PublicComplaintBodySchema>, 'photos'> & { photos?: string[] };

export type NewReport = ReportFields & {
  channel: string;
  receivedOn: string;
  handoverBatch?: string | null;
};

const PUBLIC: AuditContext = { actorId: null, actorName: 'public', actorOrgId: null, requestId: null, ip: null };

/** The unit that covers the place (the county's bureau, else the city's, else the province's). */
async function routeOf(db: Kysely<Database>, regionCode: string): Promise<string> {
  const org = await owningOrgOfRegion(db, regionCode);
  if (!org)
    throw new AppError('REGION_NOT_COVERED', `no unit covers region ${regionCode}`, [
      { path: 'body.regionCode', message: 'no unit covers this region' },
    ]);
  return org.id;
}

/**
 * Writes one report inside the caller's transaction: a fresh tracking code, the routing to the covering unit,
 * the identity in its own table (none when anonymous), the photos and the first event; audited without the
 * identity. Returns the id and the code.
 */
export async function insertReport(
  trx: Kysely<Database>,
  clock: Clock,
  audit: AuditContext,
  r: NewReport,
  o: { handlingOrgId: string; createdBy: string | null; id?: string; trackingCode?: string },
): Promise<{ id: string; trackingCode: string }> {
  let trackingCode = o.trackingCode ?? newTrackingCode();
  while (await trackingCodeTaken(trx, trackingCode)) trackingCode = newTrackingCode();
  const id = o.id ?? randomUUID();
  const now = clock.now().toISOString();
  await insertComplaint(trx, {
    id,
    tracking_code: trackingCode,
    channel: r.channel,
    kind: r.kind,
    description: r.description,
    region_code: r.regionCode,
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    occurred_on: r.occurredOn,
    received_on: r.receivedOn,
    accepted_on: null,
    state: 'received',
    classification: null,
    referral: null,
    anonymous: r.reporter ? 0 : 1,
    handling_org_id: o.handlingOrgId,
    enterprise_id: null,
    enforcement_case_id: null,
    merged_into_id: null,
    handover_batch: r.handoverBatch ?? null,
    extended_days: 0,
    extension_reason: null,
    draft_answer: null,
    substantiated: null,
    published_answer: null,
    replied_on: null,
    satisfaction: null,
    rated_on: null,
    ...NO_REVIEW_YET,
    created_by: o.createdBy,
    created_at: now,
    updated_at: now,
  });
  if (r.reporter)
    await insertReporter(trx, {
      complaint_id: id,
      name: r.reporter.name,
      phone: r.reporter.phone ?? null,
      email: r.reporter.email ?? null,
    });
  for (const photo of r.photos ?? []) {
    const [, type, data] = /^data:(image\/[a-z]+);base64,(.*)$/.exec(photo) ?? [];
    if (!type || !data) continue;
    await insertPhoto(trx, { id: randomUUID(), complaint_id: id, content_type: type, data, created_at: now });
  }
  await insertComplaintEvent(trx, {
    id: timeOrderedId(),
    complaint_id: id,
    kind: 'received',
    date: r.receivedOn,
    note: '',
    data: JSON.stringify({ channel: r.channel, handlingOrgId: o.handlingOrgId }),
    created_by: o.createdBy,
    created_at: now,
  });
  await appendAudit(trx, clock, audit, {
    action: 'complaints.complaint.create',
    entityType: 'complaint',
    entityId: id,
    after: {
      channel: r.channel,
      kind: r.kind,
      regionCode: r.regionCode,
      anonymous: !r.reporter,
      handlingOrgId: o.handlingOrgId,
    },
  });
  return { id, trackingCode };
}

/** The portal's form: received today, routed to the covering unit. */
export async function intakePublic(deps: ServiceDeps, body: z.infer<typeof PublicComplaintBodySchema>) {
  const handlingOrgId = await routeOf(deps.db, body.regionCode);
  const receivedOn = todayOf(deps);
  const r = await deps.db
    .transaction()
    .execute((trx) =>
      insertReport(
        trx,
        deps.clock,
        PUBLIC,
        { ...body, channel: 'portal', receivedOn },
        { handlingOrgId, createdBy: null },
      ),
    );
  return { trackingCode: r.trackingCode, receivedOn };
}

/** Staff entry of a call, letter or visit about a place in the officer's scope. */
export async function intakeStaff(deps: ServiceDeps, actor: Actor, body: z.infer<typeof StaffComplaintBodySchema>) {
  if (!canSeeRegion(actor, body.regionCode))
    throw new AppError('VALIDATION_FAILED', 'the region is outside your scope', [
      { path: 'body.regionCode', message: 'outside your scope' },
    ]);
  const today = todayOf(deps);
  const receivedOn = body.receivedOn ?? today;
  if (receivedOn > today)
    throw new AppError('VALIDATION_FAILED', 'the day is in the future', [
      { path: 'body.receivedOn', message: 'in the future' },
    ]);
  const handlingOrgId = await routeOf(deps.db, body.regionCode);
  return deps.db
    .transaction()
    .execute((trx) =>
      insertReport(
        trx,
        deps.clock,
        auditContextOf(actor),
        { ...body, receivedOn },
        { handlingOrgId, createdBy: actor.userId },
      ),
    );
}

export const PUBLIC_AUDIT = PUBLIC;
