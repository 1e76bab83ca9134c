import type { z } from 'zod';
import type { CalendarDeadline, EnforcementCalendar, EnforcementCalendarQuerySchema } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { loadCalendar } from '../../../platform/deadlines';
import { regionPrefix } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { toSummary } from '../cases/case-view';
import { clockEventsOf } from '../cases/clock-events';
import { casesOf, eventsOf } from '../cases/cases.repository';
import { listPlans } from '../inspections/plans.service';
import { caseClocks } from '../rules/case-clocks';

type Query = z.infer<typeof EnforcementCalendarQuerySchema>;

// A closed, unfiled or terminated case has nothing left to fall due (as the statistics count it).
const TERMINAL = new Set(['closed', 'not_filed', 'terminated']);

/** The first and last day of a month `YYYY-MM`. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** A plan for a region concerns a chosen region when one lies within the other (a city plan, a county). */
const overlaps = (planRegion: string, chosen: string) => {
  const a = regionPrefix(planRegion);
  const b = regionPrefix(chosen);
  return a.startsWith(b) || b.startsWith(a);
};

/**
 * 检查日历: the random-inspection plans in the caller's reach inspected in the month (hidden lists stay
 * hidden: the plans list's own view, counts only), and the open clocks of the cases in scope falling due
 * in it — the authority's clocks and the party's payment, as the case list's next clock counts them
 * (a party's hearing request is its right, not a deadline of the case; a hearing notice's "not before"
 * day is no deadline either).
 */
export async function enforcementCalendar(deps: ServiceDeps, actor: Actor, q: Query): Promise<EnforcementCalendar> {
  const today = shanghaiDate(deps.clock.now().toISOString());
  const { from, to } = monthDays(q.month);
  const inMonth = (day: string) => day >= from && day <= to;

  const plans = (await listPlans(deps, actor)).items
    .filter((p) => inMonth(p.inspectionDate) && (!q.regionCode || overlaps(p.regionCode, q.regionCode)))
    .sort((a, b) => a.inspectionDate.localeCompare(b.inspectionDate) || a.regionCode.localeCompare(b.regionCode));

  const enterprises = await sourcesReads.enterprisesInReach(
    deps.db,
    actor,
    q.regionCode ? { regionCode: q.regionCode } : {},
  );
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const rows = (await casesOf(deps.db, [...byId.keys()])).filter((r) => !TERMINAL.has(r.state));
  const events = await eventsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const cal = await loadCalendar(deps.db);
  const deadlines: CalendarDeadline[] = [];
  for (const row of rows) {
    const own = events.filter((e) => e.case_id === row.id);
    const enterprise = byId.get(row.enterprise_id)!;
    const summary = toSummary(row, enterprise, own, today, cal);
    for (const c of caseClocks(clockEventsOf(own, row.fine_yuan), today, cal)) {
      const owed = c.rule.party === 'authority' || c.code === 'PAYMENT';
      if (!owed || c.rule.bound !== 'by' || c.doneOn !== null || !inMonth(c.dueDate)) continue;
      deadlines.push({
        caseId: row.id,
        caseNo: row.case_no,
        title: row.title,
        enterpriseName: enterprise.name,
        regionCode: enterprise.regionCode,
        state: summary.state,
        code: c.code,
        dueDate: c.dueDate,
        paused: c.paused,
        overdue: c.overdue,
      });
    }
  }
  deadlines.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.caseNo.localeCompare(b.caseNo, 'zh-CN'));
  return { month: q.month, from, to, asOf: today, plans, deadlines };
}
