import type { ProblemState } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { shanghaiDate } from '../../platform/deadlines';
import type { MetricDefinition, MetricQuery } from '../../platform/metrics/metric-registry';
import { regionPrefix } from '../../platform/regions';
import { problemsInReach, reboundsBetween } from './ledger/ledger.repository';
import { DONE_STATES, isOverdue } from './rules/problem-states';

/**
 * The ledger's figures for the work plan's item 二(二) (督察整改), per region (the problems located in the
 * region and its subregions). The day is the query's day, or 31 December of a year already over. States
 * are the current ones: a past year's figure reads today's state of each problem.
 */
async function figures(deps: AppDeps, q: MetricQuery) {
  const asOf = shanghaiDate(q.asOf);
  const end = `${q.year}-12-31`;
  const day = asOf < end ? asOf : end;
  const rows = await problemsInReach(deps.db, null, { regionPrefix: regionPrefix(q.regionCode) });
  const due = rows.filter((p) => p.deadline <= day);
  const done = rows.filter((p) => DONE_STATES.has(p.state as ProblemState));
  return {
    day,
    total: rows.length,
    due: due.length,
    done: done.length,
    dueDone: due.filter((p) => DONE_STATES.has(p.state as ProblemState)).length,
    overdue: rows.filter((p) => isOverdue(p.state as ProblemState, p.deadline, day)).length,
    rebounded: await reboundsBetween(
      deps.db,
      rows.map((p) => p.id),
      `${q.year}-01-01`,
      day,
    ),
  };
}

const reading = (q: MetricQuery, value: number | null, note: string) => ({ value, asOf: q.asOf.toISOString(), note });

export const RECTIFICATION_METRICS: readonly MetricDefinition[] = [
  {
    key: 'rectification.problems_due',
    name: '督察整改问题到期数',
    nameEn: 'Rectification problems due',
    unit: '个',
    module: 'rectification',
    direction: 'at_least',
    async read(deps, q) {
      const f = await figures(deps, q);
      return reading(q, f.due, `deadline on or before ${f.day}, of ${f.total} problems`);
    },
  },
  {
    key: 'rectification.problems_done',
    name: '督察整改问题完成数',
    nameEn: 'Rectification problems done (accepted)',
    unit: '个',
    module: 'rectification',
    direction: 'at_least',
    async read(deps, q) {
      const f = await figures(deps, q);
      return reading(q, f.done, `accepted or closed, of ${f.total} problems`);
    },
  },
  {
    key: 'rectification.due_done_pct',
    name: '到期督察整改问题完成率',
    nameEn: 'Due rectification problems done',
    unit: '%',
    module: 'rectification',
    direction: 'at_least',
    async read(deps, q) {
      const f = await figures(deps, q);
      if (f.due === 0) return reading(q, null, `no problem due by ${f.day}`);
      return reading(q, Math.round((f.dueDone / f.due) * 1000) / 10, `${f.dueDone} of ${f.due} due by ${f.day}`);
    },
  },
  {
    key: 'rectification.problems_overdue',
    name: '督察整改问题逾期数',
    nameEn: 'Rectification problems overdue',
    unit: '个',
    module: 'rectification',
    direction: 'at_most',
    async read(deps, q) {
      const f = await figures(deps, q);
      return reading(q, f.overdue, `past the deadline and not completed on ${f.day}`);
    },
  },
  {
    key: 'rectification.problems_rebounded',
    name: '督察整改问题反弹数',
    nameEn: 'Rectification problems rebounded',
    unit: '个',
    module: 'rectification',
    direction: 'at_most',
    async read(deps, q) {
      const f = await figures(deps, q);
      return reading(q, f.rebounded, `closed problems reopened from ${q.year}-01-01 to ${f.day}`);
    },
  },
];
