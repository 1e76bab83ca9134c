import { type DueItem, type DueQuerySchema, type PermitEventKind, type PermitState } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { daysBetween, dueState, loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { DUE_KIND_OF, loadClockSettings } from '../clock-rules/clock-rules.service';
import { expectedPeriods, isTracked } from '../reports/expected-reports';
import { loadOverrides, loadSubmissions, reportingPermit } from '../reports/reports.service';
import { permitStatusOn } from '../rules/permit-clocks';
import { permitEventsInReach, permitsInReach, type PermitDueRow, type PermitReach } from './due.repository';
import { openPermitClocks, type ClockEvent } from './permit-clock-items';

type DueQuery = z.output<typeof DueQuerySchema>;
type Draft = Omit<DueItem, 'daysLeft' | 'state'>;

/** The instant of noon in Shanghai on a date: `dueState` reads the Shanghai day of an instant. */
const noonOf = (date: string) => new Date(`${date}T04:00:00Z`);

/** A register row's permit state on a day (the stored status and its dates read together). */
export function permitStateOn(on: string, p: PermitDueRow): PermitState {
  const state = p.status === 'valid' ? 'granted' : (p.status as 'revoked' | 'cancelled' | 'withdrawn');
  return permitStatusOn(on, { validFrom: p.valid_from, validTo: p.valid_to, state });
}

const REPORT_CITATION = '排污许可管理条例 第二十二条; HJ 944-2018';

/**
 * What falls due on the permits in reach, seen from `on`: the permit clocks still running (the renewal
 * application at valid_to − 60 days, decisions, reviews, changes) and the execution reports not yet
 * submitted, up to `within` days ahead (and, when `overdue`, everything already past due). A permit
 * that expired without renewal keeps its renewal application overdue and its state `expired` (无证排污).
 * This list is also the reminder surface: each unit sees it for its own enterprises (scope), the
 * enterprise for itself.
 */
export async function dueInReach(
  { db }: Pick<ServiceDeps, 'db'>,
  reach: PermitReach,
  on: string,
  opts: { within: number; overdue: boolean },
): Promise<DueItem[]> {
  const [permits, events, settings, calendar, overrides, submissions] = await Promise.all([
    permitsInReach(db, reach),
    permitEventsInReach(db, reach),
    loadClockSettings(db),
    loadCalendar(db),
    loadOverrides(db),
    loadSubmissions(db, reach),
  ]);
  const eventsOf = new Map<string, ClockEvent[]>();
  for (const e of events) {
    const list = eventsOf.get(e.permit_id) ?? [];
    list.push({ kind: e.kind as PermitEventKind, date: e.event_date, onSiteCheck: e.on_site_check === 1 });
    eventsOf.set(e.permit_id, list);
  }
  const submitted = new Set(submissions.map((s) => `${s.permitId}|${s.frequency}|${s.periodKey}`));
  const drafts: Draft[] = [];
  for (const p of permits) {
    const base = {
      enterpriseId: p.enterprise_id,
      enterpriseName: p.enterprise_name,
      uscc: p.uscc,
      permitId: p.permit_id,
      permitNo: p.permit_no,
      permitState: permitStateOn(on, p),
    };
    const clockPermit = {
      kind: p.kind === 'registration' ? ('registration' as const) : ('permit' as const),
      category: p.category as 'key' | 'simplified' | 'registration',
      validTo: p.valid_to,
      status: p.status,
    };
    for (const d of openPermitClocks(clockPermit, eventsOf.get(p.permit_id) ?? [], calendar, settings))
      drafts.push({
        ...base,
        kind: DUE_KIND_OF[d.rule.code],
        dueDate: d.dueDate,
        periodKey: null,
        rule: { code: d.rule.code, citation: d.rule.citation, days: d.rule.days, dayKind: d.rule.dayKind },
      });
    const reporting = reportingPermit(p);
    if (!reporting) continue;
    for (const r of expectedPeriods(reporting, overrides)) {
      if (r.foldedInto || submitted.has(`${p.permit_id}|${r.frequency}|${r.periodKey}`)) continue;
      if (!isTracked(reporting, r, false)) continue;
      drafts.push({
        ...base,
        kind: 'execution_report',
        dueDate: r.dueDate,
        periodKey: r.periodKey,
        rule: {
          code: `EXECUTION_REPORT_${r.frequency.toUpperCase()}`,
          citation: REPORT_CITATION,
          days: daysBetween(r.periodEnd, r.dueDate),
          dayKind: 'calendar',
        },
      });
    }
  }
  const now = noonOf(on);
  return drafts
    .map((d): DueItem => {
      const daysLeft = daysBetween(on, d.dueDate);
      return { ...d, daysLeft, state: dueState(d.dueDate, now, { soonDays: settings.dueSoonDays }) };
    })
    .filter((d) => d.daysLeft <= opts.within && (opts.overdue || d.daysLeft >= 0))
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.enterpriseName.localeCompare(b.enterpriseName) ||
        a.permitNo.localeCompare(b.permitNo) ||
        a.kind.localeCompare(b.kind) ||
        (a.periodKey ?? '').localeCompare(b.periodKey ?? ''),
    );
}

/** GET /sources/due: the due list in the caller's scope. */
export async function listDue(deps: ServiceDeps, actor: Actor | null, query: DueQuery): Promise<{ items: DueItem[] }> {
  const on = query.on ?? shanghaiDate(deps.clock.now());
  const items = await dueInReach(deps, { actor, enterpriseId: query.enterpriseId }, on, query);
  return { items };
}

/** The due items of one enterprise for its page (一企一档): the next 90 days and everything overdue. */
export async function dueForEnterprise(
  deps: ServiceDeps,
  actor: Actor,
  enterpriseId: string,
  on?: string,
): Promise<DueItem[]> {
  return (await listDue(deps, actor, { enterpriseId, on, within: 90, overdue: true })).items;
}
