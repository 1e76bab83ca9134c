import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type IndicatorInput, type ItemInput, type StoredDeadlineSource } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { existingOrgIds } from '../../../platform/orgs/org-reads';
import * as repo from '../shared/workplan.repository';
import * as plansRepo from './plans.repository';

/** Where a deadline comes from: the importer says; otherwise a deadline given is a person's (`manual`). */
type WithDeadlineSource = { deadlineSource?: StoredDeadlineSource | null | undefined };
/** An item to insert: the API's input with defaults applied (the demo seeder and the importer build these too). */
export type NewItem = Omit<ItemInput, 'parentId' | 'indicators'> &
  WithDeadlineSource & { parentId: string | null; indicators: (IndicatorInput & WithDeadlineSource)[] };

/** The source stored with a deadline: as given, else `manual` for a deadline someone wrote, else none. */
export const deadlineSourceOf = (deadline: string | null | undefined, given?: StoredDeadlineSource | null) =>
  deadline ? (given ?? 'manual') : null;

/** Unit ids must name existing organisations (the FK would say so too, but with a less helpful error). */
export async function assertOrgsExist(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const found = await existingOrgIds(db, ids);
  const missing = ids.filter((id) => !found.includes(id));
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', `unknown organisations: ${missing.join(', ')}`, [
      { path: 'body.leadUnitIds', message: 'unknown organisation' },
    ]);
}

/**
 * Inserts one item with its units, regions and indicators, inside the caller's transaction. An item
 * naming no units or regions inherits its parent's, so a bureau that leads a task also reaches its measures.
 */
export async function insertItem(
  trx: Kysely<Database>,
  clock: Clock,
  plan: repo.PlanRow,
  input: NewItem,
  actorId: string | null,
): Promise<repo.ItemRow> {
  const parent = input.parentId ? await repo.findItemRow(trx, input.parentId) : undefined;
  if (input.parentId && (!parent || parent.plan_id !== plan.id))
    throw new AppError('ITEM_NOT_FOUND', 'parent item not found in this plan', [
      { path: 'body.parentId', message: 'not found in this plan' },
    ]);
  const id = randomUUID();
  const now = clock.now().toISOString();
  const row: repo.ItemRow = {
    id,
    plan_id: plan.id,
    parent_id: parent?.id ?? null,
    root_id: parent?.root_id ?? id,
    level: (parent?.level ?? 0) + 1,
    kind: input.kind,
    number: input.number,
    position: await repo.nextPosition(trx, plan.id, parent?.id ?? null),
    title: input.title,
    text: input.text,
    tags_json: JSON.stringify(input.tags),
    start_date: input.startDate ?? null,
    deadline: input.deadline ?? null,
    deadline_source: deadlineSourceOf(input.deadline, input.deadlineSource),
    milestones_json: JSON.stringify([...input.milestones].sort((a, b) => a.date.localeCompare(b.date))),
    done_at: null,
    created_by: actorId,
    created_at: now,
    updated_at: now,
  };
  await plansRepo.insertItemRow(trx, row);
  let units = [
    ...input.leadUnitIds.map((o) => ({ org_id: o, role: 'lead' })),
    ...input.coUnitIds.filter((o) => !input.leadUnitIds.includes(o)).map((o) => ({ org_id: o, role: 'co' })),
  ];
  if (!units.length && parent) units = await repo.unitsOfItem(trx, parent.id);
  if (units.length) await plansRepo.insertItemUnits(trx, id, units);
  let regions = [...new Set(input.regionCodes)];
  if (!regions.length && parent) regions = await plansRepo.regionCodesOfItem(trx, parent.id);
  if (regions.length) await plansRepo.insertItemRegions(trx, id, regions);
  if (input.indicators.length)
    await plansRepo.insertIndicators(
      trx,
      input.indicators.map((x, i) => indicatorRow(id, x, i + 1)),
    );
  return row;
}

function indicatorRow(itemId: string, x: IndicatorInput & WithDeadlineSource, position: number): repo.IndicatorRow {
  if (x.source === 'live' && !x.metricKey)
    throw new AppError('VALIDATION_FAILED', `live indicator ${x.name} needs a metricKey`, [
      { path: 'body.indicators', message: 'metricKey required' },
    ]);
  return {
    id: randomUUID(),
    item_id: itemId,
    position,
    name: x.name,
    unit: x.unit,
    direction: x.direction,
    baseline: x.baseline ?? null,
    target: x.target,
    deadline: x.deadline ?? null,
    deadline_source: deadlineSourceOf(x.deadline, x.deadlineSource),
    source: x.source,
    metric_key: x.source === 'live' ? (x.metricKey ?? null) : null,
    metric_params_json: JSON.stringify(x.metricParams ?? {}),
  };
}
