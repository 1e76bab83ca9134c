import { AppError, ITEM_STATUSES, type AssessmentWeights, type Item, type ItemStatus } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { dueState, loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import { writeTable } from '../../../platform/import-export/table-io';
import { renderAssessmentPdf } from './assessment-pdf';
import { scoreUnit } from './assessment-score';
import { loadPlanView, type PlanView } from './item-view';
import { orgById } from '../../../platform/orgs/org-reads';
import { listNotices } from '../shared/unit-orgs.repository';
import * as repo from '../shared/workplan.repository';
import { canActFor, reachOf } from '../shared/workplan-scope';

const zeroCounts = () => Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;

/**
 * The board: one row per top-level heading with the cards under it and their status counts. The
 * cards of a section are its children the caller reaches or that hold an item it reaches (a unit
 * sees its items under their headings); a top-level task is its own card. Counts are over the cards
 * shown, so "共 N 项" is the number of cards; a heading with no card (e.g. 一、总体要求, text only) is left out.
 */
export async function board(deps: AppDeps, actor: Actor, planId: string) {
  const view = await loadPlanView(deps, await reachOf(deps.db, actor), planId, { withParents: true });
  const items = view.items
    .filter((i) => i.parentId === null)
    .map((root) => {
      const cards = root.kind === 'section' ? view.items.filter((i) => i.parentId === root.id) : [root];
      const counts = zeroCounts();
      for (const c of cards) counts[c.status]++;
      return {
        itemId: root.id,
        number: root.number,
        title: root.title,
        total: cards.length,
        counts,
        cards: cards.map((c) => boardCard(view, c)),
      };
    })
    .filter((row) => row.total > 0);
  return { items, total: items.length };
}

/** The tasks below a section in the caller's reach (through sub-sections), in plan order. */
function tasksBelow(items: readonly Item[], sectionId: string): Item[] {
  return items
    .filter((i) => i.parentId === sectionId)
    .flatMap((i) => (i.kind === 'section' ? tasksBelow(items, i.id) : i.kind === 'task' && !i.context ? [i] : []));
}

/** What a card shows of an item: for a section, figures over the tasks below it that the caller reaches. */
function boardCard(view: PlanView, item: Item) {
  const tasks = item.kind === 'section' ? tasksBelow(view.items, item.id) : [];
  const own = item.kind === 'section' && item.context ? [] : [item];
  const covered = [...own, ...tasks];
  const percentOf = (i: Item) => (i.doneAt ? 100 : (i.lastPercent ?? 0));
  const progress =
    item.kind === 'section'
      ? tasks.length
        ? Math.round(tasks.reduce((sum, i) => sum + percentOf(i), 0) / tasks.length)
        : null
      : percentOf(item);
  const leads = (i: Item) => i.units.filter((u) => u.role === 'lead').map((u) => u.orgName);
  const ownLeads = leads(item);
  const leadUnits = ownLeads.length ? ownLeads : [...new Set(tasks.flatMap(leads))];
  const dates = covered
    .filter((i) => !i.doneAt)
    .flatMap((i) => [...(i.deadline ? [i.deadline] : []), ...i.milestones.map((m) => m.date)])
    .sort();
  const nextDeadline = dates.find((d) => d >= view.today) ?? dates.at(-1) ?? null;
  const indicators = covered
    .flatMap((i) => i.indicators)
    .slice(0, 3)
    .map((x) => ({
      id: x.id,
      name: x.name,
      unit: x.unit,
      direction: x.direction,
      target: x.target,
      value: x.latest?.value ?? null,
      track: view.tracks.get(x.id) ?? ('no_data' as const),
    }));
  return {
    itemId: item.id,
    number: item.number,
    title: item.title,
    kind: item.kind,
    status: item.status,
    context: item.context === true,
    progress,
    leadUnits,
    nextDeadline,
    indicators,
    tasks: tasks.slice(0, 4).map((i) => ({ itemId: i.id, title: i.title, status: i.status })),
    taskCount: tasks.length,
  };
}

/** Items whose deadline has passed without being done, as far as the caller reaches. */
export async function overdue(deps: AppDeps, actor: Actor, planId: string): Promise<{ items: Item[]; total: number }> {
  const view = await loadPlanView(deps, await reachOf(deps.db, actor), planId);
  const items = view.items.filter((i) => i.kind !== 'section' && i.status === 'overdue');
  return { items, total: items.length };
}

/** What one unit owes and when: its items, each with the nearest due date (a report, a notice reply or the deadline). */
export async function unitDuties(deps: AppDeps, actor: Actor, planId: string, unitId: string) {
  const reach = await reachOf(deps.db, actor);
  const unit = await orgById(deps.db, unitId);
  if (!unit || !canActFor(reach, unit)) throw new AppError('UNIT_NOT_FOUND', 'unit not found in your scope');
  const view = await loadPlanView(deps, reach, planId);
  const cal = await loadCalendar(deps.db);
  const now = deps.clock.now();
  const notices = await listNotices(deps.db, reach, { openOnly: true });
  const items = view.items.flatMap((i) => {
    const role = view.units.find((u) => u.item_id === i.id && u.org_id === unitId)?.role;
    if (!role || i.kind === 'section') return [];
    const owedRounds = view.rounds.filter(
      (r) =>
        r.period_start <= view.today &&
        !view.reports.some((p) => p.round_id === r.id && p.item_id === i.id && p.unit_org_id === unitId),
    );
    const dues = [
      ...(role === 'lead' && !i.doneAt ? owedRounds.map((r) => r.due_date) : []),
      ...notices.filter((n) => n.item_id === i.id && n.unit_org_id === unitId).map((n) => n.reply_due),
      ...(i.deadline && !i.doneAt ? [i.deadline] : []),
    ].sort();
    const nextDue = dues[0] ?? null;
    return [
      {
        itemId: i.id,
        title: i.title,
        role: role as 'lead' | 'co',
        status: i.status,
        deadline: i.deadline,
        nextDue,
        dueState: nextDue ? dueState(nextDue, now, { calendar: cal }) : null,
      },
    ];
  });
  return { items, total: items.length };
}

/** Reported values of an indicator over time against the straight line from baseline to target. */
export async function indicatorSeries(deps: AppDeps, actor: Actor, indicatorId: string) {
  const reach = await reachOf(deps.db, actor);
  const ind = await repo.itemIdOfIndicator(deps.db, indicatorId);
  const item = ind ? await repo.findItem(deps.db, ind.item_id, reach) : undefined;
  if (!item) throw new AppError('INDICATOR_NOT_FOUND', 'indicator not found');
  const view = await loadPlanView(deps, reach, item.plan_id);
  const indicator = view.items.find((i) => i.id === item.id)!.indicators.find((x) => x.id === indicatorId)!;
  const from = Date.parse(`${view.plan.year}-01-01T00:00:00+08:00`);
  const to = indicator.deadline ? Date.parse(`${indicator.deadline}T24:00:00+08:00`) : NaN;
  const expectedAt = (at: string) =>
    indicator.baseline === null || Number.isNaN(to)
      ? null
      : indicator.baseline +
        (indicator.target - indicator.baseline) * Math.min(1, Math.max(0, (Date.parse(at) - from) / (to - from)));
  const points = view.reports
    .filter((r) => r.item_id === item.id && r.review_state !== 'returned')
    .flatMap((r) => {
      const v = (JSON.parse(r.values_json) as { indicatorId: string; value: number }[]).find(
        (x) => x.indicatorId === indicatorId,
      );
      return v
        ? [
            {
              date: shanghaiDate(new Date(r.submitted_at)),
              value: v.value,
              expected: expectedAt(r.submitted_at),
              unitName: r.unit_name,
            },
          ]
        : [];
    });
  return { indicator, points };
}

/** Year-end assessment of the lead units from the plan's weights (completion, timeliness, indicator attainment). */
export async function assessment(deps: AppDeps, actor: Actor, planId: string) {
  const { items } = await assessmentOfPlan(deps, actor, planId);
  return { items, total: items.length };
}

/** The assessment with the plan it belongs to, its weights and the day it was computed (for the PDF). */
async function assessmentOfPlan(deps: AppDeps, actor: Actor, planId: string) {
  const view = await loadPlanView(deps, await reachOf(deps.db, actor), planId);
  const weights = JSON.parse(view.plan.weights_json) as AssessmentWeights;
  const dueRounds = view.rounds.filter((r) => r.due_date < view.today);
  const leads = view.units.filter(
    (u) => u.role === 'lead' && view.items.some((i) => i.id === u.item_id && i.kind === 'task'),
  );
  const unitIds = [...new Set(leads.map((u) => u.org_id))];
  const items = unitIds
    .map((unitId) => {
      const led = view.items.filter((i) => leads.some((u) => u.org_id === unitId && u.item_id === i.id));
      const mine = view.reports.filter((r) => r.unit_org_id === unitId && led.some((i) => i.id === r.item_id));
      const latest = (i: Item) =>
        i.doneAt
          ? 100
          : ([...mine].reverse().find((r) => r.item_id === i.id && r.review_state !== 'returned')?.percent ?? 0);
      const tracks = led.flatMap((i) => i.indicators.map((x) => view.tracks.get(x.id)!)).filter((t) => t !== 'no_data');
      const facts = {
        items: led.length,
        percentSum: led.reduce((s, i) => s + latest(i), 0),
        reportsDue: dueRounds.length * led.length,
        reportsOnTime: mine.filter((r) => r.is_late === 0 && dueRounds.some((d) => d.id === r.round_id)).length,
        indicatorsJudged: tracks.length,
        indicatorsAttained: tracks.filter((t) => t === 'attained').length,
      };
      return {
        unitId,
        unitName: leads.find((u) => u.org_id === unitId)!.name,
        items: led.length,
        ...scoreUnit(facts, weights),
      };
    })
    .sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName));
  return {
    plan: { id: view.plan.id, title: view.plan.title, year: view.plan.year },
    today: view.today,
    weights,
    items,
  };
}

export async function assessmentXlsx(deps: AppDeps, actor: Actor, planId: string): Promise<Buffer> {
  const { items } = await assessment(deps, actor, planId);
  return writeTable(
    [
      { key: 'unitName', header: '单位 unit' },
      { key: 'items', header: '牵头事项 items' },
      { key: 'completion', header: '完成度 completion %' },
      { key: 'timeliness', header: '及时性 timeliness %' },
      { key: 'attainment', header: '指标达成 attainment %' },
      { key: 'score', header: '得分 score' },
    ],
    items,
    'xlsx',
    'assessment',
  );
}

/** The year-end assessment as a printable Chinese summary (PDF). */
export async function assessmentPdf(deps: AppDeps, actor: Actor, planId: string): Promise<Buffer> {
  return renderAssessmentPdf(await assessmentOfPlan(deps, actor, planId));
}
