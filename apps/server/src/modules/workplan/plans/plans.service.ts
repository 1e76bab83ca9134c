import { randomUUID } from 'node:crypto';
import {
  AppError,
  type AssessmentWeights,
  type Item,
  type ItemInput,
  type Plan,
  type ProposedItem,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import { DEFAULT_WEIGHTS } from '../views/assessment-score';
import { loadPlanView } from '../views/item-view';
import { assertOrgsExist, insertItem } from './item-writer';
import { parsePlanText } from '../import/plan-parser';
import { unitDictionary } from '../import/unit-dictionary';
import { regionPlaces } from '../../../platform/dictionaries/dictionary-reads';
import { listOrgs, orgById } from '../../../platform/orgs/org-reads';
import * as repo from '../shared/workplan.repository';
import * as plansRepo from './plans.repository';
import { reachOf } from '../shared/workplan-scope';

function toPlan(r: repo.PlanRow): Plan {
  return {
    id: r.id,
    year: r.year,
    orgId: r.org_id,
    title: r.title,
    weights: JSON.parse(r.weights_json) as AssessmentWeights,
    createdAt: r.created_at,
  };
}

export async function listPlans({ db }: AppDeps): Promise<{ items: Plan[]; total: number }> {
  const rows = await repo.listPlans(db);
  return { items: rows.map(toPlan), total: rows.length };
}

/** The plan's organisation must be in the writer's scope; one plan per year and organisation. */
export async function createPlan(
  { db, clock }: AppDeps,
  actor: Actor,
  body: { year: number; orgId: string; title: string; weights?: AssessmentWeights | undefined },
): Promise<Plan> {
  const org = await orgById(db, body.orgId);
  if (!org || !orgPathInScope(actor, org.id, org.path))
    throw new AppError('ORG_NOT_FOUND', 'organisation not found in your scope', [
      { path: 'body.orgId', message: 'not found in your scope' },
    ]);
  const now = clock.now().toISOString();
  const row: repo.PlanRow = {
    id: randomUUID(),
    year: body.year,
    org_id: org.id,
    title: body.title,
    weights_json: JSON.stringify(body.weights ?? DEFAULT_WEIGHTS),
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await plansRepo.insertPlan(trx, row);
      await appendAudit(trx, clock, auditContextOf(actor), {
        action: 'workplan.plan.create',
        entityType: 'workplan_plan',
        entityId: row.id,
        after: toPlan(row),
      });
    });
  } catch (err) {
    if (constraintKind(err) === 'unique')
      throw new AppError('CONFLICT', `a ${body.year} plan of this organisation exists already`);
    throw err;
  }
  return toPlan(row);
}

export async function updatePlan(
  { db, clock }: AppDeps,
  actor: Actor,
  { id, ...patch }: { id: string; title?: string | undefined; weights?: AssessmentWeights | undefined },
): Promise<Plan> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findPlan(trx, id);
    if (!before) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
    const set = {
      title: patch.title ?? before.title,
      weights_json: patch.weights ? JSON.stringify(patch.weights) : before.weights_json,
      updated_at: clock.now().toISOString(),
    };
    await plansRepo.updatePlanRow(trx, id, set);
    const after = toPlan({ ...before, ...set });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'workplan.plan.update',
      entityType: 'workplan_plan',
      entityId: id,
      before: toPlan(before),
      after,
    });
    return after;
  });
}

export async function listItems(
  deps: AppDeps,
  actor: Actor,
  planId: string,
  q: { parentId?: string | undefined; status?: string | undefined; tag?: string | undefined },
) {
  const view = await loadPlanView(deps, await reachOf(deps.db, actor), planId, { withParents: true });
  const items = view.items.filter(
    (i) =>
      (q.parentId === undefined || i.parentId === q.parentId) &&
      (!q.status || i.status === q.status) &&
      (!q.tag || i.tags.includes(q.tag)),
  );
  return { items, total: items.length };
}

/** One item as the caller reaches it, with its status; NOT_FOUND outside the caller's reach. */
export async function getItem(deps: AppDeps, actor: Actor, id: string): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  // A parent of an item in reach opens too (read-only context, marked `context`); anything else is absent.
  const row = await repo.findItem(deps.db, id, { kind: 'all' });
  const item = row
    ? (await loadPlanView(deps, reach, row.plan_id, { withParents: true })).items.find((i) => i.id === id)
    : undefined;
  if (!item) throw new AppError('ITEM_NOT_FOUND', 'item not found');
  return item;
}

