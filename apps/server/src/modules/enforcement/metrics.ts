import type { AppDeps } from '../../app-deps';
import { loadCalendar, shanghaiDate } from '../../platform/deadlines';
import type { MetricDefinition, MetricQuery } from '../../platform/metrics/metric-registry';
import { caseFigures } from './stats/case-figures';
import { casesInReach } from './stats/stats.service';

/** The year of the query up to its day (a year already over: the whole year), as days. */
function yearSoFar(q: MetricQuery) {
  const asOf = shanghaiDate(q.asOf);
  const end = `${q.year}-12-31`;
  return { from: `${q.year}-01-01`, to: asOf < end ? asOf : end, asOf };
}

/** The year's figures of the cases of the region's enterprises (subregions included). */
async function yearFigures(deps: AppDeps, q: MetricQuery) {
  const { from, to, asOf } = yearSoFar(q);
  const [{ cases }, cal] = await Promise.all([casesInReach(deps, null, q.regionCode), loadCalendar(deps.db)]);
  return { figures: caseFigures(cases, { from, to }, asOf, cal), note: `decisions dated ${from} to ${to}` };
}

/** Enforcement figures for the work plan, per region (the enterprises of the region and its subregions). */
export const ENFORCEMENT_METRICS: readonly MetricDefinition[] = [
  {
    key: 'enforcement.cases_decided_year',
    name: '本年作出行政处罚决定案件数',
    nameEn: 'Penalty decisions this year',
    unit: '件',
    module: 'enforcement',
    direction: 'at_least',
    async read(deps, q) {
      const { figures, note } = await yearFigures(deps, q);
      return { value: figures.decided, asOf: q.asOf.toISOString(), note };
    },
  },
  {
    key: 'enforcement.fines_year_yuan',
    name: '本年罚款金额',
    nameEn: 'Fines decided this year',
    unit: '元',
    module: 'enforcement',
    direction: 'at_least',
    async read(deps, q) {
      const { figures, note } = await yearFigures(deps, q);
      return { value: figures.finesYuan, asOf: q.asOf.toISOString(), note };
    },
  },
  {
    key: 'enforcement.decisions_on_time_pct',
    name: '本年处罚决定按期作出率',
    nameEn: 'Decisions within the legal period this year',
    unit: '%',
    module: 'enforcement',
    direction: 'at_least',
    async read(deps, q) {
      const { figures, note } = await yearFigures(deps, q);
      return {
        value: figures.onTimeRate,
        asOf: q.asOf.toISOString(),
        note:
          figures.onTimeRate === null
            ? 'no decision this year in the region'
            : `${figures.decidedOnTime} of ${figures.decided} ${note}`,
      };
    },
  },
];
