import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { addCalendarDays, loadCalendar, nextWorkingDay, type WorkingCalendar } from '../../../platform/deadlines';
import * as repo from '../shared/workplan.repository';
import { insertRound } from './progress.repository';

const toRound = (r: repo.RoundRow) => ({
  id: r.id,
  planId: r.plan_id,
  label: r.label,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  dueDate: r.due_date,
});

/** Monthly reporting rounds for the plan year: month M is due on `dueDay` of month M+1, moved to a working day. Skips existing ones. */
export async function insertMonthlyRounds(
  trx: Kysely<Database>,
  plan: repo.PlanRow,
  dueDay: number,
  cal: WorkingCalendar,
): Promise<void> {
  const existing = new Set((await repo.roundsOfPlan(trx, plan.id)).map((r) => r.label));
  for (let m = 1; m <= 12; m++) {
    const label = `${plan.year}-${String(m).padStart(2, '0')}`;
    if (existing.has(label)) continue;
    const next = m === 12 ? `${plan.year + 1}-01` : `${plan.year}-${String(m + 1).padStart(2, '0')}`;
    const row = {
      id: randomUUID(),
      plan_id: plan.id,
      label,
      period_start: `${label}-01`,
      period_end: addCalendarDays(`${next}-01`, -1),
      due_date: nextWorkingDay(`${next}-${String(dueDay).padStart(2, '0')}`, cal),
    };
    await insertRound(trx, row);
  }
}

export async function createMonthlyRounds(
  deps: AppDeps,
  actor: Actor,
  { planId, dueDay }: { planId: string; dueDay: number },
) {
  const plan = await repo.findPlan(deps.db, planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
  const cal = await loadCalendar(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    await insertMonthlyRounds(trx, plan, dueDay, cal);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.rounds.create',
      entityType: 'workplan_plan',
      entityId: planId,
      after: { frequency: 'monthly', dueDay },
    });
  });
  return listRounds(deps, planId);
}

export async function listRounds({ db }: AppDeps, planId: string) {
  const items = (await repo.roundsOfPlan(db, planId)).map(toRound);
  return { items, total: items.length };
}
