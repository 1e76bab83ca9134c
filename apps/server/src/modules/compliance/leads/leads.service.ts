import { z } from 'zod';
import { AppError, LeadListQuerySchema, type Lead, type LeadKind, type LeadStatus } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { LEAD_STEPS, stepAllowed, type LeadStep } from './lead-steps';
import { leadById, listLeads, moveLead, type LeadRow } from './leads.repository';

type OutletInReach = Awaited<ReturnType<typeof sourcesReads.outletsInReach>>[number];
export type LeadListQuery = z.infer<typeof LeadListQuerySchema>;

function toLead(r: LeadRow, outlet: OutletInReach): Lead {
  let evidence: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(r.evidence);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) evidence = parsed as Record<string, unknown>;
  } catch {
    // a row written by hand with bad JSON shows no evidence rather than failing the inbox
  }
  return {
    id: r.id,
    kind: r.kind as LeadKind,
    signKind: r.sign_kind,
    outletId: r.outlet_id,
    outletCode: outlet.code,
    enterpriseId: r.enterprise_id,
    enterpriseName: outlet.enterpriseName,
    regionCode: outlet.regionCode,
    pollutant: r.pollutant,
    start: r.start,
    end: r.end,
    evidence,
    act: r.act,
    status: r.status as LeadStatus,
    reason: r.reason,
    question: r.question,
    explanation: r.explanation,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * The leads inbox: leads of the outlets whose enterprise lies in the actor's scope (a city officer its
 * enterprises', an enterprise user its own), filtered by status, kind, enterprise, outlet or region.
 */
export async function listLeadsInScope(
  { db }: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  q: LeadListQuery,
): Promise<{ items: Lead[]; total: number }> {
  const outlets = await sourcesReads.outletsInReach(db, actor, {
    ...(q.outletId ? { outletId: q.outletId } : {}),
    ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
    ...(q.regionCode ? { regionCode: q.regionCode } : {}),
  });
  const byId = new Map(outlets.map((o) => [o.id, o]));
  const { rows, total } = await listLeads(db, { ...q, outletIds: [...byId.keys()] });
  return { items: rows.map((r) => toLead(r, byId.get(r.outlet_id)!)), total };
}

/** A lead and its outlet, when the outlet lies in the actor's scope; otherwise 404 (scope does not leak). */
async function leadInReach(db: ServiceDeps['db'], actor: Actor, id: string) {
  const row = await leadById(db, id);
  const [outlet] = row ? await sourcesReads.outletsInReach(db, actor, { outletId: row.outlet_id }) : [];
  if (!row || !outlet) throw new AppError('LEAD_NOT_FOUND', `lead ${id} not found`);
  return { row, outlet };
}

export async function getLead({ db }: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<Lead> {
  const { row, outlet } = await leadInReach(db, actor, id);
  return toLead(row, outlet);
}

/** What a step writes besides the status. */
export type StepInput =
  | { step: 'dismiss'; reason: string }
  | { step: 'ask'; question: string }
  | { step: 'explain'; explanation: string }
  | { step: 'case'; reason: string };

const fieldsOf = (input: StepInput) => {
  switch (input.step) {
    case 'dismiss':
    case 'case':
      return { reason: input.reason };
    case 'ask':
      return { question: input.question };
    case 'explain':
      return { explanation: input.explanation };
  }
};

const conflict = (step: LeadStep, status: string) =>
  new AppError(
    'LEAD_STATE_CONFLICT',
    `a lead in status ${status} cannot be ${step === 'case' ? 'turned into a case' : `${step}ed`}`,
    [{ path: '', message: `status ${status}`, code: 'LEAD_STATE_CONFLICT', params: { status, step } }],
  );

/**
 * One triage step on a lead in the actor's scope, audited with the status before and after. The
 * enterprise's answer (`explain`) is for the enterprise's own users only: the lead must lie in the
 * actor's own enterprise, whatever scope the role has. A step the status does not allow → 409.
 */
export async function stepLead({ db, clock }: ServiceDeps, actor: Actor, id: string, input: StepInput): Promise<Lead> {
  const step = LEAD_STEPS[input.step];
  const reach: Actor = input.step === 'explain' ? { ...actor, scope: 'own' } : actor;
  return db.transaction().execute(async (trx) => {
    const { row, outlet } = await leadInReach(trx, reach, id);
    if (!stepAllowed(input.step, row.status)) throw conflict(input.step, row.status);
    const fields = fieldsOf(input);
    const moved = await moveLead(trx, id, step.from, {
      ...fields,
      status: step.to,
      updated_at: clock.now().toISOString(),
      updated_by: actor.userId,
    });
    // Another officer's step landed between the read and the update: the status it found is gone.
    if (!moved) throw conflict(input.step, (await leadById(trx, id))?.status ?? row.status);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: step.audit,
      entityType: 'compliance_lead',
      entityId: id,
      before: { status: row.status },
      after: { status: step.to, ...fields },
    });
    return toLead((await leadById(trx, id))!, outlet);
  });
}
