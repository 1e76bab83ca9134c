import { type Indicator, type Item, type ItemStatus, type Milestone, type StatusReason } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/deadlines';
import { readIndicators, type MetricCache, type Reading } from './indicator-readings';
import { loadPlanStructure } from './plan-structure';
import { indicatorTrack, itemStatus, statusReasonText, type IndicatorTrack } from './item-status';
import * as repo from '../shared/workplan.repository';
import type { Reach } from '../shared/workplan-scope';

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

function toIndicator(r: repo.IndicatorRow, latest?: Reading): Indicator {
  const base: Indicator = {
    id: r.id,
    itemId: r.item_id,
    name: r.name,
    unit: r.unit,
    direction: r.direction as Indicator['direction'],
    baseline: r.baseline,
    target: Number(r.target),
    deadline: r.deadline,
    deadlineSource: r.deadline_source as Indicator['deadlineSource'],
    source: r.source as Indicator['source'],
    metricKey: r.metric_key,
    metricParams: JSON.parse(r.metric_params_json) as Record<string, string>,
  };
  return latest ? { ...base, latest: { value: latest.value, asOf: latest.asOf, note: latest.note } } : base;
}

const WORST: ItemStatus[] = ['overdue', 'at_risk', 'on_track', 'not_started', 'done'];

/** A section's status rolls up from the items below it: the worst one, or done when all are. */
export function rollUp(statuses: ItemStatus[]): ItemStatus {
  if (statuses.length && statuses.every((s) => s === 'done')) return 'done';
  return WORST.find((s) => s !== 'done' && statuses.includes(s)) ?? 'not_started';
}

/**
 * The plan view: the structure (`plan-structure.ts`) with the indicator readings
 * (`indicator-readings.ts`, live metrics read in parallel) and each item's status computed now.
 * `withParents`: also the ancestors of the reached items, marked `context`.
 */
export async function loadPlanView(
  deps: AppDeps,
  reach: Reach,
  planId: string,
  opts: { withParents?: boolean; metrics?: MetricCache } = {},
): Promise<PlanView> {
  const s = await loadPlanStructure(deps, reach, planId, opts);
  const readings = await readIndicators(deps, s, opts.metrics);
  const { plan, today, rows, visible, units, regions, reports: mine } = s;
  const tracks = new Map<string, IndicatorTrack>();
  const byItem = new Map<string, Indicator[]>();
  for (const r of s.indicators) {
    const latest = readings.get(r.id)!;
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
      deadlineSource: row.deadline_source as Item['deadlineSource'],
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
  return { plan, today, items, tracks, reports: mine, units, rounds: s.rounds };
}
