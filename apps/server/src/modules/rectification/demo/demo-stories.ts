import type { ProblemState, ProblemStep } from '@ecocloud/contracts';
import { addCalendarDays, addWorkingDays, nextWorkingDay, type WorkingCalendar } from '../../../platform/deadlines';
import { noticeEnd } from '../rules/notice-period';
import type { DemoEnd } from './demo-problems';

type DemoStep = { step: ProblemStep; date: string; note: string; unit: string };
export type DemoStory = {
  state: ProblemState;
  deadline: string;
  steps: DemoStep[];
  notice: { from: string; to: string } | null;
  closedOn: string | null;
  reboundCount: number;
};

/** Days before today on which the work was completed, per ending (the acceptance steps follow it). */
const COMPLETED_AGO: Partial<Record<DemoEnd, number>> = {
  awaiting: 10,
  self_accepted: 30,
  higher_accepted: 60,
  notice_running: 90,
  notice_over: 120,
  closed: 300,
  rebounded: 420,
};

/**
 * The dated steps of a demo problem, from its start to the ending it is given, laid out so that the last
 * step falls before today: the work starts 40 days after the feedback, is completed some days ago, then
 * self-acceptance 15 working days later, higher acceptance 20 later, a notice of `noticeDays` 5 later and
 * close-out the working day after the notice. Pure.
 */
export function demoStory(
  end: DemoEnd,
  opts: { today: string; feedback: string; acceptance: string; noticeDays: number; cal: WorkingCalendar; salt: number },
): DemoStory {
  const { today, feedback, cal } = opts;
  const wd = (d: string, n: number) => addWorkingDays(d, n, cal);
  const steps: DemoStep[] = [];
  const push = (step: ProblemStep, date: string, note = '', unit = '') => steps.push({ step, date, note, unit });
  const story = (state: ProblemState, deadline: string, extra: Partial<DemoStory> = {}): DemoStory => ({
    state,
    deadline,
    steps,
    notice: null,
    closedOn: null,
    reboundCount: 0,
    ...extra,
  });
  const later = addCalendarDays(today, 120 + opts.salt * 7);
  if (end === 'not_started') return story('not_started', later);
  push('start', nextWorkingDay(addCalendarDays(feedback, 40), cal), '制定整改方案并启动实施');
  if (end === 'in_progress' || end === 'overdue') {
    push('progress', nextWorkingDay(addCalendarDays(today, -20), cal), '按方案推进，已完成阶段性任务');
    if (end === 'overdue')
      push('accountability', nextWorkingDay(addCalendarDays(today, -10), cal), '整改逾期，约谈责任单位主要负责人');
    return story('in_progress', end === 'overdue' ? addCalendarDays(today, -45 - opts.salt) : later);
  }
  const completed = nextWorkingDay(addCalendarDays(today, -(COMPLETED_AGO[end] ?? 30)), cal);
  const deadline = addCalendarDays(completed, 20 + opts.salt);
  push(
    'progress',
    addCalendarDays(completed, -60) > steps[0]!.date ? addCalendarDays(completed, -60) : steps[0]!.date,
    '主体工程完工',
  );
  push('complete', completed, '整改任务完成，提请验收');
  if (end === 'awaiting') return story('awaiting_acceptance', deadline);
  const self = wd(completed, 15);
  push('self_accept', self, '对照整改目标逐项核查，自验收通过', opts.acceptance);
  if (end === 'self_accepted') return story('self_accepted', deadline);
  const higher = wd(self, 20);
  push('higher_accept', higher, '上级验收通过', '自治区生态环境保护督察工作领导小组办公室');
  if (end === 'higher_accepted') return story('higher_accepted', deadline);
  const from = end === 'notice_running' ? wd(today, -2) : wd(higher, 5);
  const to = noticeEnd(from, opts.noticeDays, cal);
  push('notice', from, '在政府门户网站公示整改销号情况');
  if (end === 'notice_running' || end === 'notice_over')
    return story('higher_accepted', deadline, { notice: { from, to } });
  const closedOn = nextWorkingDay(addCalendarDays(to, 1), cal);
  push('close', closedOn, '公示期满无异议，予以销号');
  if (end === 'closed') return story('closed', deadline, { notice: { from, to }, closedOn });
  push('rebound', nextWorkingDay(addCalendarDays(today, -30), cal), '群众反映问题复现，经核实重新打开');
  return story('rebounded', deadline, { reboundCount: 1 });
}
