import type { MetricDefinition, MetricQuery } from '../../platform/metrics/metric-registry';
import { shanghaiDate } from '../../platform/time-zone';
import type { AppDeps } from '../../app-deps';
import { cmp, fromInt, mul, parseDecimal } from '@ecocloud/standards';
import { sourcesReads } from '../sources';
import { hoursOf } from './judge/compliance.repository';
import { readComplianceSettings } from './settings/settings-read';
import { percent } from './stats/rates';
import { hourTotalsByOutlet, type OutletHourTotals } from './stats/stats.repository';
import { percentOf } from './views/compliance-views.service';

/** The Shanghai month of `asOf`: from its first instant up to `asOf`. */
function monthSoFar(q: MetricQuery) {
  const month = shanghaiDate(q.asOf.toISOString()).slice(0, 7);
  return { from: new Date(`${month}-01T00:00:00+08:00`).toISOString(), to: q.asOf.toISOString() };
}

/** The judged hours of the region's outlets in the Shanghai month of `asOf`, up to `asOf`. */
async function monthHours({ db }: AppDeps, q: MetricQuery, onlyKeyUnits: boolean) {
  const { from } = monthSoFar(q);
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

/** Online: minutes received over the hours that count them at or above the threshold (exact); unknown is not online. */
function online(t: OutletHourTotals | undefined, thresholdPercent: number): boolean {
  if (!t || t.hoursWithReceived === 0) return false;
  return (
    cmp(fromInt(t.receivedMinutes * 100), mul(parseDecimal(thresholdPercent), fromInt(60 * t.hoursWithReceived))) >= 0
  );
}

/**
 * Key (重点管理) units' outlets with loggers in the region: the share online (transmission this month at
 * or above the settings' alert threshold) and compliant (no exceeding hour this month).
 */
async function keyOutletsOnlineAndCompliant({ db }: AppDeps, q: MetricQuery) {
  const { from, to } = monthSoFar(q);
  const key = (await sourcesReads.outletsInReach(db, null, { regionCode: q.regionCode })).filter(
    (o) => o.category === 'key',
  );
  const withLoggers = await sourcesReads.judgeableOutlets(
    db,
    key.map((o) => o.id),
  );
  const [totals, settings] = await Promise.all([
    hourTotalsByOutlet(
      db,
      withLoggers.map((o) => o.id),
      from,
      to,
    ),
    readComplianceSettings(db),
  ]);
  const byOutlet = new Map(totals.map((t) => [t.outletId, t]));
  const good = withLoggers.filter((o) => {
    const t = byOutlet.get(o.id);
    return online(t, settings.transmissionAlertPercent) && t!.exceededHours === 0;
  }).length;
  return {
    value: percent({ part: good, whole: withLoggers.length }),
    note: `${good} of ${withLoggers.length} key outlets with loggers since ${from}, transmission ≥ ${settings.transmissionAlertPercent} %`,
  };
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
  {
    key: 'compliance.key_units_online_compliant_month_pct',
    name: '本月重点排污单位在线监测联网达标率',
    nameEn: 'Key units online and compliant this month',
    unit: '%',
    module: 'compliance',
    direction: 'at_least',
    async read(deps, q) {
      const { value, note } = await keyOutletsOnlineAndCompliant(deps, q);
      return {
        value,
        asOf: q.asOf.toISOString(),
        note: value === null ? 'no key unit’s outlet with a logger in the region' : note,
      };
    },
  },
];
