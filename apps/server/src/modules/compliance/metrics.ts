import type { MetricDefinition, MetricQuery } from '../../platform/metrics/metric-registry';
import { shanghaiDate } from '../../platform/time-zone';
import type { AppDeps } from '../../app-deps';
import { sourcesReads } from '../sources';
import { hoursOf } from './judge/compliance.repository';
import { percentOf } from './views/compliance-views.service';

/** The judged hours of the region's outlets in the Shanghai month of `asOf`, up to `asOf`. */
async function monthHours({ db }: AppDeps, q: MetricQuery, onlyKeyUnits: boolean) {
  const month = shanghaiDate(q.asOf.toISOString()).slice(0, 7);
  const from = new Date(`${month}-01T00:00:00+08:00`).toISOString();
  const outlets = (await sourcesReads.outletsInReach(db, null, { regionCode: q.regionCode })).filter(
    (o) => !onlyKeyUnits || o.category === 'key',
  );
  const rows = await hoursOf(
    db,
    outlets.map((o) => o.id),
    from,
    q.asOf.toISOString(),
  );
  return { rows, note: `judged hours since ${from}` };
}

/** Figures of online monitoring against the permit for the work plan, per region (subregions included). */
export const COMPLIANCE_METRICS: readonly MetricDefinition[] = [
  {
    key: 'compliance.exceedance_hours_month',
    name: '本月超标小时数',
    nameEn: 'Exceedance hours this month',
    unit: '小时',
    module: 'compliance',
    direction: 'at_most',
    async read(deps, q) {
      const { rows, note } = await monthHours(deps, q, false);
      return { value: rows.filter((r) => r.exceeded === 1).length, asOf: q.asOf.toISOString(), note };
    },
  },
  {
    key: 'compliance.key_outlets_compliant_month_pct',
    name: '本月重点排污单位排放口达标率',
    nameEn: "Key units' outlets compliant this month",
    unit: '%',
    module: 'compliance',
    direction: 'at_least',
    async read(deps, q) {
      const { rows, note } = await monthHours(deps, q, true);
      // An outlet counts once it has a valid judged hour this month; it complies when no hour exceeded.
      const judged = new Set(rows.filter((r) => r.exceeded !== null).map((r) => r.outlet_id));
      const exceeding = new Set(rows.filter((r) => r.exceeded === 1).map((r) => r.outlet_id));
      const value = percentOf(judged.size - exceeding.size, judged.size);
      return {
        value,
        asOf: q.asOf.toISOString(),
        note: value === null ? 'no judged hour of a key unit’s outlet this month' : note,
      };
    },
  },
];
