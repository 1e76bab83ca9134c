import type { Item, MonthlyContent, MonthlyTask } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/deadlines';
import { listNotices } from '../shared/unit-orgs.repository';
import { loadPlanView, type PlanView } from '../views/item-view';

/** Items in reading order (a parent, then its children by position), as the plan is written. */
function inPlanOrder(items: readonly Item[]): Item[] {
  const kids = new Map<string | null, Item[]>();
  for (const i of items) kids.set(i.parentId, [...(kids.get(i.parentId) ?? []), i]);
  for (const list of kids.values()) list.sort((a, b) => a.position - b.position);
  const out: Item[] = [];
  const walk = (parentId: string | null) => {
    for (const i of kids.get(parentId) ?? []) {
      out.push(i);
      walk(i.id);
    }
  };
  walk(null);
  return out;
}

const leadsOf = (i: Item) => i.units.filter((u) => u.role === 'lead').map((u) => u.orgName);

/** One key work item (任务): what each unit reported in the month, its indicators against targets. */
function taskOf(view: PlanView, item: Item, roundIds: ReadonlySet<string>): MonthlyTask {
  const reports = view.reports
    .filter((r) => r.item_id === item.id && roundIds.has(r.round_id) && r.review_state !== 'returned')
    .map((r) => ({
      unitName: r.unit_name,
      text: r.text,
      percent: r.percent,
      late: r.is_late === 1,
      reviewState: r.review_state,
    }));
  return {
    itemId: item.id,
    number: item.number,
    title: item.title,
    status: item.status,
    leadUnits: leadsOf(item),
    deadline: item.deadline,
    percent: item.doneAt ? 100 : item.lastPercent,
    reports,
    indicators: item.indicators.map((x) => ({
      name: x.name,
      unit: x.unit,
      direction: x.direction,
      target: x.target,
      value: x.latest?.value ?? null,
      source: x.source,
      track: view.tracks.get(x.id) ?? 'no_data',
    })),
  };
}

/**
 * Compiles the month's report for a whole plan (the plan owners' view, every item): per major task
 * (the top-level headings 一、二、…) its key work items (tasks at any depth below it) with the reports
 * of the month's round(s), indicators with their value and track as of today, the items at risk or
 * overdue, and the supervision notices issued in the month (Shanghai days). Statuses are as of the
 * compile day, which is why the content is stored and frozen at approval rather than recomputed.
 */
export async function compileMonth(deps: AppDeps, planId: string, month: string): Promise<MonthlyContent> {
  const view = await loadPlanView(deps, { kind: 'all' }, planId);
  const roundIds = new Set(view.rounds.filter((r) => r.period_start.slice(0, 7) === month).map((r) => r.id));
  const ordered = inPlanOrder(view.items);
  const byId = new Map(ordered.map((i) => [i.id, i]));
  const rootOf = (i: Item) => byId.get(i.rootId) ?? i;
  const sections: MonthlyContent['sections'] = [];
  for (const root of ordered.filter((i) => i.parentId === null)) {
    const tasks = ordered.filter((i) => i.kind === 'task' && rootOf(i).id === root.id);
    if (tasks.length === 0) continue;
    sections.push({ number: root.number, title: root.title, tasks: tasks.map((t) => taskOf(view, t, roundIds)) });
  }
  const tasks = sections.flatMap((s) => s.tasks);
  const itemIds = new Set(view.items.map((i) => i.id));
  const notices = (await listNotices(deps.db, { kind: 'all' }, {}))
    .filter((n) => itemIds.has(n.item_id) && shanghaiDate(new Date(n.issued_at)).slice(0, 7) === month)
    .map((n) => ({
      itemTitle: n.item_title,
      unitName: n.unit_name,
      reason: n.reason,
      level: n.level,
      issuedAt: n.issued_at,
      replyDue: n.reply_due,
      state: n.state,
    }));
  const count = (s: Item['status']) => tasks.filter((t) => t.status === s).length;
  const monthReports = tasks.flatMap((t) => t.reports);
  return {
    planTitle: view.plan.title,
    year: view.plan.year,
    month,
    asOf: view.today,
    summary: {
      tasks: tasks.length,
      reported: tasks.filter((t) => t.reports.length > 0).length,
      reports: monthReports.length,
      lateReports: monthReports.filter((r) => r.late).length,
      done: count('done'),
      onTrack: count('on_track'),
      atRisk: count('at_risk'),
      overdue: count('overdue'),
      notices: notices.length,
    },
    sections,
    risks: tasks.flatMap((t) =>
      t.status === 'at_risk' || t.status === 'overdue'
        ? [{ number: t.number, title: t.title, status: t.status, leadUnits: t.leadUnits, deadline: t.deadline }]
        : [],
    ),
    notices,
  };
}
