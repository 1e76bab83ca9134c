import type { z } from 'zod';
import {
  AppError,
  COMPLAINT_KINDS,
  type ComplaintMapQuerySchema,
  type ComplaintState,
  type ComplaintStats,
  type ComplaintStatsQuerySchema,
} from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { addCalendarDays } from '../../../platform/deadlines';
import { regionPrefix } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { clockContext, enterpriseNames, orgNames, type ClockContext } from '../reports/complaint-context';
import { clocksOf } from '../reports/complaint-view';
import { listComplaintRows, substantiatedCounts, type ComplaintRow } from '../reports/complaints.repository';
import { complaintFigures } from './complaint-figures';

/** Three or more substantiated reports in 12 months put an enterprise under special supervision (issue 19). */
export const SUPERVISION_THRESHOLD = 3;

function range(q: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to)
    throw new AppError('VALIDATION_FAILED', 'from is after to', [{ path: 'querystring.from', message: 'after to' }]);
  return { from, to };
}

/** Points of the reports received in the range (located ones), with counts by kind and by month. */
export async function complaintMap(deps: ServiceDeps, actor: Actor, q: z.infer<typeof ComplaintMapQuerySchema>) {
  const ctx = await clockContext(deps);
  const { from, to } = range(q, ctx.today);
  const rows = (await listComplaintRows(deps.db, actor, { from, to, kind: q.kind })).filter(
    (r) => r.state !== 'merged',
  );
  const byMonth = new Map<string, number>();
  for (const r of rows) byMonth.set(r.received_on.slice(0, 7), (byMonth.get(r.received_on.slice(0, 7)) ?? 0) + 1);
  return {
    from,
    to,
    points: rows
      .filter((r) => r.lon !== null && r.lat !== null)
      .map((r) => ({
        id: r.id,
        kind: r.kind as (typeof COMPLAINT_KINDS)[number],
        lon: r.lon!,
        lat: r.lat!,
        receivedOn: r.received_on,
        state: r.state as ComplaintState,
      })),
    byKind: COMPLAINT_KINDS.map((kind) => ({ kind, count: rows.filter((r) => r.kind === kind).length })),
    byMonth: [...byMonth.entries()].sort().map(([month, count]) => ({ month, count })),
  };
}

const figureInputs = (rows: readonly ComplaintRow[], ctx: ClockContext) =>
  rows.map((r) => ({
    receivedOn: r.received_on,
    repliedOn: r.replied_on,
    ratedOn: r.rated_on,
    satisfaction: r.satisfaction,
    merged: r.state === 'merged',
    clocks: clocksOf(r, ctx.calendar, ctx.settings, ctx.today),
  }));

/** Per handling unit: intake, answers on time, response days, satisfaction; repeat enterprises over 12 months. */
export async function complaintStats(
  deps: ServiceDeps,
  actor: Actor,
  q: z.infer<typeof ComplaintStatsQuerySchema>,
): Promise<ComplaintStats> {
  const ctx = await clockContext(deps);
  const { from, to } = range(q, ctx.today);
  const rows = await listComplaintRows(deps.db, actor);
  const byOrg = new Map<string, ComplaintRow[]>();
  for (const r of rows) byOrg.set(r.handling_org_id, [...(byOrg.get(r.handling_org_id) ?? []), r]);
  const orgs = await orgNames(deps, [...byOrg.keys()]);
  const statRows = [...byOrg.entries()]
    .map(([key, list]) => ({
      key,
      name: orgs.get(key) ?? key,
      ...complaintFigures(figureInputs(list, ctx), from, to),
    }))
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name));
  const enterpriseIds = [...new Set(rows.map((r) => r.enterprise_id).filter((e): e is string => Boolean(e)))];
  const counts = await substantiatedCounts(deps.db, enterpriseIds, addCalendarDays(to, -364), to);
  const names = await enterpriseNames(deps, [...counts.keys()]);
  return {
    from,
    to,
    rows: statRows,
    total: { key: 'total', name: '', ...complaintFigures(figureInputs(rows, ctx), from, to) },
    repeatEnterprises: [...counts.entries()]
      .filter(([, n]) => n >= 2)
      .map(([enterpriseId, n]) => ({
        enterpriseId,
        name: names.get(enterpriseId) ?? enterpriseId,
        substantiated: n,
        specialSupervision: n >= SUPERVISION_THRESHOLD,
      }))
      .sort((a, b) => b.substantiated - a.substantiated || a.name.localeCompare(b.name)),
  };
}

/** The region's reports for the work plan's figures (the system reads; subregions included). */
export async function regionFigures(deps: ServiceDeps, regionCode: string, from: string, to: string) {
  const ctx = await clockContext(deps);
  const rows = await listComplaintRows(deps.db, null, { regionPrefix: regionPrefix(regionCode) });
  return complaintFigures(figureInputs(rows, ctx), from, to);
}
