import type { z } from 'zod';
import { roundHalfEven, parseDecimal, toNumber } from '@ecocloud/standards';
import type { ComplianceSettings, ComplianceStatsQuerySchema, ComplianceStatsRow } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { regionLabels } from '../../../platform/dictionaries/dictionary-reads';
import { cityCodeOf } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { pendingLeadsByOutlet } from '../leads/leads.repository';
import { readComplianceSettings } from '../settings/settings-read';
import { percent, productPercent } from './rates';
import { hourTotalsByOutlet, type OutletHourTotals } from './stats.repository';

export type ComplianceStatsQuery = z.infer<typeof ComplianceStatsQuerySchema>;

type Group = { key: string; name: string; regionCode: string; outlets: OutletHourTotals[]; openLeads: number };

const MINUTES_PER_HOUR = 60;

function rowOf(g: Group, settings: ComplianceSettings): ComplianceStatsRow {
  const sum = (f: (t: OutletHourTotals) => number) => g.outlets.reduce((a, t) => a + f(t), 0);
  const judgedHours = sum((t) => t.judgedHours);
  const validHours = sum((t) => t.validHours);
  // Expected: 60 minutes per outlet × pollutant hour, over the hours that count received minutes.
  const transmission = {
    part: sum((t) => t.receivedMinutes),
    whole: MINUTES_PER_HOUR * sum((t) => t.hoursWithReceived),
  };
  const valid = { part: validHours, whole: judgedHours };
  const amount = g.outlets.reduce((a, t) => a + t.amountKg, 0);
  return {
    key: g.key,
    name: g.name,
    regionCode: g.regionCode,
    outlets: g.outlets.length,
    judgedHours,
    validHours,
    validHourRate: percent(valid),
    transmissionRate: percent(transmission),
    effectiveTransmissionRate:
      settings.transmissionFormula === 'product'
        ? productPercent(transmission, valid)
        : percent({ part: sum((t) => t.validMinutes), whole: MINUTES_PER_HOUR * judgedHours }),
    exceedanceHours: sum((t) => t.exceededHours),
    amountKg: toNumber(roundHalfEven(parseDecimal(amount), 3)),
    openLeads: g.openLeads,
  };
}

/**
 * Per enterprise or per city (the enterprise's region, first 4 digits + '00'), over the outlets in the
 * actor's scope with judged hours or pending leads in the range: judged and valid hours, valid-hour
 * rate, transmission rate (received / expected minutes), 有效传输率 per the configured formula,
 * exceedance hours, emitted amount and leads still waiting for a person (open, asked, explained).
 */
export async function complianceStats(
  { db }: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  q: ComplianceStatsQuery,
): Promise<{ rows: ComplianceStatsRow[] }> {
  const fromIso = new Date(q.from).toISOString();
  const toIso = new Date(q.to).toISOString();
  const outlets = await sourcesReads.outletsInReach(db, actor, q.regionCode ? { regionCode: q.regionCode } : {});
  const ids = outlets.map((o) => o.id);
  const [totals, pending, settings] = await Promise.all([
    hourTotalsByOutlet(db, ids, fromIso, toIso),
    pendingLeadsByOutlet(db, ids, fromIso, toIso),
    readComplianceSettings(db),
  ]);
  const totalsOf = new Map(totals.map((t) => [t.outletId, t]));
  const names = q.groupBy === 'region' ? await regionLabels(db) : new Map<string, string>();
  const groups = new Map<string, Group>();
  for (const o of outlets) {
    const t = totalsOf.get(o.id);
    const leads = pending.get(o.id) ?? 0;
    if (!t && !leads) continue;
    const city = cityCodeOf(o.regionCode);
    const [key, name, regionCode] =
      q.groupBy === 'region' ? [city, names.get(city) ?? city, city] : [o.enterpriseId, o.enterpriseName, o.regionCode];
    const g = groups.get(key) ?? { key, name, regionCode, outlets: [], openLeads: 0 };
    groups.set(key, g);
    if (t) g.outlets.push(t);
    g.openLeads += leads;
  }
  const rows = [...groups.values()].map((g) => rowOf(g, settings));
  rows.sort((a, b) => (q.groupBy === 'region' ? a.key.localeCompare(b.key) : a.name.localeCompare(b.name, 'zh-CN')));
  return { rows };
}
