import { randomUUID } from 'node:crypto';
import {
  AppError,
  type CreateInspectionRecordBodySchema,
  type InspectionChecklist,
  type InspectionPlan,
  type InspectionRecord,
  type InspectionRecordListQuerySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { objectRowsOf } from '../inspections/inspections.repository';
import { getPlan } from '../inspections/plans.service';
import { checklistOf, industryOf } from './checklists';
import { checkImage } from './record-images';
import { checkAnswers, checkMethod, invalidRecord } from './record-rules';
import { toRecord, toSummary } from './record-view';
import {
  attachmentBytes,
  attachmentsOf,
  findRecord,
  insertRecord,
  recordOfClient,
  recordsOf,
  type RecordRow,
} from './records.repository';

type Body = z.infer<typeof CreateInspectionRecordBodySchema>;
const today = (deps: ServiceDeps) => shanghaiDate(deps.clock.now().toISOString());
const recordNotFound = (id: string) => new AppError('INSPECTION_RECORD_NOT_FOUND', `inspection record ${id} not found`);

async function enterpriseInReach(deps: ServiceDeps, actor: Actor, id: string) {
  const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [id] });
  return e;
}

/** A record whose unit lies in the actor's scope; anything else is 404, so scope does not leak. */
export async function recordInReach(deps: ServiceDeps, actor: Actor, id: string) {
  const row = await findRecord(deps.db, id);
  const enterprise = row ? await enterpriseInReach(deps, actor, row.enterprise_id) : undefined;
  if (!row || !enterprise) throw recordNotFound(id);
  return { row, enterprise };
}

export async function getChecklist(
  deps: ServiceDeps,
  actor: Actor,
  enterpriseId: string,
): Promise<InspectionChecklist> {
  const e = await enterpriseInReach(deps, actor, enterpriseId);
  if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  const industryCode = e.industryCode ?? '';
  const ind = industryOf(industryCode);
  const positive = (await objectRowsOf(deps.db, [e.id])).get(e.id)?.positive_list === 1;
  return {
    enterpriseId: e.id,
    industryCode,
    industry: ind ? { key: ind.key, zh: ind.zh, en: ind.en } : null,
    positiveList: positive,
    items: checklistOf(industryCode),
  };
}

/** The drawn unit of a plan in reach, once its list may be seen; the unit's positive-list flag as drawn. */
async function drawnUnit(deps: ServiceDeps, actor: Actor, body: Body) {
  let plan: InspectionPlan;
  try {
    plan = await getPlan(deps, actor, body.planId!);
  } catch (e) {
    if (e instanceof AppError && e.code === 'INSPECTION_PLAN_NOT_FOUND')
      throw invalidRecord('body.planId', `plan ${body.planId} not found`);
    throw e;
  }
  if (!plan.objects) throw invalidRecord('body.planId', 'the plan is not open before its inspection date');
  const unit = plan.objects.find((o) => o.enterpriseId === body.enterpriseId);
  if (!unit) throw invalidRecord('body.enterpriseId', 'the unit is not on the plan');
  if (body.date < plan.inspectionDate) throw invalidRecord('body.date', 'before the plan inspection date');
  return unit;
}

/**
 * Files an inspection record (audited). The phone's `clientId` makes a resend harmless: the same id from
 * the same user answers with the record already made (`created: false`); another user's id is a conflict.
 */
