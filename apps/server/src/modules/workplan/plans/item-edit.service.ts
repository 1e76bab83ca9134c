import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AppError,
  type BulkAssignBody,
  type Indicator,
  type IndicatorInput,
  type Item,
  type UpdateIndicatorBody,
  type UpdateItemBody,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import * as repo from '../shared/workplan.repository';
import { reachOf, type Reach } from '../shared/workplan-scope';
import { assertOrgsExist, deadlineSourceOf } from './item-writer';
import * as edit from './item-edit.repository';
import { getItem } from './plans.service';

/*
 * Editing a plan after import: items (edit, move, delete) and their indicators (add, edit, delete),
 * and lead units and deadlines in bulk. Every write checks the caller's reach on each item it touches
 * (an item out of reach is 404, as on reads) and leaves an audit entry with what was before and after.
 */

type Db = Kysely<Database>;

export async function itemInReach(db: Db, reach: Reach, id: string, path = 'params.id'): Promise<repo.ItemRow> {
  const row = await repo.findItem(db, id, reach);
  if (!row) throw new AppError('ITEM_NOT_FOUND', 'item not found', [{ path, message: 'not found in your reach' }]);
  return row;
}

/**
 * After a write that changes units or regions: the item must still be in the caller's reach. A city
 * bureau that hands its item to another city would lose it unseen; the write is refused (rolled back)
 * at the field that did it.
 */
export async function assertStillInReach(db: Db, reach: Reach, id: string, path: string): Promise<void> {
  if (!(await repo.findItem(db, id, reach)))
    throw new AppError('VALIDATION_FAILED', 'the item would be outside your reach', [
      { path, message: 'name a unit in your reach' },
    ]);
}

export const unitsSnapshot = async (db: Db, itemId: string) => {
  const units = await repo.unitsOfItem(db, itemId);
  return {
    leadUnitIds: units.filter((u) => u.role === 'lead').map((u) => u.org_id),
    coUnitIds: units.filter((u) => u.role === 'co').map((u) => u.org_id),
  };
};

export const itemFields = (r: repo.ItemRow) => ({
  kind: r.kind,
  number: r.number,
  title: r.title,
  text: r.text,
  tags: JSON.parse(r.tags_json) as string[],
  startDate: r.start_date,
  deadline: r.deadline,
  deadlineSource: r.deadline_source,
  milestones: JSON.parse(r.milestones_json) as unknown[],
});

/** Changes an item's fields, units or regions; only what is sent changes. */
export async function updateItem(deps: AppDeps, actor: Actor, id: string, body: UpdateItemBody): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  await deps.db.transaction().execute(async (trx) => {
    const before = await itemInReach(trx, reach, id);
    const unitsBefore = await unitsSnapshot(trx, id);
    await assertOrgsExist(trx, [...(body.leadUnitIds ?? []), ...(body.coUnitIds ?? [])]);
    const set = {
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.number !== undefined ? { number: body.number } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.tags !== undefined ? { tags_json: JSON.stringify([...new Set(body.tags)]) } : {}),
      ...(body.startDate !== undefined ? { start_date: body.startDate } : {}),
      // A deadline sent is a person's word on it, even unchanged: it is no longer the importer's guess.
      ...(body.deadline !== undefined
        ? { deadline: body.deadline, deadline_source: deadlineSourceOf(body.deadline, 'manual') }
        : {}),
      ...(body.milestones !== undefined
        ? { milestones_json: JSON.stringify([...body.milestones].sort((a, b) => a.date.localeCompare(b.date))) }
        : {}),
      updated_at: deps.clock.now().toISOString(),
    };
    await edit.updateItemRow(trx, id, set);
    if (body.leadUnitIds !== undefined || body.coUnitIds !== undefined)
      await edit.replaceItemUnits(
        trx,
        id,
        body.leadUnitIds ?? unitsBefore.leadUnitIds,
        body.coUnitIds ?? unitsBefore.coUnitIds,
      );
    if (body.regionCodes !== undefined) await edit.replaceItemRegions(trx, id, body.regionCodes);
    await assertStillInReach(trx, reach, id, body.leadUnitIds !== undefined ? 'body.leadUnitIds' : 'body.regionCodes');
    const after = (await repo.findItemRow(trx, id))!;
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.update',
      entityType: 'workplan_item',
      entityId: id,
      before: { ...itemFields(before), ...unitsBefore },
      after: {
        ...itemFields(after),
        ...(await unitsSnapshot(trx, id)),
        ...(body.regionCodes ? { regionCodes: body.regionCodes } : {}),
      },
    });
  });
  return getItem(deps, actor, id);
}

