import type { MetricDefinition, MetricQuery } from '../../platform/metrics/metric-registry';
import { shanghaiDate } from '../../platform/deadlines';
import type { AppDeps } from '../../app-deps';
import { regionFigures } from './learning/learning.service';

/** The year of the query up to its day, as days. */
function yearSoFar(q: MetricQuery) {
  const asOf = shanghaiDate(q.asOf);
  const end = `${q.year}-12-31`;
  return { from: `${q.year}-01-01`, to: asOf < end ? asOf : end };
}

async function figures(deps: AppDeps, q: MetricQuery) {
  const { from, to } = yearSoFar(q);
  return { f: await regionFigures(deps, q.regionCode, from, to), note: `${from} to ${to}` };
}

/** Complaint figures for the work plan, per region (reports located in the region and its subregions). */
export const COMPLAINTS_METRICS: readonly MetricDefinition[] = [
  {
    key: 'complaints.answered_on_time_pct',
    name: '本年信访投诉按期办结率',
    nameEn: 'Complaints answered within the legal period this year',
    unit: '%',
    module: 'complaints',
    direction: 'at_least',
    async read(deps, q) {
      const { f, note } = await figures(deps, q);
      return {
        value: f.onTimeRate,
        asOf: q.asOf.toISOString(),
        note:
          f.onTimeRate === null
            ? 'no answer this year in the region'
            : `${f.answeredOnTime} of ${f.answered} answered ${note}`,
      };
    },
  },
  {
    key: 'complaints.satisfaction_pct',
    name: '本年信访投诉满意率',
    nameEn: 'Reporters satisfied with the answer this year',
    unit: '%',
    module: 'complaints',
    direction: 'at_least',
    async read(deps, q) {
      const { f, note } = await figures(deps, q);
      return {
        value: f.satisfactionRate,
        asOf: q.asOf.toISOString(),
        note:
          f.satisfactionRate === null
            ? 'no rating this year in the region'
            : `${f.satisfied} of ${f.rated} rated ${note}`,
      };
    },
  },
];
