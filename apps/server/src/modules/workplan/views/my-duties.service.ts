import type { MyWork } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { dueState, loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import { loadPlanStructure } from './plan-structure';
import { orgIdsInSubtree } from '../../../platform/orgs/org-reads';
import { listNotices } from '../shared/unit-orgs.repository';
import * as repo from '../shared/workplan.repository';
import { reachOf } from '../shared/workplan-scope';

type Duties = Pick<MyWork, 'plan' | 'reportsDue' | 'noticesToAnswer' | 'reportsToReview'>;

/**
 * The units whose work is the caller's own: a bureau's organisation and those below it (a county
 * sub-bureau); anyone else only their own organisation — a leader's province-wide reach is oversight,
 * not duties.
 */
async function ownUnitIds(deps: AppDeps, actor: Actor): Promise<Set<string>> {
  if (actor.scope !== 'subtree') return new Set([actor.orgId]);
  return new Set(await orgIdsInSubtree(deps.db, actor.orgPath));
}

/**
 * What the work plan asks of the caller now, over the plans of the current year (else the latest
 * year): reports its units owe, notices addressed to them, and — for those who approve — reports
 * waiting for review. Lists the caller's roles do not cover are null.
 */
export async function myDuties(deps: AppDeps, actor: Actor): Promise<Duties> {
  const none: Duties = { plan: null, reportsDue: null, noticesToAnswer: null, reportsToReview: null };
  if (!actor.permissions.has('workplan:read')) return none;
  const canReport = actor.permissions.has('workplan:report');
  const canApprove = actor.permissions.has('workplan:approve');
  const all = await repo.listPlans(deps.db);
  const year = Number(shanghaiDate(deps.clock.now()).slice(0, 4));
  const chosenYear = all.some((p) => p.year === year) ? year : all[0]?.year;
  const plans = all.filter((p) => p.year === chosenYear);
  const reach = await reachOf(deps.db, actor);
  const mine = await ownUnitIds(deps, actor);
  const cal = await loadCalendar(deps.db);
  const now = deps.clock.now();
  const out: Duties = {
    plan: plans[0] ? { id: plans[0].id, title: plans[0].title, year: plans[0].year } : null,
    reportsDue: canReport ? [] : null,
    noticesToAnswer: canReport ? [] : null,
    reportsToReview: canApprove ? [] : null,
  };
  for (const plan of plans) {
    // Duties need no status or reading: the structure is enough (no metric is read).
    const view = await loadPlanStructure(deps, reach, plan.id);
    if (out.reportsDue) {
      const sent = new Set(view.reports.map((r) => `${r.round_id}|${r.item_id}|${r.unit_org_id}`));
      for (const round of view.rounds.filter((r) => r.period_start <= view.today)) {
        const state = dueState(round.due_date, now, { calendar: cal });
        if (state === 'ok') continue;
        for (const item of view.rows.filter((i) => i.kind === 'task' && !i.done_at)) {
          for (const u of view.units.filter((x) => x.item_id === item.id && x.role === 'lead' && mine.has(x.org_id))) {
            if (sent.has(`${round.id}|${item.id}|${u.org_id}`)) continue;
            out.reportsDue.push({
              roundLabel: round.label,
              dueDate: round.due_date,
              itemId: item.id,
              itemTitle: item.title,
              unitName: u.name,
              dueState: state,
            });
          }
        }
      }
    }
    out.reportsToReview?.push(
      ...view.reports
        .filter((r) => r.review_state === 'submitted')
        .map((r) => ({
          id: r.id,
          itemId: r.item_id,
          itemTitle: view.rows.find((i) => i.id === r.item_id)?.title ?? '',
          unitName: r.unit_name,
          roundLabel: r.round_label,
          submittedAt: r.submitted_at,
        })),
    );
  }
  if (out.noticesToAnswer) {
    const planIds = new Set(plans.map((p) => p.id));
    const open = (await listNotices(deps.db, reach, { openOnly: true })).filter((n) => mine.has(n.unit_org_id));
    const items = await repo.planIdsOfItems(
      deps.db,
      open.map((n) => n.item_id),
    );
    for (const n of open.filter((x) => planIds.has(items.find((i) => i.id === x.item_id)?.plan_id ?? ''))) {
      out.noticesToAnswer.push({
        id: n.id,
        itemId: n.item_id,
        itemTitle: n.item_title,
        unitName: n.unit_name,
        reason: n.reason,
        level: n.level,
        replyDue: n.reply_due,
        dueState: dueState(n.reply_due, now, { calendar: cal }),
      });
    }
  }
  // Most pressing first: late before due soon, then by date.
  const rank = { overdue: 0, due_soon: 1, ok: 2 } as const;
  out.reportsDue?.sort(
    (a, b) =>
      rank[a.dueState] - rank[b.dueState] ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.itemTitle.localeCompare(b.itemTitle),
  );
  out.noticesToAnswer?.sort((a, b) => rank[a.dueState] - rank[b.dueState] || a.replyDue.localeCompare(b.replyDue));
  out.reportsToReview?.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return out;
}
