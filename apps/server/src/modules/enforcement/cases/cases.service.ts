import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  AppError,
  type AssessPenaltyBodySchema,
  type CaseDetail,
  type CaseEventBody,
  type CaseListQuerySchema,
  type CasePenalty,
  type CaseState,
  type CaseSummary,
  type CreateCaseBodySchema,
} from '@ecocloud/contracts';
import { assessPenalty, type ViolationType } from '@ecocloud/standards';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { loadCalendar } from '../../../platform/deadlines';
import { provinceRegionCode } from '../../../platform/orgs/org-reads';
import { shanghaiDate } from '../../../platform/time-zone';
import { getLead, stepLead } from '../../compliance';
import { sourcesReads } from '../../sources';
import { caseClocks } from '../rules/case-clocks';
import { allowedEvents, allowedIn, CASE_STEPS, nextState } from './case-states';
import { leadWords } from './lead-words';
import { clockEventsOf } from './clock-events';
import { leadFoundOn, limitationOf, toDetail, toSummary } from './case-view';
import {
  casesOf,
  casesOfLead,
  casesOpenedInYear,
  closePause,
  eventsOf,
  findCase,
  insertCase,
  insertEvent,
  updateCase,
  type CaseEventRow,
  type CaseRow,
} from './cases.repository';

type Deps = ServiceDeps;
const today = (deps: Deps) => shanghaiDate(deps.clock.now().toISOString());

const notFound = (id: string) => new AppError('CASE_NOT_FOUND', `case ${id} not found`);
const invalidEvent = (message: string, path = 'body.kind') =>
  new AppError('CASE_EVENT_INVALID', message, [{ path, message, code: 'CASE_EVENT_INVALID' }]);

/** A case whose enterprise lies in the actor's scope; anything else answers 404, so scope does not leak. */
async function caseInReach(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ row: CaseRow; enterprise: sourcesReads.EnterpriseInReach }> {
  const row = await findCase(deps.db, id);
  const [enterprise] = row ? await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [row.enterprise_id] }) : [];
  if (!row || !enterprise) throw notFound(id);
  return { row, enterprise };
}

export async function listCases(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof CaseListQuerySchema>,
): Promise<{ items: CaseSummary[]; total: number }> {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, {
    ...(q.enterpriseId ? { ids: [q.enterpriseId] } : {}),
    ...(q.regionCode ? { regionCode: q.regionCode } : {}),
  });
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const rows = await casesOf(deps.db, [...byId.keys()]);
  const events = await eventsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const cal = await loadCalendar(deps.db);
  const day = today(deps);
  let items = rows.map((r) =>
    toSummary(
      r,
      byId.get(r.enterprise_id)!,
      events.filter((e) => e.case_id === r.id),
      day,
      cal,
    ),
  );
  // The shown state (overdue is computed from the payment clock) is what the filter means.
  if (q.state) items = items.filter((c) => c.state === q.state);
  if (q.overdue !== undefined) items = items.filter((c) => c.overdue === q.overdue);
  const key = q.sort ?? 'createdAt';
  const dir = q.order === 'desc' ? -1 : 1;
  items.sort((a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0) || a.id.localeCompare(b.id));
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}

export async function getCase(deps: Deps, actor: Actor, id: string): Promise<CaseDetail> {
  const { row, enterprise } = await caseInReach(deps, actor, id);
  const events = await eventsOf(deps.db, [id]);
  return toDetail(
    row,
    enterprise,
    events,
    today(deps),
    await loadCalendar(deps.db),
    allowedEvents(row.state as CaseState, actor.permissions),
  );
}

/** The violation a lead suggests: exceeding the permitted concentration, of water or air by the outlet's data. */
const violationOfLead = (signKind: string, medium: 'water' | 'gas'): ViolationType =>
  signKind
    ? medium === 'water'
      ? 'water_evasion'
      : 'air_evasion'
    : medium === 'water'
      ? 'water_exceed_permit'
      : 'air_exceed_permit';

/**
 * Opens a case (立案前的线索): from a compliance lead in the actor's scope (its enterprise, outlet, act
 * dates and a title follow from the lead, which moves to case_requested), or by hand. The filing clock
 * runs from the day the lead was found.
 */
