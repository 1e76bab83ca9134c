import type { MetricDefinition } from '../../platform/metrics/metric-registry';
import { addCalendarDays, shanghaiDate } from '../../platform/deadlines';
import { keyEnterpriseIds, permitsInReach } from './due/due.repository';
import { permitStateOn } from './due/due.service';
import { reportsInReach } from './reports/reports.service';

/** A share in per cent with one decimal, or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((Math.min(part, whole) / whole) * 1000) / 10;
}

/** The register's figures for the work plan, per region (its subregions included) on the day of `asOf`. */
export const SOURCES_METRICS: readonly MetricDefinition[] = [
  {
    key: 'sources.permits_expiring_90d',
    name: '90日内到期排污许可证数',
    nameEn: 'Discharge permits expiring within 90 days',
    unit: '个',
    module: 'sources',
    direction: 'at_most',
    async read({ db }, q) {
      const on = shanghaiDate(q.asOf);
      const until = addCalendarDays(on, 90);
      const permits = await permitsInReach(db, { actor: null, regionCode: q.regionCode });
      const value = permits.filter(
        (p) => p.kind === 'permit' && p.status === 'valid' && p.valid_to >= on && p.valid_to <= until,
      ).length;
      return { value, asOf: q.asOf.toISOString() };
    },
  },
  {
    key: 'sources.late_reports',
    name: '逾期执行报告数',
    nameEn: 'Late execution reports',
    unit: '份',
    module: 'sources',
    direction: 'at_most',
    async read({ db }, q) {
      const on = shanghaiDate(q.asOf);
      const reports = await reportsInReach(db, { actor: null, regionCode: q.regionCode }, on);
      const value = reports.filter(
        (r) => r.dueDate.startsWith(`${q.year}-`) && (r.state === 'late' || r.state === 'missing'),
      ).length;
      return {
        value,
        asOf: q.asOf.toISOString(),
        note: 'reports due in the year: submitted after the due date, or past it and still missing',
      };
    },
  },
  {
    key: 'sources.key_units_permitted_pct',
    name: '重点管理单位持证率',
    nameEn: 'Key units with a permit in force',
    unit: '%',
    module: 'sources',
    direction: 'at_least',
    async read({ db }, q) {
      const on = shanghaiDate(q.asOf);
      const keyIds = new Set(await keyEnterpriseIds(db, q.regionCode));
      const permits = await permitsInReach(db, { actor: null, regionCode: q.regionCode });
      const inForce = new Set(
        permits
          .filter((p) => keyIds.has(p.enterprise_id) && p.kind === 'permit')
          .filter((p) => ['valid', 'renewal_window'].includes(permitStateOn(on, p)))
          .map((p) => p.enterprise_id),
      );
      const value = percentOf(inForce.size, keyIds.size);
      return {
        value,
        asOf: q.asOf.toISOString(),
        note: value === null ? 'no key (重点管理) units in this region' : undefined,
      };
    },
  },
];
