import type { Kysely } from 'kysely';
import { AppError, type ErrorDetail, type Item, type MergeItemsBody } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ItemRow } from '../shared/workplan.repository';
import * as repo from '../shared/workplan.repository';
import { reachOf, type Reach } from '../shared/workplan-scope';
import * as edit from './item-edit.repository';
import { branchOf, itemFields, itemInReach, unitsSnapshot } from './item-edit.service';
import * as restructure from './item-restructure.repository';
import {
  earliestStart,
  latestDeadline,
  mergedDoneAt,
  mergedMilestones,
  mergedText,
  mergedUnits,
} from './item-restructure-rules';
import { getItem } from './plans.service';

type Trx = Kysely<Database>;

/**
 * Merges sibling items (same plan, same parent) into the item: texts joined (each merged item's title
 * leads its paragraph), units, regions and tags unioned, the latest deadline (with its source), the
 * earliest start, every milestone; done only when all were. The merged items' children, indicators,
 * reports and supervision notices move to the kept item, after its own; then the merged items are deleted.
 * Refused: an item out of reach (404), an item of another plan or parent (409 ITEM_MERGE_NOT_SIBLINGS),
 * a unit that reported on two of them in one round (409 ITEM_MERGE_REPORTS_OVERLAP).
 */
export async function mergeItems(deps: AppDeps, actor: Actor, id: string, body: MergeItemsBody): Promise<Item> {
  const reach = await reachOf(deps.db, actor);
  await deps.db.transaction().execute(async (trx) => {
    const kept = await itemInReach(trx, reach, id);
    const others = await othersInReach(trx, reach, kept, body.otherIds);
    const all = [kept, ...others];
    const allIds = all.map((r) => r.id);
    const otherIds = others.map((o) => o.id);
    const overlaps = await restructure.overlappingReports(trx, allIds);
    if (overlaps.length)
      throw new AppError(
        'ITEM_MERGE_REPORTS_OVERLAP',
        'a unit reported on two of these items in the same round',
        overlaps.map((o) => ({
          path: 'body.otherIds',
          message: `round ${o.label}: unit ${o.unit_org_id} reported twice`,
          params: { round: o.label, unitId: o.unit_org_id },
        })),
      );

    const unitsBefore = await unitsSnapshot(trx, id);
    const now = deps.clock.now().toISOString();
    await adoptChildren(trx, kept, otherIds, now);
    await adoptIndicators(trx, id, allIds);
    await restructure.moveHistory(trx, otherIds, id);

    const units = mergedUnits(allIds, await restructure.unitsOfItems(trx, allIds));
    const regions = [...new Set((await restructure.regionsOfItems(trx, allIds)).map((r) => r.region_code))];
    const { deadline, source } = latestDeadline(all);
    await restructure.deleteItems(trx, otherIds);
    await edit.updateItemRow(trx, id, {
      text: mergedText(kept, others),
      tags_json: JSON.stringify([...new Set(all.flatMap((r) => JSON.parse(r.tags_json) as string[]))]),
      start_date: earliestStart(all),
      deadline,
      deadline_source: source,
      milestones_json: JSON.stringify(mergedMilestones(all)),
      done_at: mergedDoneAt(all),
      updated_at: now,
    });
    await edit.replaceItemUnits(trx, id, units.leads, units.cos);
    await edit.replaceItemRegions(trx, id, regions);

    const after = (await repo.findItemRow(trx, id))!;
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.merge',
      entityType: 'workplan_item',
      entityId: id,
      before: { ...itemFields(kept), ...unitsBefore, merged: others.map((o) => ({ id: o.id, ...itemFields(o) })) },
      after: { ...itemFields(after), leadUnitIds: units.leads, coUnitIds: units.cos, regionCodes: regions },
    });
    for (const o of others)
      await appendAudit(trx, deps.clock, auditContextOf(actor), {
        action: 'workplan.item.merge',
        entityType: 'workplan_item',
        entityId: o.id,
        before: itemFields(o),
        after: { mergedInto: id },
      });
  });
  return getItem(deps, actor, id);
}

/** The items to merge, each in reach (else 404 at its index) and a sibling of the kept item (else 409). */
async function othersInReach(trx: Trx, reach: Reach, kept: ItemRow, otherIds: readonly string[]): Promise<ItemRow[]> {
  const others: ItemRow[] = [];
  const strangers: ErrorDetail[] = [];
  for (const [i, otherId] of otherIds.entries()) {
    const path = `body.otherIds.${i}`;
    if (otherId === kept.id || others.some((o) => o.id === otherId))
      throw new AppError('VALIDATION_FAILED', 'an item is named twice', [{ path, message: 'named twice' }]);
    const other = await itemInReach(trx, reach, otherId, path);
    if (other.plan_id !== kept.plan_id) strangers.push({ path, message: 'in another plan', code: 'OTHER_PLAN' });
    else if (other.parent_id !== kept.parent_id)
      strangers.push({ path, message: 'under another parent', code: 'OTHER_PARENT' });
    others.push(other);
  }
  if (strangers.length)
    throw new AppError('ITEM_MERGE_NOT_SIBLINGS', 'only siblings of one plan can be merged', strangers);
  return others;
}

/** The merged items' children go under the kept item, after its own; their branches take its root. */
async function adoptChildren(trx: Trx, kept: ItemRow, otherIds: readonly string[], now: string): Promise<void> {
  const skeleton = await edit.itemSkeletonOfPlan(trx, kept.plan_id);
  let position = await repo.nextPosition(trx, kept.plan_id, kept.id);
  for (const otherId of otherIds) {
    const children = skeleton.filter((n) => n.parent_id === otherId).sort((a, b) => a.position - b.position);
    for (const child of children) {
      await edit.updateItemRow(trx, child.id, { parent_id: kept.id, position: position++, updated_at: now });
      // Siblings share their level, so only the root can change (merging top-level items).
      if (child.root_id !== kept.root_id)
        for (const nodeId of branchOf(skeleton, child.id))
          await edit.updateItemRow(trx, nodeId, { root_id: kept.root_id, updated_at: now });
    }
  }
}

/** The merged items' indicators follow the kept item's, in the order of the items. */
async function adoptIndicators(trx: Trx, keptId: string, allIds: readonly string[]): Promise<void> {
  const rows = await restructure.indicatorOrderOf(trx, allIds);
  const ordered = allIds.flatMap((itemId) => rows.filter((r) => r.item_id === itemId));
  for (const [i, x] of ordered.entries())
    if (x.item_id !== keptId || x.position !== i + 1)
      await edit.updateIndicatorRow(trx, x.id, { item_id: keptId, position: i + 1 });
}