export async function createCase(
  deps: Deps,
  actor: Actor,
  body: z.infer<typeof CreateCaseBodySchema>,
): Promise<CaseDetail> {
  const day = today(deps);
  const lead = body.leadId ? await getLead(deps, actor, body.leadId) : null;
  const enterpriseId = lead?.enterpriseId ?? body.enterpriseId;
  if (!enterpriseId)
    throw new AppError('VALIDATION_FAILED', 'enterpriseId or leadId is required', [
      { path: 'body.enterpriseId', message: 'required' },
    ]);
  const [enterprise] = await sourcesReads.enterprisesInReach(deps.db, actor, { ids: [enterpriseId] });
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  const outletId = lead?.outletId ?? body.outletId;
  const [outlet] = outletId ? await sourcesReads.outletsInReach(deps.db, actor, { outletId }) : [];
  if (outletId && outlet?.enterpriseId !== enterprise.id)
    throw new AppError('OUTLET_NOT_FOUND', `outlet ${outletId} not found`);
  const medium = outlet?.kind === 'water' ? 'water' : 'gas';
  if (lead && (await casesOfLead(deps.db, lead.id)) > 0)
    throw new AppError('CASE_STATE_CONFLICT', `lead ${lead.id} already has a case`, [
      { path: 'body.leadId', message: 'already has a case', code: 'CASE_STATE_CONFLICT' },
    ]);
  const violation = body.violation ?? (lead ? violationOfLead(lead.signKind, medium) : undefined);
  if (!violation)
    throw new AppError('VALIDATION_FAILED', 'violation is required', [{ path: 'body.violation', message: 'required' }]);
  const actDate = body.actDate ?? (lead ? shanghaiDate(lead.start) : undefined);
  if (!actDate)
    throw new AppError('VALIDATION_FAILED', 'actDate is required', [{ path: 'body.actDate', message: 'required' }]);
  const found = body.leadFoundOn ?? (lead ? shanghaiDate(lead.createdAt) : day);
  for (const [path, d] of [
    ['body.actDate', actDate],
    ['body.leadFoundOn', found],
  ] as const)
    if (d > day) throw new AppError('VALIDATION_FAILED', `${path} is in the future`, [{ path, message: 'future' }]);
  const now = deps.clock.now().toISOString();
  const year = Number(day.slice(0, 4));
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    const serial = (await casesOpenedInYear(trx, year)) + 1;
    const row = {
      id,
      case_no: `环罚〔${year}〕${serial}号`,
      enterprise_id: enterprise.id,
      outlet_id: outletId ?? null,
      lead_id: lead?.id ?? null,
      title: body.title ?? `${enterprise.name}${lead ? '在线监测线索' : '环境违法线索'}`,
      facts: body.facts || (lead ? leadFacts(lead) : ''),
      violation,
      act_date: actDate,
      act_end_date: body.actEndDate ?? (lead ? shanghaiDate(lead.end) : null),
      caused_harm: body.causedHarm ? 1 : 0,
      state: 'lead',
      jurisdiction: (await provinceRegionCode(trx)) ?? enterprise.regionCode.slice(0, 2) + '0000',
      discretion_table: '',
      discretion_inputs: '{}',
      penalty: null,
      fine_yuan: null,
      handling_org_id: actor.orgId,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    await insertCase(trx, row);
    await insertEvent(trx, eventRow(id, 'lead_found', found, actor, now, {}, lead ? `线索：${lead.id}` : ''));
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.case.create',
      entityType: 'enforcement_case',
      entityId: id,
      after: { caseNo: row.case_no, enterpriseId: enterprise.id, violation, leadId: row.lead_id },
    });
  });
  // The lead's own step (its own transaction, audited by compliance): the case exists either way.
  if (lead && (lead.status === 'open' || lead.status === 'explained'))
    await stepLead(deps, actor, lead.id, { step: 'case', reason: '已建执法案件' });
  return getCase(deps, actor, id);
}

const leadFacts = (lead: Awaited<ReturnType<typeof getLead>>): string =>
  `${shanghaiDate(lead.start)}至${shanghaiDate(lead.end)}，${lead.enterpriseName}排放口${lead.outletCode}在线监测数据显示：${leadWords(lead)}。`;

function eventRow(
  caseId: string,
  kind: string,
  date: string,
  actor: Actor,
  now: string,
  data: Record<string, unknown>,
  note: string,
  endDate: string | null = null,
): CaseEventRow {
  return {
    id: randomUUID(),
    case_id: caseId,
    kind,
    date,
    end_date: endDate,
    note,
    data: JSON.stringify(data),
    created_by: actor.userId,
    created_at: now,
  };
}

/** The event's own fields kept with it (the clock rules read them back). */
function dataOf(body: CaseEventBody, fineYuan: number | null): Record<string, unknown> {
  switch (body.kind) {
    case 'extended':
      return { clock: body.clock, by: body.by, amount: body.amount };
    case 'paused':
      return { reason: body.reason };
    case 'notice_sent':
      return { hearingRight: body.hearingRight };
    case 'hearing_notified':
      return { hearingDate: body.hearingDate };
    case 'reinspected':
      return { finding: body.finding };
    case 'decided':
      return { fineYuan };
    default:
      return {};
  }
}

/**
 * Records what happened on a day: checked against the state machine and the actor's permission, the
 * clock rules (an extension beyond the law's maximum is refused), the limitation (a case found too late
 * cannot be decided) and the penalty (a decision needs one assessed); audited.
 */