/** Moves an item (with its branch) under another parent of its plan, at a position among the new siblings. */
export async function moveItem(
  deps: AppDeps,
  actor: Actor,
  id: string,
  body: { parentId: string | null; position?: number | undefined },
): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  await deps.db.transaction().execute(async (trx) => {
    const item = await itemInReach(trx, reach, id);
    const parent = body.parentId ? await itemInReach(trx, reach, body.parentId, 'body.parentId') : null;
    if (parent && parent.plan_id !== item.plan_id)
      throw new AppError('VALIDATION_FAILED', 'the new parent is in another plan', [
        { path: 'body.parentId', message: 'not in this plan' },
      ]);
    const skeleton = await edit.itemSkeletonOfPlan(trx, item.plan_id);
    const branch = branchOf(skeleton, id);
    if (parent && branch.includes(parent.id))
      throw new AppError('VALIDATION_FAILED', 'an item cannot move under itself or its own branch', [
        { path: 'body.parentId', message: 'inside the moved branch' },
      ]);
    const parentId = parent?.id ?? null;
    const position = body.position ?? (await repo.nextPosition(trx, item.plan_id, parentId));
    await edit.shiftSiblings(trx, item.plan_id, parentId, position);
    const level = (parent?.level ?? 0) + 1;
    const rootId = parent?.root_id ?? id;
    const now = deps.clock.now().toISOString();
    await edit.updateItemRow(trx, id, { parent_id: parentId, position, level, root_id: rootId, updated_at: now });
    // The branch below keeps its shape: levels shift by the move, and every node gets the new root.
    const shift = level - item.level;
    for (const node of skeleton.filter((n) => branch.includes(n.id) && n.id !== id))
      await edit.updateItemRow(trx, node.id, { level: node.level + shift, root_id: rootId, updated_at: now });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.move',
      entityType: 'workplan_item',
      entityId: id,
      before: { parentId: item.parent_id, position: item.position, level: item.level },
      after: { parentId, position, level },
    });
  });
  return getItem(deps, actor, id);
}

/** The ids of an item and everything below it. */
export function branchOf(skeleton: readonly edit.ItemSkeleton[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) out.push(...skeleton.filter((n) => n.parent_id === out[i]).map((n) => n.id));
  return out;
}

/** Deletes an item with its branch; refused (409) when reports were filed on any of it, which are history. */
export async function deleteItem(deps: AppDeps, actor: Actor, id: string): Promise<{ deleted: number }> {
  const reach = await reachOf(deps.db, actor);
  return deps.db.transaction().execute(async (trx) => {
    const item = await itemInReach(trx, reach, id);
    const branch = branchOf(await edit.itemSkeletonOfPlan(trx, item.plan_id), id);
    const reports = await edit.reportCountOf(trx, branch);
    if (reports > 0)
      throw new AppError('CONFLICT', `${reports} report(s) were filed on this item or below it: edit it instead`);
    await edit.deleteItemRow(trx, id);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.delete',
      entityType: 'workplan_item',
      entityId: id,
      before: { ...itemFields(item), parentId: item.parent_id, branchSize: branch.length },
    });
    return { deleted: branch.length };
  });
}

function indicatorOf(r: repo.IndicatorRow): Omit<Indicator, 'latest'> {
  return {
    id: r.id,
    itemId: r.item_id,
    name: r.name,
    unit: r.unit,
    direction: r.direction as Indicator['direction'],
    baseline: r.baseline,
    target: r.target,
    deadline: r.deadline,
    deadlineSource: r.deadline_source as Indicator['deadlineSource'],
    source: r.source as Indicator['source'],
    metricKey: r.metric_key,
    metricParams: JSON.parse(r.metric_params_json) as Record<string, string>,
  };
}

/**
 * A live indicator reads a metric some module publishes, for a region the caller may see: a binding to
 * another city would show its figures on this plan's board to everyone who reads the plan.
 */
function assertBindable(
  actor: Actor,
  source: string,
  metricKey: string | null | undefined,
  metricParams: Record<string, string>,
): void {
  if (source !== 'live') return;
  const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);
  if (!metricKey) throw invalid('body.metricKey', 'required for a live indicator');
  if (!findMetric(metricKey)) throw invalid('body.metricKey', `no module publishes the metric ${metricKey}`);
  const region = metricParams['regionCode'];
  if (region !== undefined && !canSeeRegion(actor, region))
    throw invalid('body.metricParams.regionCode', `region ${region} is outside your scope`);
}

export async function addIndicator(
  deps: AppDeps,
  actor: Actor,
  itemId: string,
  x: IndicatorInput,
): Promise<Omit<Indicator, 'latest'>> {
  const reach = await reachOf(deps.db, actor);
  return deps.db.transaction().execute(async (trx) => {
    await itemInReach(trx, reach, itemId);
    assertBindable(actor, x.source, x.metricKey, x.metricParams ?? {});
    const row: repo.IndicatorRow = {
      id: randomUUID(),
      item_id: itemId,
      position: await edit.nextIndicatorPosition(trx, itemId),
      name: x.name,
      unit: x.unit,
      direction: x.direction,
      baseline: x.baseline ?? null,
      target: x.target,
      deadline: x.deadline ?? null,
      deadline_source: deadlineSourceOf(x.deadline),
      source: x.source,
      metric_key: x.source === 'live' ? (x.metricKey ?? null) : null,
      metric_params_json: JSON.stringify(x.metricParams ?? {}),
    };
    await edit.insertIndicatorRow(trx, row);
    const after = indicatorOf(row);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.indicator.create',
      entityType: 'workplan_indicator',
      entityId: row.id,
      after,
    });
    return after;
  });
}

