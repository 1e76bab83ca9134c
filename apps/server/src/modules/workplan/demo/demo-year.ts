import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { addCalendarDays, daysBetween, shanghaiDate } from '../../../platform/deadlines';
import { mixSeed, seededRng } from '../../../platform/demo/seeded-rng';
import { setItemDone } from '../plans/plans.service';
import { userWithOrgByUsername } from '../../../platform/users/user-reads';
import { unitsWithOrgsOfItems } from '../shared/unit-orgs.repository';
import { roundsOfPlan } from '../shared/workplan.repository';
import { latestOpenNotice } from '../supervision/supervision.repository';
import { anyReportOfPlan, manualIndicators, planById, reportIdFor, tasksOfPlan } from './demo.repository';
import { reviewReport, submitReport } from '../progress/progress.service';
import { issueNotice, replyNotice } from '../supervision/supervision.service';

/**
 * A year of the demo plan as a department lives it: the responsible units report every month (co-lead
 * units every quarter), some late; the leader approves, comments or returns reports; items finish
 * and are marked done; overdue or lagging items get supervision notices that their units answer.
 * Everything goes through the same services as real work, each at its own instant of the year (a
 * clock per event), and nothing after "now" happens. Deterministic: one seeded stream per item.
 */

/** How an item's year goes: on time, behind and finishing late, or stalled (never finishing). */
type Story = { kind: 'steady' | 'lagging' | 'stalled'; lateRate: number };
const STEADY: Story = { kind: 'steady', lateRate: 0.1 };
/** Keyed by the 2024 plan's titles (the current year's plan is the same plan moved; see demoPlanForYear). */
const STORIES: Record<string, Story> = {
  湾长制规范化建设: { kind: 'lagging', lateRate: 0.2 },
  农村生活污水治理: { kind: 'lagging', lateRate: 0.25 },
  信访问题源头治理: { kind: 'lagging', lateRate: 0.3 },
  发布漓江生态环境质量报告: { kind: 'steady', lateRate: 0.55 },
  城市声环境自动监测系统建设: { kind: 'stalled', lateRate: 0.35 },
  编制年度温室气体清单: { kind: 'steady', lateRate: 0.2 },
};

type Org = { id: string; name: string; path: string; region_code: string };
type Event = { at: Date; run: (deps: AppDeps) => Promise<unknown> };

const LEAD_TEXT = [
  '按计划推进{t}，本月召开调度会，梳理问题清单。',
  '{t}各项工作有序开展，完成阶段性任务。',
  '本月{t}重点推进现场核查和资料整理。',
  '{t}已形成工作台账，逐项对账销号。',
];
const CO_TEXT = ['配合牵头单位推进{t}，本季度按分工完成相关工作。', '本季度协同开展{t}，报送配合工作进展。'];
const DONE_TEXT = '{t}已全部完成，持续巩固成果。';
const RETURN_TEXT = ['进展描述过于笼统，请补充量化数据后重新报送。', '缺少佐证材料，请补充后重报。'];
const APPROVE_NOTE = ['请继续加快进度。', '做法可总结推广。', ''];
const LAG_REASON = '{t}进度滞后于计划，请说明原因并提出整改措施。';
const OVERDUE_REASON = '{t}已超过完成时限，请说明原因并明确完成时间。';
const REPLY_TEXT = [
  '已召开专题会研究，倒排工期，增派人员，确保下月底前完成。',
  '已查明原因（资金拨付延迟），现已落实，将按调整后的计划完成。',
];

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const fill = (text: string, title: string) => text.replace('{t}', title);
/** A Shanghai working-hours instant on a date (09:00–17:59). */
const instant = (date: string, rng: () => number) =>
  new Date(Date.parse(`${date}T09:00:00+08:00`) + Math.floor(rng() * 9 * 60) * 60_000);
const actorFor = (
  org: Org,
  username: string,
  displayName: string,
  userId: string,
  scope: 'all' | 'subtree',
): Actor => ({
  userId,
  username,
  displayName,
  orgId: org.id,
  orgName: org.name,
  orgPath: org.path,
  regionCode: org.region_code,
  roles: [],
  permissions: new Set(),
  scope,
  mustChangePassword: false,
  requestId: 'demo-year',
  ip: null,
});