export async function createRecord(
  deps: ServiceDeps,
  actor: Actor,
  body: Body,
): Promise<{ record: InspectionRecord; created: boolean }> {
  const again = await recordOfClient(deps.db, body.clientId);
  if (again) return { record: await resent(deps, actor, again, body), created: false };
  const enterprise = await enterpriseInReach(deps, actor, body.enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${body.enterpriseId} not found`);
  if (body.date > today(deps)) throw invalidRecord('body.date', 'the inspection day is in the future');
  const unit = body.planId ? await drawnUnit(deps, actor, body) : undefined;
  const positive = unit
    ? unit.method === 'non_site'
    : (await objectRowsOf(deps.db, [enterprise.id])).get(enterprise.id)?.positive_list === 1;
  checkMethod(body, positive);
  const industryCode = enterprise.industryCode ?? '';
  checkAnswers(body, checklistOf(industryCode));
  const images = body.attachments.map((a, n) => ({
    ...a,
    ...checkImage(`body.attachments.${n}`, a.contentType, a.dataBase64),
  }));
  const id = randomUUID();
  const now = deps.clock.now().toISOString();
  const row = {
    id,
    client_id: body.clientId,
    plan_id: body.planId,
    enterprise_id: enterprise.id,
    inspectors: JSON.stringify(body.inspectors),
    date: body.date,
    method: body.method,
    site_reason: body.method === 'site' ? body.siteReason : '',
    lon: body.lon,
    lat: body.lat,
    checklist_industry: industryOf(industryCode)?.key ?? '',
    checklist: JSON.stringify(body.checklist),
    findings: body.findings,
    attachments: '[]',
    outcome: body.outcome,
    case_id: null,
    created_by: actor.userId,
    created_at: now,
  };
  const attachments = images.map((a, n) => ({
    // In the order sent: listed by id.
    id: `${id}-a${n}`,
    record_id: id,
    kind: a.kind,
    file_name: a.fileName,
    content_type: a.contentType,
    size: a.bytes.length,
    sha256: a.sha256,
    data: a.bytes,
    created_at: now,
  }));
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertRecord(trx, row, attachments);
      await appendAudit(trx, deps.clock, auditContextOf(actor), {
        action: 'enforcement.inspection_record.create',
        entityType: 'inspection_record',
        entityId: id,
        after: {
          enterpriseId: enterprise.id,
          planId: body.planId,
          date: body.date,
          method: body.method,
          outcome: body.outcome,
          attachments: attachments.map((a) => ({ kind: a.kind, size: a.size, sha256: a.sha256 })),
        },
      });
    });
  } catch (e) {
    // Two sends of one draft racing: the unique client id let one through; answer with it.
    const winner = await recordOfClient(deps.db, body.clientId);
    if (winner) return { record: await resent(deps, actor, winner, body), created: false };
    throw e;
  }
  return { record: await getRecord(deps, actor, id), created: true };
}

async function resent(deps: ServiceDeps, actor: Actor, row: RecordRow, body: Body): Promise<InspectionRecord> {
  if (row.created_by !== actor.userId || row.enterprise_id !== body.enterpriseId)
    throw new AppError('INSPECTION_RECORD_CONFLICT', `draft ${body.clientId} belongs to another record`, [
      { path: 'body.clientId', message: 'used by another record', code: 'INSPECTION_RECORD_CONFLICT' },
    ]);
  return getRecord(deps, actor, row.id);
}

export async function getRecord(deps: ServiceDeps, actor: Actor, id: string): Promise<InspectionRecord> {
  const { row, enterprise } = await recordInReach(deps, actor, id);
  return toRecord(row, enterprise, await attachmentsOf(deps.db, [id]));
}

export async function listRecords(deps: ServiceDeps, actor: Actor, q: z.infer<typeof InspectionRecordListQuerySchema>) {
  if (q.from && q.to && q.from > q.to)
    throw new AppError('VALIDATION_FAILED', 'from is after to', [{ path: 'querystring.from', message: 'after to' }]);
  const enterprises = await sourcesReads.enterprisesInReach(
    deps.db,
    actor,
    q.enterpriseId ? { ids: [q.enterpriseId] } : {},
  );
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const { rows, total } = await recordsOf(
    deps.db,
    { enterpriseIds: [...byId.keys()], planId: q.planId, from: q.from, to: q.to, outcome: q.outcome },
    {
      sort: q.sort === 'createdAt' ? 'created_at' : 'date',
      // Newest first unless the caller sorts explicitly.
      desc: q.sort ? q.order === 'desc' : true,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    },
  );
  const attachments = await attachmentsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toSummary(r, byId.get(r.enterprise_id)!, attachments)), total };
}

export async function getAttachment(deps: ServiceDeps, actor: Actor, recordId: string, attachmentId: string) {
  await recordInReach(deps, actor, recordId);
  const a = await attachmentBytes(deps.db, recordId, attachmentId);
  if (!a) throw new AppError('ATTACHMENT_NOT_FOUND', `attachment ${attachmentId} not found`);
  return a;
}
