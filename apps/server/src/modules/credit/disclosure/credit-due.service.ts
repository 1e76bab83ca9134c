import type { CreditDueItem } from '@ecocloud/contracts';
import { DISCLOSURE_RULES } from '@ecocloud/standards';
import type { Actor } from '../../../http/actor';
import { addCalendarDays, addWorkingDays, daysBetween, loadCalendar } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { findRunsOpen } from '../rating/ratings.repository';
import { regionInReach } from '../shared/credit-context';
import { reportRows } from './disclosure-reports';
import { listsOfYear } from './disclosure.repository';

const OBJECTION_RULE = { citation: '⚠ 异议期（工作日，评价方案数据）', days: 0, dayKind: 'working' as const };
const PUBLISH_RULE = { citation: '⚠ 异议期满后复核、公布（无法定期限）', days: 1, dayKind: 'working' as const };

/**
 * What falls due around `on` in the actor's reach (the system: everything): disclosure reports not filed
 * (annual §19, temporary §17/§20) and the year's list steps (§9: the last day to start the 10-working-day
 * notice, the end of March), the rating runs' objection windows and their review; due from `on` up to `within`
 * days ahead, and, unless `overdue` is false, what is past its day.
 */
export async function creditDue(
  deps: ServiceDeps,
  actor: Actor | null,
  on: string,
  opts: { within: number; overdue: boolean },
): Promise<CreditDueItem[]> {
  const last = addCalendarDays(on, opts.within);
  const y = Number(on.slice(0, 4));
  const cal = await loadCalendar(deps.db);
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const item = (d: Omit<CreditDueItem, 'daysLeft' | 'overdue'>): CreditDueItem => ({
    ...d,
    daysLeft: daysBetween(on, d.dueDate),
    overdue: d.dueDate < on,
  });
  const items: CreditDueItem[] = [];
  for (const r of await reportRows(deps, enterprises, [y - 1, y], on)) {
    if (r.filedOn || r.state === 'not_due') continue;
    items.push(
      item({
        kind: r.kind === 'annual' ? 'annual_report' : 'temporary_report',
        dueDate: r.dueDate,
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        uscc: byId.get(r.enterpriseId)?.uscc ?? r.uscc,
        subject: r.kind === 'annual' ? `${r.year}年度报告` : `${r.eventLabel}（${r.eventDate}）`,
        rule: r.rule,
      }),
    );
  }
  const fixBy = DISCLOSURE_RULES.listFixedBy(y);
  const lists = (await listsOfYear(deps.db, y)).filter((l) => regionInReach(actor, l.region_code));
  const listSubjects = lists.length > 0 ? lists.filter((l) => l.status !== 'fixed') : [null];
  for (const l of listSubjects) {
    const subject = `${y}年依法披露企业名单${l ? `（${l.region_code}）` : ''}`;
    const none = { enterpriseId: null, enterpriseName: null, uscc: null };
    if (!l || l.status === 'draft')
      items.push(
        item({
          kind: 'list_notice',
          dueDate: addWorkingDays(fixBy, -DISCLOSURE_RULES.listNoticeWorkingDays, cal),
          ...none,
          subject,
          rule: {
            citation: DISCLOSURE_RULES.citations.list,
            days: DISCLOSURE_RULES.listNoticeWorkingDays,
            dayKind: 'working',
          },
        }),
      );
    items.push(
      item({
        kind: 'list_fix',
        dueDate: fixBy,
        ...none,
        subject,
        rule: { citation: DISCLOSURE_RULES.citations.list, days: 0, dayKind: 'calendar' },
      }),
    );
  }
  for (const run of (await findRunsOpen(deps.db)).filter((r) => regionInReach(actor, r.region_code))) {
    const none = { enterpriseId: null, enterpriseName: null, uscc: null };
    const subject = `${run.year}年度企业环境信用评价（${run.region_code}）`;
    if (run.status === 'objections')
      items.push(
        item({
          kind: 'objection_window',
          dueDate: run.objections_until!,
          ...none,
          subject,
          rule: { ...OBJECTION_RULE, days: run.objection_days },
        }),
      );
    items.push(
      item({
        kind: 'rating_publish',
        dueDate: addWorkingDays(run.objections_until!, 1, cal),
        ...none,
        subject,
        rule: PUBLISH_RULE,
      }),
    );
  }
  return items
    .filter((i) => (i.dueDate >= on && i.dueDate <= last) || (opts.overdue && i.overdue))
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.kind.localeCompare(b.kind) ||
        (a.uscc ?? '').localeCompare(b.uscc ?? ''),
    );
}