export async function createItem(
  deps: AppDeps,
  actor: Actor,
  { planId, ...input }: ItemInput & { planId: string },
): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  const id = await deps.db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
    // A parent out of reach is absent, as on reads (the item would inherit another unit's units and regions).
    if (input.parentId && !(await repo.findItem(trx, input.parentId, reach)))
      throw new AppError('ITEM_NOT_FOUND', 'parent item not found', [
        { path: 'body.parentId', message: 'not found in your reach' },
      ]);
    await assertOrgsExist(trx, [...input.leadUnitIds, ...input.coUnitIds]);
    const row = await insertItem(trx, deps.clock, plan, { ...input, parentId: input.parentId ?? null }, actor.userId);
    // An item the caller would not reach once saved (another unit leads it) is refused, not saved unseen.
    if (!(await repo.findItem(trx, row.id, reach)))
      throw new AppError('VALIDATION_FAILED', 'the item would be outside your reach', [
        { path: 'body.leadUnitIds', message: 'name a unit in your reach' },
      ]);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.create',
      entityType: 'workplan_item',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
  return getItem(deps, actor, id);
}

/** Moves an item to done (or back); only within the caller's reach. */
export async function setItemDone(
  deps: AppDeps,
  actor: Actor,
  { id, done }: { id: string; done: boolean },
): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findItem(trx, id, reach);
    if (!before) throw new AppError('ITEM_NOT_FOUND', 'item not found');
    const doneAt = done ? deps.clock.now().toISOString() : null;
    await plansRepo.setItemDoneAt(trx, id, doneAt, deps.clock.now().toISOString());
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: done ? 'workplan.item.done' : 'workplan.item.reopen',
      entityType: 'workplan_item',
      entityId: id,
      before: { doneAt: before.done_at },
      after: { doneAt },
    });
  });
  return getItem(deps, actor, id);
}

/** Parses a plan's text with the region dictionary as the places and the organisation tree as the units dictionary. */
export async function previewImport({ db }: AppDeps, text: string, year?: number) {
  const places = await regionPlaces(db);
  const units = unitDictionary(await listOrgs(db));
  return parsePlanText(text, { year, places, units });
}

const CLI_CONTEXT: AuditContext = { actorId: null, actorName: 'cli', actorOrgId: null, requestId: null, ip: null };

/** Saves a reviewed proposal under a plan (optionally replacing its items); units are matched to organisations by name. A null actor is the CLI. */
export async function saveImport(
  deps: AppDeps,
  actor: Actor | null,
  { planId, ...body }: { planId: string; items: ProposedItem[]; replace: boolean },
) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
    if (body.replace) await plansRepo.deleteItemsOfPlan(trx, planId);
    const orgs = await listOrgs(trx);
    const unmatched = new Set<string>();
    let created = 0;
    let indicators = 0;
    const walk = async (items: ProposedItem[], parentId: string | null): Promise<void> => {
      for (const p of items) {
        const leadUnitIds = p.units
          .map((n) => orgs.find((o) => o.name === n || o.name.endsWith(n))?.id ?? (unmatched.add(n), ''))
          .filter(Boolean);
        const row = await insertItem(
          trx,
          deps.clock,
          plan,
          {
            parentId,
            kind: p.kind,
            number: p.number,
            title: p.title.slice(0, 500),
            text: p.text,
            leadUnitIds,
            coUnitIds: [],
            regionCodes: p.regions,
            tags: p.tags,
            startDate: null,
            deadline: p.deadline,
            deadlineSource: p.deadlineSource ?? null,
            milestones: [],
            indicators: p.indicators.map((x) => ({
              name: x.name,
              unit: x.unit,
              direction: x.direction,
              target: x.target,
              deadline: x.deadline,
              deadlineSource: x.deadlineSource ?? null,
              source: 'manual' as const,
            })),
          },
          actor?.userId ?? null,
        );
        created++;
        indicators += p.indicators.length;
        await walk(p.children, row.id);
      }
    };
    await walk(body.items, null);
    await appendAudit(trx, deps.clock, actor ? auditContextOf(actor) : CLI_CONTEXT, {
      action: 'workplan.plan.import',
      entityType: 'workplan_plan',
      entityId: planId,
      after: { created, indicators, replace: body.replace },
    });
    return { created, indicators, unmatchedUnits: [...unmatched].sort() };
  });
}