async function indicatorInReach(db: Db, reach: Reach, id: string): Promise<repo.IndicatorRow> {
  const row = await edit.findIndicatorRow(db, id);
  if (!row || !(await repo.findItem(db, row.item_id, reach)))
    throw new AppError('INDICATOR_NOT_FOUND', 'indicator not found');
  return row;
}

export async function updateIndicator(
  deps: AppDeps,
  actor: Actor,
  id: string,
  body: UpdateIndicatorBody,
): Promise<Omit<Indicator, 'latest'>> {
  const reach = await reachOf(deps.db, actor);
  return deps.db.transaction().execute(async (trx) => {
    const before = await indicatorInReach(trx, reach, id);
    const source = body.source ?? before.source;
    const metricKey = body.metricKey !== undefined ? body.metricKey : before.metric_key;
    const metricParams = body.metricParams ?? (JSON.parse(before.metric_params_json) as Record<string, string>);
    assertBindable(actor, source, metricKey, metricParams);
    const set = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.unit !== undefined ? { unit: body.unit } : {}),
      ...(body.direction !== undefined ? { direction: body.direction } : {}),
      ...(body.baseline !== undefined ? { baseline: body.baseline } : {}),
      ...(body.target !== undefined ? { target: body.target } : {}),
      ...(body.deadline !== undefined
        ? { deadline: body.deadline, deadline_source: deadlineSourceOf(body.deadline, 'manual') }
        : {}),
      ...(body.metricParams !== undefined ? { metric_params_json: JSON.stringify(body.metricParams) } : {}),
      source,
      // A manual indicator reads no metric.
      metric_key: source === 'live' ? metricKey : null,
    };
    await edit.updateIndicatorRow(trx, id, set);
    const after = indicatorOf((await edit.findIndicatorRow(trx, id))!);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.indicator.update',
      entityType: 'workplan_indicator',
      entityId: id,
      before: indicatorOf(before),
      after,
    });
    return after;
  });
}

export async function deleteIndicator(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  const reach = await reachOf(deps.db, actor);
  await deps.db.transaction().execute(async (trx) => {
    const before = await indicatorInReach(trx, reach, id);
    await edit.deleteIndicatorRow(trx, id);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.indicator.delete',
      entityType: 'workplan_indicator',
      entityId: id,
      before: indicatorOf(before),
    });
  });
}

/**
 * Sets the lead units and/or the deadline of many items of a plan at once. All or nothing: an item
 * not in the plan or out of the caller's reach fails the whole request (404, with its index).
 */
export async function bulkAssign(
  deps: AppDeps,
  actor: Actor,
  planId: string,
  body: BulkAssignBody,
): Promise<{ updated: number }> {
  const reach = await reachOf(deps.db, actor);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findPlan(trx, planId))) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
    if (body.leadUnitIds) await assertOrgsExist(trx, body.leadUnitIds);
    const ids = [...new Set(body.itemIds)];
    const now = deps.clock.now().toISOString();
    for (const [i, id] of ids.entries()) {
      const item = await itemInReach(trx, reach, id, `body.itemIds.${i}`);
      if (item.plan_id !== planId)
        throw new AppError('ITEM_NOT_FOUND', 'item not found in this plan', [
          { path: `body.itemIds.${i}`, message: 'not in this plan' },
        ]);
      const unitsBefore = await unitsSnapshot(trx, id);
      if (body.leadUnitIds) {
        await edit.replaceItemUnits(trx, id, body.leadUnitIds, unitsBefore.coUnitIds);
        await assertStillInReach(trx, reach, id, 'body.leadUnitIds');
      }
      if (body.deadline !== undefined)
        await edit.updateItemRow(trx, id, {
          deadline: body.deadline,
          deadline_source: deadlineSourceOf(body.deadline, 'manual'),
          updated_at: now,
        });
      await appendAudit(trx, deps.clock, auditContextOf(actor), {
        action: 'workplan.item.bulk_assign',
        entityType: 'workplan_item',
        entityId: id,
        before: { deadline: item.deadline, leadUnitIds: unitsBefore.leadUnitIds },
        after: {
          deadline: body.deadline !== undefined ? body.deadline : item.deadline,
          leadUnitIds: body.leadUnitIds ?? unitsBefore.leadUnitIds,
        },
      });
    }
    return { updated: ids.length };
  });
}
