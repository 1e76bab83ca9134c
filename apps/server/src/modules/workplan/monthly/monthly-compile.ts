import type { Item, MonthlyContent, MonthlyTask } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/deadlines';
import { listNotices } from '../shared/unit-orgs.repository';
import { loadPlanView, rollUp, type PlanView } from '../views/item-view';

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

/**
 * A key work item's branch: the task and the measures below it, down to (not into) a nested task, which
 * the report lists on its own. Units report on measures as often as on tasks.
 */
function branchOf(task: Item, children: ReadonlyMap<string, Item[]>): Item[] {
  const out = [task];
  const walk = (id: string) => {
    for (const child of children.get(id) ?? [])
      if (child.kind !== 'task') {
        out.push(child);
        walk(child.id);
      }
  };
  walk(task.id);
  return out;
}

/**
 * One key work item (任务) with its branch: what each unit reported in the month (on the task or a measure
 * below it), the indicators against targets, and the worst status of the branch (a task whose measure is
 * overdue is overdue in the report, as a section rolls up on the board). Lead units are the task's, else
 * those of the measures below it.
 */
function taskOf(view: PlanView, task: Item, branch: readonly Item[], roundIds: ReadonlySet<string>): MonthlyTask {
  const titles = new Map(branch.map((i) => [i.id, i.title]));
  const reports = view.reports
    .filter((r) => titles.has(r.item_id) && roundIds.has(r.round_id) && r.review_state !== 'returned')
    .map((r) => ({
      unitName: r.unit_name,
      ...(r.item_id === task.id ? {} : { itemTitle: titles.get(r.item_id)! }),
      text: r.text,
      percent: r.percent,
      late: r.is_late === 1,
      reviewState: r.review_state,
    }));
  const leads = leadsOf(task).length ? leadsOf(task) : [...new Set(branch.flatMap(leadsOf))];
  return {
    itemId: task.id,
    number: task.number,
    title: task.title,
    status: task.doneAt ? 'done' : rollUp(branch.map((i) => i.status)),
    leadUnits: leads,
    deadline: task.deadline,
    percent: task.doneAt ? 100 : task.lastPercent,
    reports,
    indicators: branch.flatMap((i) =>
      i.indicators.map((x) => ({
        name: x.name,
        unit: x.unit,
        direction: x.direction,
        target: x.target,
        value: x.latest?.value ?? null,
        source: x.source,
        track: view.tracks.get(x.id) ?? 'no_data',
      })),
    ),
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
  const children = new Map<string, Item[]>();
  for (const i of ordered) if (i.parentId) children.set(i.parentId, [...(children.get(i.parentId) ?? []), i]);
  const rootOf = (i: Item) => byId.get(i.rootId) ?? i;
  const sections: MonthlyContent['sections'] = [];
  for (const root of ordered.filter((i) => i.parentId === null)) {
    const tasks = ordered.filter((i) => i.kind === 'task' && rootOf(i).id === root.id);
    if (tasks.length === 0) continue;
    sections.push({
      number: root.number,
      title: root.title,
      tasks: tasks.map((t) => taskOf(view, t, branchOf(t, children), roundIds)),
    });
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
    // Every task or measure at risk or overdue by its own status (a task is not listed for its measure's).
    risks: ordered.flatMap((i) =>
      i.kind !== 'section' && (i.status === 'at_risk' || i.status === 'overdue')
        ? [{ number: i.number, title: i.title, status: i.status, leadUnits: leadsOf(i), deadline: i.deadline }]
        : [],
    ),
    notices,
  };
}
