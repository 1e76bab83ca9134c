import { randomUUID } from 'node:crypto';
import type { Item, SplitItemBody } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { loadPlanView } from '../views/item-view';
import * as repo from '../shared/workplan.repository';
import type { ItemRow } from '../shared/workplan.repository';
import { reachOf } from '../shared/workplan-scope';
import * as edit from './item-edit.repository';
import { assertStillInReach, itemFields, itemInReach, unitsSnapshot } from './item-edit.service';
import * as restructure from './item-restructure.repository';
import { partNumber } from './item-restructure-rules';
import { assertOrgsExist } from './item-writer';
import * as plansRepo from './plans.repository';

/**
 * Splits an item into N sibling items at its place. The first part keeps the item itself (its id, and
 * so its children, indicators, reports and supervision notices, which cannot be divided by a machine);
 * the others are new items right after it, with the item's kind, tags, regions, start date and
 * milestones, its units unless the part names its lead units (co-leads stay), its deadline unless the
 * part gives one. Numbers take a suffix (`3` → `3-1`, `3-2`). Answers the parts the caller reaches.
 */
export async function splitItem(deps: AppDeps, actor: Actor, id: string, body: SplitItemBody): Promise<Item[]> {
  const reach = await reachOf(deps.db, actor);
  const ids = await deps.db.transaction().execute(async (trx) => {
    const item = await itemInReach(trx, reach, id);
    await assertOrgsExist(trx, [...new Set(body.parts.flatMap((p) => p.leadUnitIds ?? []))]);
    const units = await unitsSnapshot(trx, id);
    const regions = await plansRepo.regionCodesOfItem(trx, id);
    const now = deps.clock.now().toISOString();
    const [first, ...rest] = body.parts;
    await restructure.shiftSiblingsAfter(trx, item.plan_id, item.parent_id, item.position, rest.length);

    await edit.updateItemRow(trx, id, {
      number: partNumber(item.number, 1),
      title: first!.title,
      ...(first!.text !== undefined ? { text: first!.text } : {}),
      ...(first!.deadline !== undefined ? deadlineOf(first!.deadline) : {}),
      updated_at: now,
    });
    if (first!.leadUnitIds) {
      await edit.replaceItemUnits(trx, id, first!.leadUnitIds, units.coUnitIds);
      await assertStillInReach(trx, reach, id, 'body.parts.0.leadUnitIds');
    }

    const created: ItemRow[] = [];
    for (const [i, part] of rest.entries()) {
      const newId = randomUUID();
      const row: ItemRow = {
        ...item,
        id: newId,
        // A top-level item is its own root; below, the parts share the item's root.
        root_id: item.parent_id ? item.root_id : newId,
        number: partNumber(item.number, i + 2),
        position: item.position + i + 1,
        title: part.title,
        text: part.text ?? '',
        ...(part.deadline !== undefined ? deadlineOf(part.deadline) : {}),
        done_at: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await plansRepo.insertItemRow(trx, row);
      await edit.replaceItemUnits(trx, newId, part.leadUnitIds ?? units.leadUnitIds, units.coUnitIds);
      if (regions.length) await plansRepo.insertItemRegions(trx, newId, regions);
      await assertStillInReach(trx, reach, newId, `body.parts.${i + 1}.leadUnitIds`);
      created.push(row);
    }

    const parts = [];
    for (const row of [(await repo.findItemRow(trx, id))!, ...created])
      parts.push({
        id: row.id,
        number: row.number,
        title: row.title,
        deadline: row.deadline,
        ...(await unitsSnapshot(trx, row.id)),
      });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.item.split',
      entityType: 'workplan_item',
      entityId: id,
      before: { ...itemFields(item), ...units },
      after: { parts },
    });
    for (const part of parts.slice(1))
      await appendAudit(trx, deps.clock, auditContextOf(actor), {
        action: 'workplan.item.split',
        entityType: 'workplan_item',
        entityId: part.id,
        after: { ...part, splitFrom: id },
      });
    return parts.map((p) => p.id);
  });
  const view = await loadPlanView(deps, reach, (await repo.findItemRow(deps.db, id))!.plan_id);
  return ids.flatMap((partId) => view.items.filter((i) => i.id === partId && !i.context));
}

/** A deadline a person gave for a part, with its source. */
const deadlineOf = (deadline: string | null) => ({
  deadline,
  deadline_source: deadline ? 'manual' : null,
});
