import {
  AppError,
  type Indicator,
  type Item,
  type ItemStatus,
  type Milestone,
  type StatusReason,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { shanghaiDate } from '../../platform/deadlines';
import { findMetric, type MetricForecast } from '../../platform/metrics/metric-registry';
import { indicatorTrack, itemStatus, statusReasonText, type IndicatorTrack } from './item-status';
import * as repo from './workplan.repository';
import type { Reach } from './workplan-scope';

/** Everything the views need about one plan, as far as the caller reaches, with statuses computed now. */
export type PlanView = {
  plan: repo.PlanRow;
  today: string;
  items: Item[];
  tracks: Map<string, IndicatorTrack>;
  reports: repo.ReportListRow[];
  units: repo.UnitRow[];
  rounds: repo.RoundRow[];
};

type Latest = NonNullable<Indicator['latest']> & { forecast?: MetricForecast['status'] | undefined };

export function toIndicator(r: repo.IndicatorRow, latest?: Latest): Indicator {
  const base: Indicator = {
    id: r.id,
    itemId: r.item_id,
    name: r.name,
    unit: r.unit,
    direction: r.direction as Indicator['direction'],
    baseline: r.baseline,
    target: Number(r.target),
    deadline: r.deadline,
    source: r.source as Indicator['source'],
    metricKey: r.metric_key,
    metricParams: JSON.parse(r.metric_params_json) as Record<string, string>,
  };
  return latest ? { ...base, latest: { value: latest.value, asOf: latest.asOf, note: latest.note } } : base;
}

/** A live indicator's reading from the metric registry; "no data" when no module publishes the metric yet. */
async function readLive(deps: AppDeps, r: repo.IndicatorRow, plan: repo.PlanRow, regionCode: string): Promise<Latest> {
  const metric = r.metric_key ? findMetric(r.metric_key) : undefined;
  if (!metric) return { value: null, asOf: null, note: 'no data: metric not published yet' };
  const params = JSON.parse(r.metric_params_json) as Record<string, string>;
  try {
    const m = await metric.read(deps, {
      regionCode: params.regionCode ?? regionCode,
      year: plan.year,
      asOf: deps.clock.now(),
    });
    return {
      value: m.value,
      asOf: m.asOf,
      note: m.note ?? (m.value === null ? 'no data' : null),
      forecast: m.forecast?.status,
    };
  } catch {
    return { value: null, asOf: null, note: 'no data: metric read failed' };
  }
}

function latestManual(r: repo.IndicatorRow, reports: repo.ReportListRow[]): Latest {
  for (let i = reports.length - 1; i >= 0; i--) {
    const rep = reports[i]!;
    if (rep.review_state === 'returned') continue;
    const v = (JSON.parse(rep.values_json) as { indicatorId: string; value: number }[]).find(
      (x) => x.indicatorId === r.id,
    );
    if (v) return { value: v.value, asOf: rep.submitted_at, note: rep.unit_name };
  }
  return { value: null, asOf: null, note: 'no data' };
}

const WORST: ItemStatus[] = ['overdue', 'at_risk', 'on_track', 'not_started', 'done'];

/** A section's status rolls up from the items below it: the worst one, or done when all are. */
export function rollUp(statuses: ItemStatus[]): ItemStatus {
  if (statuses.length && statuses.every((s) => s === 'done')) return 'done';
  return WORST.find((s) => s !== 'done' && statuses.includes(s)) ?? 'not_started';
}

/** The reached rows plus every ancestor of them (a unit's item under 三、(二) brings (二) and 三、 along), in list order. */
async function withParents(db: AppDeps['db'], planId: string, reached: repo.ItemRow[]): Promise<repo.ItemRow[]> {
  const all = await repo.listItems(db, planId, { kind: 'all' });
  const byId = new Map(all.map((r) => [r.id, r]));
  const keep = new Set(reached.map((r) => r.id));
  for (const r of reached) {
    for (let p = r.parent_id; p !== null && !keep.has(p); p = byId.get(p)?.parent_id ?? null) keep.add(p);
  }
  return all.filter((r) => keep.has(r.id));
}

/**
 * `withParents`: also the ancestors of the reached items, marked `context` — the board and the item
 * list show a unit's items under their headings. Units, reports and indicators stay those of the
 * reached items, so the other views (overdue, duties, assessment) are unchanged.
 */
export async function loadPlanView(
  deps: AppDeps,
  reach: Reach,
  planId: string,
  opts: { withParents?: boolean } = {},
): Promise<PlanView> {
  const { db } = deps;
  const plan = await repo.findPlan(db, planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
  const reachedRows = await repo.listItems(db, planId, reach);
  const visible = new Set(reachedRows.map((r) => r.id));
  const rows = opts.withParents && reach.kind !== 'all' ? await withParents(db, planId, reachedRows) : reachedRows;
  const [units, regions, indicators, reports, rounds, planOrg] = await Promise.all([
    repo.unitsOfPlan(db, planId),
    repo.regionsOfPlan(db, planId),
    repo.indicatorsOfPlan(db, planId),
    repo.reportsOfPlan(db, planId),
    repo.roundsOfPlan(db, planId),
    repo.findOrgById(db, plan.org_id),
  ]);
  const today = shanghaiDate(deps.clock.now());
  const mine = reports.filter((r) => visible.has(r.item_id));
  const tracks = new Map<string, IndicatorTrack>();
  const byItem = new Map<string, Indicator[]>();
  for (const r of indicators.filter((x) => visible.has(x.item_id))) {
    const latest =
      r.source === 'live' ? await readLive(deps, r, plan, planOrg?.region_code ?? '') : latestManual(r, mine);
    tracks.set(
      r.id,
      indicatorTrack(
        {
          direction: r.direction as Indicator['direction'],
          baseline: r.baseline,
          target: Number(r.target),
          deadline: r.deadline,
          latest: latest.value,
          forecast: latest.forecast,
        },
        today,
        `${plan.year}-01-01`,
      ),
    );
    byItem.set(r.item_id, [...(byItem.get(r.item_id) ?? []), toIndicator(r, latest)]);
  }
  const items = rows.map((row) => {
    const last = [...mine].reverse().find((r) => r.item_id === row.id && r.review_state !== 'returned');
    const milestones = JSON.parse(row.milestones_json) as Milestone[];
    const inds = byItem.get(row.id) ?? [];
    const { status, reasons, reasonCodes } = itemStatus({
      today,
      startDate: row.start_date,
      deadline: row.deadline,
      milestones,
      doneAt: row.done_at,
      lastReport: last ? { date: shanghaiDate(new Date(last.submitted_at)), percent: last.percent } : null,
      indicators: inds.map((i) => tracks.get(i.id)!),
    });
    const item: Item = {
      id: row.id,
      planId: row.plan_id,
      parentId: row.parent_id,
      rootId: row.root_id,
      kind: row.kind as Item['kind'],
      level: row.level,
      number: row.number,
      title: row.title,
      text: row.text,
      position: row.position,
      tags: JSON.parse(row.tags_json) as string[],
      units: units
        .filter((u) => u.item_id === row.id)
        .map((u) => ({ orgId: u.org_id, orgName: u.name, role: u.role as 'lead' | 'co' })),
      regionCodes: regions.filter((r) => r.item_id === row.id).map((r) => r.region_code),
      startDate: row.start_date,
      deadline: row.deadline,
      milestones,
      doneAt: row.done_at,
      status,
      statusReasons: reasons,
      statusReasonCodes: reasonCodes,
      lastPercent: last?.percent ?? (row.done_at ? 100 : null),
      indicators: inds,
      ...(visible.has(row.id) ? {} : { context: true }),
    };
    return item;
  });
  // Deepest first, so a section's children already carry their rolled-up status.
  for (const item of [...items].sort((a, b) => b.level - a.level)) {
    if (item.kind !== 'section') continue;
    const kids = items.filter((c) => c.parentId === item.id);
    if (kids.length && !item.doneAt) {
      item.status = rollUp(kids.map((k) => k.status));
      const rolled: StatusReason = { code: 'rolled_up', params: {} };
      item.statusReasons = [statusReasonText(rolled)];
      item.statusReasonCodes = [rolled];
    }
  }
  return { plan, today, items, tracks, reports: mine, units: units.filter((u) => visible.has(u.item_id)), rounds };
}