/** Replays the demo year of one plan up to now (once: a plan with reports is left alone). */
export async function seedDemoYear(deps: AppDeps, planId: string): Promise<void> {
  const { db } = deps;
  if (await anyReportOfPlan(db, planId)) return;
  const plan = await planById(db, planId);
  const rounds = await roundsOfPlan(db, planId);
  const tasks = await tasksOfPlan(db, planId);
  const units = await unitsWithOrgsOfItems(
    db,
    tasks.map((t) => t.id),
  );
  const indicators = await manualIndicators(db);
  const leaderUser = await userWithOrgByUsername(db, 'leader');
  if (!leaderUser) return;
  const leader = actorFor(leaderUser, leaderUser.username, leaderUser.display_name, leaderUser.userId, 'all');
  const reporter = (u: Org) => actorFor(u, `${u.name}（演示填报）`, `${u.name}填报人`, `demo-${u.id}`, 'subtree');
  const today = shanghaiDate(deps.clock.now());

  const events: Event[] = [];
  for (const task of tasks) {
    const rng = seededRng(mixSeed(plan.year, ...[...task.title].map((c) => c.codePointAt(0)!)));
    const story = STORIES[task.title.replaceAll(String(plan.year), '2024')] ?? STORIES[task.title] ?? STEADY;
    const start = task.start_date ?? `${plan.year}-01-01`;
    const deadline = task.deadline ?? `${plan.year}-12-31`;
    // The day the work is finished: a little early, or weeks late; a stalled item never finishes.
    const finish =
      story.kind === 'steady'
        ? addCalendarDays(deadline, -5 - Math.floor(rng() * 25))
        : story.kind === 'lagging'
          ? addCalendarDays(deadline, 40 + Math.floor(rng() * 40))
          : null;
    const progress = (date: string) => {
      const to = finish ?? deadline;
      const share = Math.max(0, Math.min(1, daysBetween(start, date) / Math.max(1, daysBetween(start, to))));
      return Math.floor(100 * share * (finish ? 1 : 0.6));
    };
    const doneOn = finish ? addCalendarDays(finish, 1 + Math.floor(rng() * 4)) : null;
    const leads = units.filter((u) => u.item_id === task.id && u.role === 'lead');
    const cos = units.filter((u) => u.item_id === task.id && u.role === 'co');
    const manual = indicators.filter((i) => i.item_id === task.id);
    let last = 0;
    for (const round of rounds) {
      if (round.period_end < start) continue;
      const quarterEnd = ['03', '06', '09', '12'].includes(round.label.slice(5));
      for (const unit of [...leads, ...(quarterEnd ? cos : [])]) {
        const isLead = unit.role === 'lead';
        const late = rng() < story.lateRate;
        const on = late
          ? addCalendarDays(round.due_date, 1 + Math.floor(rng() * 12))
          : addCalendarDays(round.due_date, -Math.floor(rng() * 4));
        const at = instant(on, rng);
        const done = doneOn !== null && on >= doneOn;
        const percent = done ? 100 : Math.max(last, Math.min(99, progress(on) + Math.floor(rng() * 4)));
        if (isLead) last = percent;
        const text = fill(done ? DONE_TEXT : pick(rng, isLead ? LEAD_TEXT : CO_TEXT), task.title);
        const values = isLead
          ? manual.map((i) => ({
              indicatorId: i.id,
              value: Math.round(10 * ((i.baseline ?? 0) + ((i.target - (i.baseline ?? 0)) * percent) / 100)) / 10,
            }))
          : [];
        const submit = (when: Date, body: string) => ({
          at: when,
          run: (d: AppDeps) =>
            submitReport(d, reporter(unit), {
              itemId: task.id,
              roundId: round.id,
              unitId: unit.id,
              text: body,
              percent,
              values,
              attachments: [],
            }),
        });
        const review = (when: Date, decision: 'approve' | 'return', comment: string) => ({
          at: when,
          run: async (d: AppDeps) => {
            const report = await reportIdFor(d.db, round.id, task.id, unit.id);
            return reviewReport(d, leader, { reportId: report.id, decision, comment });
          },
        });
        events.push(submit(at, text));
        const reviewOn = addCalendarDays(on, 1 + Math.floor(rng() * 12));
        if (rng() < 0.08) {
          events.push(review(instant(reviewOn, rng), 'return', pick(rng, RETURN_TEXT)));
          const again = addCalendarDays(reviewOn, 3 + Math.floor(rng() * 28));
          events.push(submit(instant(again, rng), `${text}（补充：已附量化进度和佐证材料。）`));
          events.push(review(instant(addCalendarDays(again, 1 + Math.floor(rng() * 3)), rng), 'approve', ''));
        } else {
          events.push(review(instant(reviewOn, rng), 'approve', pick(rng, APPROVE_NOTE)));
        }
      }
    }
    if (doneOn)
      events.push({ at: instant(doneOn, rng), run: (d) => setItemDone(d, leader, { id: task.id, done: true }) });
    // Supervision: a lagging or stalled item gets a notice once it falls behind, and again once overdue.
    const lead = leads[0];
    if (!lead) continue;
    const notice = (on: string, reason: string) => {
      const issuedAt = instant(on, rng);
      events.push({
        at: issuedAt,
        run: (d) =>
          issueNotice(d, leader, {
            itemId: task.id,
            reason: fill(reason, task.title),
            unitId: lead.id,
            replyWorkingDays: 5,
          }),
      });
      events.push({
        at: instant(addCalendarDays(on, 2 + Math.floor(rng() * 9)), rng),
        run: async (d) => {
          const open = await latestOpenNotice(d.db, task.id);
          return open ? replyNotice(d, reporter(lead), { id: open.id, reply: pick(rng, REPLY_TEXT) }) : undefined;
        },
      });
    };
    if (story.kind !== 'steady') notice(`${plan.year}-07-10`, LAG_REASON);
    if (!doneOn || doneOn > deadline) notice(addCalendarDays(deadline, 3), OVERDUE_REASON);
  }

  const now = deps.clock.now();
  const due = events
    .filter((e) => e.at <= now && shanghaiDate(e.at) <= today)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of due) await e.run({ ...deps, clock: { now: () => e.at } });
}
