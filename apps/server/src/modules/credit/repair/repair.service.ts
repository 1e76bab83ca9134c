import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  AppError,
  type CreatePunishmentRecordBodySchema,
  type CreateRepairRequestBodySchema,
  type DecideRepairBodySchema,
  type PunishmentRecord,
  type PunishmentRecordListQuerySchema,
  type RepairRequest,
  type RepairRequestListQuerySchema,
  type SetPunishmentClassBodySchema,
} from '@ecocloud/contracts';
import { defaultPunishmentClass, isCalendarDay, publicationStateOn } from '@ecocloud/standards';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { decidedCases } from '../../enforcement';
import { sourcesReads } from '../../sources';
import {
  findRecord,
  insertRecord,
  insertRequest,
  recordOfCase as recordIdOfCase,
  recordsOf,
  requestsOf,
  updateRecord,
  updateRequest,
  type RecordRow,
} from './repair.repository';
import { periodColumns, recordOfCase } from './repair-records';
import { dutiesOf, periodsOf, toRecord, toRequest } from './repair-view';

type Deps = ServiceDeps;
const today = (deps: Deps) => shanghaiDate(deps.clock.now().toISOString());

/** Officers read with credit:read; an enterprise's users read their own records with credit:disclose. */
function mayRead(actor: Actor): void {
  if (!actor.permissions.has('credit:read') && !actor.permissions.has('credit:disclose'))
    throw new AppError('FORBIDDEN', 'needs credit:read or credit:disclose');
}

const recordNotFound = (id: string) => new AppError('CREDIT_RECORD_NOT_FOUND', `punishment record ${id} not found`);

/** The enterprises in reach by id, and the decided cases of theirs that the given records come from. */
async function contextOf(deps: Deps, records: readonly RecordRow[]) {
  const enterpriseIds = [...new Set(records.map((r) => r.enterprise_id))];
  const caseIds = records.flatMap((r) => (r.case_id ? [r.case_id] : []));
  const cases = caseIds.length ? await decidedCases(deps.db, enterpriseIds, { caseIds }) : [];
  const byCase = new Map(cases.map((c) => [c.caseId, c]));
  return { duties: (r: RecordRow) => dutiesOf(r.case_id ? byCase.get(r.case_id) : null, r.case_id === null) };
}

/** A record whose enterprise is in the actor's reach; otherwise 404 (scope does not leak). */
async function recordInReach(deps: Deps, actor: Actor, id: string) {
  const row = await findRecord(deps.db, id);
  const [enterprise] = row ? await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [row.enterprise_id] }) : [];
  if (!row || !enterprise) throw recordNotFound(id);
  return { row, enterprise };
}

export async function listRecords(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof PunishmentRecordListQuerySchema>,
): Promise<{ items: PunishmentRecord[]; total: number }> {
  mayRead(actor);
  const enterprises = await sourcesReads.enterprisesInReach(
    deps.db,
    actor,
    q.enterpriseId ? { ids: [q.enterpriseId] } : {},
  );
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const rows = await recordsOf(deps.db, [...byId.keys()]);
  const ctx = await contextOf(deps, rows);
  const day = today(deps);
  let items = rows.map((r) => toRecord(r, byId.get(r.enterprise_id)!, day, ctx.duties(r)));
  const text = q.q?.toLowerCase();
  if (text)
    items = items.filter((i) => [i.enterpriseName, i.uscc, i.decisionNo].some((f) => f.toLowerCase().includes(text)));
  if (q.state) items = items.filter((i) => i.state === q.state);
  if (q.punishmentClass) items = items.filter((i) => i.punishmentClass === q.punishmentClass);
  const key = q.sort ?? 'decisionDate';
  const dir = q.order === 'desc' ? -1 : 1;
  items.sort((a, b) => {
    const [x, y] = [a[key] ?? '', b[key] ?? ''];
    return (x < y ? -dir : x > y ? dir : 0) || a.id.localeCompare(b.id);
  });
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}

export async function getRecord(deps: Deps, actor: Actor, id: string): Promise<PunishmentRecord> {
  mayRead(actor);
  const { row, enterprise } = await recordInReach(deps, actor, id);
  const ctx = await contextOf(deps, [row]);
  return toRecord(row, enterprise, today(deps), ctx.duties(row));
}