export async function recordEvent(deps: Deps, actor: Actor, id: string, body: CaseEventBody): Promise<CaseDetail> {
  const day = today(deps);
  if (body.date > day) throw invalidEvent('the day is in the future', 'body.date');
  return deps.db.transaction().execute(async (trx) => {
    const tdeps = { db: trx, clock: deps.clock };
    const { row } = await caseInReach(tdeps, actor, id);
    const state = row.state as CaseState;
    const step = CASE_STEPS[body.kind];
    if (!actor.permissions.has(step.permission))
      throw new AppError('FORBIDDEN', `${body.kind} needs ${step.permission}`);
    const reason = body.kind === 'paused' ? body.reason : undefined;
    if (!allowedIn(body.kind, state, reason))
      throw new AppError('CASE_STATE_CONFLICT', `a case in state ${state} cannot record ${body.kind}`, [
        {
          path: 'body.kind',
          message: `state ${state}`,
          code: 'CASE_STATE_CONFLICT',
          params: { state, kind: body.kind },
        },
      ]);
    const events = await eventsOf(trx, [id]);
    if (
      events.some((e) => e.date > body.date && e.kind !== 'paused' && isStateEvent(e.kind)) &&
      CASE_STEPS[body.kind].to
    )
      throw invalidEvent('the day is before a step already recorded', 'body.date');
    if (body.date < leadFoundOn(events, row)) throw invalidEvent('the day is before the lead was found', 'body.date');
    const now = deps.clock.now().toISOString();
    let fine: number | null = row.fine_yuan === null ? null : Number(row.fine_yuan);
    if (body.kind === 'decided') {
      const penalty = row.penalty ? (JSON.parse(row.penalty) as CasePenalty) : null;
      if (!penalty) throw invalidEvent('assess the penalty before the decision', 'body.kind');
      if (!limitationOf(row, events).within)
        throw new AppError('CASE_LIMITATION_EXPIRED', 'the act was found after the limitation period');
      fine = penalty.fineYuan;
    }
    if (body.kind === 'resumed') {
      const open = [...events].reverse().find((e) => e.kind === 'paused' && e.end_date === null);
      if (!open) throw invalidEvent('no pause is open', 'body.kind');
      if (body.date < open.date) throw invalidEvent('the pause ends before it began', 'body.date');
      await closePause(trx, open.id, body.date);
    }
    const endDate = body.kind === 'paused' ? body.endDate : null;
    const ev = eventRow(id, body.kind, body.date, actor, now, dataOf(body, fine), body.note, endDate);
    // The clock rules refuse an extension the law does not allow (order, count, maximum).
    try {
      caseClocks(clockEventsOf([...events, ev], fine), day, await loadCalendar(trx));
    } catch (err) {
      if (err instanceof RangeError) throw invalidEvent(err.message, 'body.amount');
      throw err;
    }
    await insertEvent(trx, ev);
    const next = nextState(body.kind, state, reason);
    await updateCase(trx, id, {
      state: next,
      updated_at: now,
      ...(body.kind === 'decided' ? { fine_yuan: fine } : {}),
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.case.event',
      entityType: 'enforcement_case',
      entityId: id,
      before: { state },
      after: { state: next, kind: body.kind, date: body.date },
    });
    return getCase(tdeps, actor, id);
  });
}

const isStateEvent = (kind: string) => kind in CASE_STEPS && CASE_STEPS[kind as keyof typeof CASE_STEPS].to !== null;

/**
 * The fine by the jurisdiction's discretion table and the basis in force (assessPenalty of
 * @ecocloud/standards), stored with the case; allowed until the decision.
 */
export async function assessCasePenalty(
  deps: Deps,
  actor: Actor,
  id: string,
  body: z.infer<typeof AssessPenaltyBodySchema>,
): Promise<CaseDetail> {
  return deps.db.transaction().execute(async (trx) => {
    const tdeps = { db: trx, clock: deps.clock };
    const { row } = await caseInReach(tdeps, actor, id);
    if (['decided', 'served', 'paid', 'enforced', 'closed', 'not_filed', 'terminated'].includes(row.state))
      throw new AppError('CASE_STATE_CONFLICT', `the penalty of a case in state ${row.state} is fixed`, [
        { path: 'body', message: `state ${row.state}`, code: 'CASE_STATE_CONFLICT', params: { state: row.state } },
      ]);
    const decisionDate = body.decisionDate ?? today(deps);
    const r = assessPenalty({
      jurisdiction: row.jurisdiction,
      table: body.table,
      violation: row.violation as ViolationType,
      actDate: row.act_date,
      actEndDate: row.act_end_date ?? undefined,
      decisionDate,
      alsoViolates: body.alsoViolates,
      inputs: body.inputs,
    });
    if (!r.ok)
      throw new AppError('PENALTY_NOT_ASSESSABLE', r.message, [
        { path: 'body.table', message: r.message, code: r.code },
      ]);
    const { ok: _ok, violation: _v, ...rest } = r;
    const penalty: CasePenalty = { ...rest, decisionDate };
    const now = deps.clock.now().toISOString();
    await updateCase(trx, id, {
      discretion_table: body.table,
      discretion_inputs: JSON.stringify(body.inputs),
      penalty: JSON.stringify(penalty),
      fine_yuan: penalty.fineYuan,
      updated_at: now,
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.case.penalty',
      entityType: 'enforcement_case',
      entityId: id,
      after: { table: body.table, basis: penalty.basis.id, fineYuan: penalty.fineYuan },
    });
    return getCase(tdeps, actor, id);
  });
}