/** Decided cases in reach without a record yet, with the class the default rule offers (⚠ thresholds). */
export async function caseCandidates(deps: Deps, actor: Actor) {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const cases = await decidedCases(deps.db, [...byId.keys()]);
  const taken = new Set((await recordsOf(deps.db, [...byId.keys()])).map((r) => r.case_id));
  return {
    items: cases
      .filter((c) => !taken.has(c.caseId))
      .map((c) => {
        const d = defaultPunishmentClass(c);
        return {
          caseId: c.caseId,
          caseNo: c.caseNo,
          enterpriseId: c.enterpriseId,
          enterpriseName: byId.get(c.enterpriseId)!.name,
          violation: c.violation,
          fineYuan: c.fineYuan,
          decisionDate: c.decisionDate,
          defaultClass: d.punishmentClass,
          defaultReason: d.reason,
        };
      }),
  };
}

/**
 * A punishment record from a decided enforcement case in reach (class: the officer's, else the default rule's,
 * marked `default` until an officer confirms it) or by hand; its periods by the regime on the decision day.
 */
export async function createRecord(
  deps: Deps,
  actor: Actor,
  body: z.infer<typeof CreatePunishmentRecordBodySchema>,
): Promise<PunishmentRecord> {
  const now = deps.clock.now().toISOString();
  const id = randomUUID();
  let row;
  if ('caseId' in body) {
    const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor);
    const [c] = await decidedCases(
      deps.db,
      enterprises.map((e) => e.id),
      { caseIds: [body.caseId] },
    );
    if (!c) throw new AppError('CREDIT_CASE_NOT_DECIDED', `no decided case ${body.caseId} in reach`);
    if (await recordIdOfCase(deps.db, c.caseId))
      throw new AppError('CREDIT_RECORD_EXISTS', `case ${c.caseNo} has a punishment record already`);
    const cls = body.punishmentClass ?? defaultPunishmentClass(c).punishmentClass;
    row = recordOfCase(c, {
      id,
      punishmentClass: cls,
      classSource: body.punishmentClass ? 'officer' : 'default',
      by: actor.userId,
      now,
    });
  } else {
    const [e] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [body.enterpriseId] });
    if (!e) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${body.enterpriseId} not found`);
    if (!isCalendarDay(body.decisionDate) || body.decisionDate > today(deps))
      throw new AppError('VALIDATION_FAILED', 'decisionDate must be a past calendar day', [
        { path: 'body.decisionDate', message: 'a calendar day not after today' },
      ]);
    row = {
      id,
      enterprise_id: e.id,
      case_id: null,
      decision_no: body.decisionNo,
      violation_text: body.violationText,
      fine_yuan: body.fineYuan,
      authority: body.authority,
      class_source: 'officer',
      decision_date: body.decisionDate,
      ...periodColumns(body.punishmentClass, body.decisionDate),
      repaired_on: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
  }
  const stored = row;
  await deps.db.transaction().execute(async (trx) => {
    await insertRecord(trx, stored);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'credit.record.create',
      entityType: 'credit_punishment_record',
      entityId: id,
      after: { caseId: stored.case_id, class: stored.punishment_class, regime: stored.regime_id },
    });
  });
  return getRecord(deps, actor, id);
}

/** The officer sets or confirms the class: the periods are computed again under the same regime. */
export async function setRecordClass(
  deps: Deps,
  actor: Actor,
  id: string,
  body: z.infer<typeof SetPunishmentClassBodySchema>,
): Promise<PunishmentRecord> {
  const { row } = await recordInReach(deps, actor, id);
  if (row.repaired_on) throw new AppError('REPAIR_REQUEST_DECIDED', 'the record was repaired: its class stays');
  await deps.db.transaction().execute(async (trx) => {
    await updateRecord(trx, id, {
      ...periodColumns(body.punishmentClass, row.decision_date),
      class_source: 'officer',
      updated_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'credit.record.class',
      entityType: 'credit_punishment_record',
      entityId: id,
      before: { class: row.punishment_class, source: row.class_source },
      after: { class: body.punishmentClass, source: 'officer' },
    });
  });
  return getRecord(deps, actor, id);
}

/**
 * A repair request, by the enterprise's own user (credit:disclose) or entered by an officer (credit:write):
 * only for a record published today, from its earliest repair date on, one pending at a time. Unmet duties
 * do not refuse it (the enterprise may be paying while it waits): they are shown, and approval waits for them.
 */
export async function fileRequest(
  deps: Deps,
  actor: Actor,
  recordId: string,
  body: z.infer<typeof CreateRepairRequestBodySchema>,
): Promise<RepairRequest> {
  const byOfficer = actor.permissions.has('credit:write');
  if (!byOfficer && !actor.permissions.has('credit:disclose'))
    throw new AppError('FORBIDDEN', 'needs credit:disclose or credit:write');
  const { row } = await recordInReach(deps, actor, recordId);
  const day = today(deps);
  const state = publicationStateOn(periodsOf(row), day, row.repaired_on);
  if (state !== 'published')
    throw new AppError('REPAIR_NOT_PUBLISHED', `the record is ${state} today: nothing to repair`);
  if (!row.earliest_repair_date || day < row.earliest_repair_date)
    throw new AppError('REPAIR_NOT_YET_ALLOWED', `repair may be asked from ${row.earliest_repair_date}`, [
      { path: 'earliestRepairDate', message: row.earliest_repair_date ?? '' },
    ]);
  const pending = (await requestsOf(deps.db, { recordIds: [recordId] })).some((q) => q.state === 'pending');
  if (pending) throw new AppError('REPAIR_REQUEST_PENDING', 'the record has a repair request waiting');
  const id = randomUUID();
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await insertRequest(trx, {
      id,
      record_id: recordId,
      enterprise_id: row.enterprise_id,
      state: 'pending',
      requested_on: day,
      filed_by: byOfficer ? 'officer' : 'enterprise',
      statement: body.statement,
      duties: '[]',
      decided_on: null,
      decided_by: null,
      reason: '',
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'credit.repair.request',
      entityType: 'credit_repair_request',
      entityId: id,
      after: { recordId, filedBy: byOfficer ? 'officer' : 'enterprise' },
    });
  });
  return getRequest(deps, actor, id);
}

async function requestViews(deps: Deps, actor: Actor, f: { recordIds?: string[]; ids?: string[] }) {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  let rows = await requestsOf(deps.db, { enterpriseIds: [...byId.keys()], recordIds: f.recordIds });
  if (f.ids) rows = rows.filter((r) => f.ids!.includes(r.id));
  const records = new Map(
    (await recordsOf(deps.db, [...new Set(rows.map((r) => r.enterprise_id))])).map((r) => [r.id, r]),
  );
  const ctx = await contextOf(deps, [...records.values()]);
  return rows.map((q) => {
    const record = records.get(q.record_id)!;
    return toRequest(q, record, byId.get(q.enterprise_id)!, ctx.duties(record));
  });
}

export async function getRequest(deps: Deps, actor: Actor, id: string): Promise<RepairRequest> {
  mayRead(actor);
  const [q] = await requestViews(deps, actor, { ids: [id] });
  if (!q) throw new AppError('REPAIR_REQUEST_NOT_FOUND', `repair request ${id} not found`);
  return q;
}

export async function listRequests(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof RepairRequestListQuerySchema>,
): Promise<{ items: RepairRequest[]; total: number }> {
  mayRead(actor);
  let items = await requestViews(deps, actor, q.recordId ? { recordIds: [q.recordId] } : {});
  if (q.state) items = items.filter((i) => i.state === q.state);
  if (q.enterpriseId) items = items.filter((i) => i.enterpriseId === q.enterpriseId);
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}

/**
 * The reviewer's decision (credit:review): approval needs every duty met (409 REPAIR_DUTIES_UNMET naming the
 * unmet ones) and takes the record off the portal from the decision day; either way the duties are kept as
 * they stood and the reason is recorded.
 */
export async function decideRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  body: z.infer<typeof DecideRepairBodySchema>,
): Promise<RepairRequest> {
  const current = await getRequest(deps, actor, id);
  if (current.state !== 'pending') throw new AppError('REPAIR_REQUEST_DECIDED', `request ${id} is ${current.state}`);
  const unmet = current.duties.filter((d) => d.state === 'unmet');
  if (body.decision === 'approve' && unmet.length)
    throw new AppError(
      'REPAIR_DUTIES_UNMET',
      `duties not met: ${unmet.map((d) => d.duty).join(', ')}`,
      unmet.map((d) => ({ path: `duties.${d.duty}`, message: 'unmet', code: 'REPAIR_DUTIES_UNMET' })),
    );
  const day = today(deps);
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await updateRequest(trx, id, {
      state: body.decision === 'approve' ? 'approved' : 'rejected',
      decided_on: day,
      decided_by: actor.userId,
      reason: body.reason,
      duties: JSON.stringify(current.duties),
      updated_at: now,
    });
    if (body.decision === 'approve') await updateRecord(trx, current.recordId, { repaired_on: day, updated_at: now });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'credit.repair.decide',
      entityType: 'credit_repair_request',
      entityId: id,
      before: { state: 'pending' },
      after: { decision: body.decision, reason: body.reason, recordId: current.recordId },
    });
  });
  return getRequest(deps, actor, id);
}
