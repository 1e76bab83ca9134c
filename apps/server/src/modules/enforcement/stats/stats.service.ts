import type { z } from 'zod';
import { AppError, type EnforcementStatsQuerySchema, type EnforcementStatsRow } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import { regionLabels } from '../../../platform/dictionaries/dictionary-reads';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import { cityCodeOf } from '../../../platform/regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { casesOf, eventsOf } from '../cases/cases.repository';
import { caseFigures, type CaseWithEvents, type DayRange } from './case-figures';

type Query = z.infer<typeof EnforcementStatsQuerySchema>;
type Group = { key: string; name: string; regionCode: string; cases: CaseWithEvents[] };

/** The cases of the enterprises in the actor's reach (null: the system, for metrics), with their events. */
export async function casesInReach(
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor | null,
  regionCode: string | undefined,
): Promise<{ cases: CaseWithEvents[]; regionOf: Map<string, string> }> {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, regionCode ? { regionCode } : {});
  const rows = await casesOf(
    deps.db,
    enterprises.map((e) => e.id),
  );
  const events = await eventsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  const byCase = new Map<string, CaseWithEvents>(rows.map((row) => [row.id, { row, events: [] }]));
  for (const e of events) (byCase.get(e.case_id)!.events as typeof events).push(e);
  return { cases: [...byCase.values()], regionOf: new Map(enterprises.map((e) => [e.id, e.regionCode])) };
}

/** The range of the query: this year so far unless given; `from` after `to` is refused. */
function rangeOf(q: Query, today: string): DayRange {
  const range = { from: q.from ?? `${today.slice(0, 4)}-01-01`, to: q.to ?? today };
  if (range.from > range.to)
    throw new AppError('VALIDATION_FAILED', 'from is after to', [{ path: 'query.from', message: 'after to' }]);
  return range;
}

/**
 * Per handling unit (the organisation that handles the case) or per city (of the enterprise), over
 * the cases whose enterprise lies in the actor's reach: cases opened, filed and decided in the range,
 * fines, average days from filing to decision, the on-time rate, and what is overdue today.
 */
export async function enforcementStats(
  deps: ServiceDeps,
  actor: Actor,
  q: Query,
): Promise<{ from: string; to: string; asOf: string; rows: EnforcementStatsRow[]; total: EnforcementStatsRow }> {
  const today = shanghaiDate(deps.clock.now());
  const range = rangeOf(q, today);
  const [{ cases, regionOf }, cal] = await Promise.all([
    casesInReach(deps, actor, q.regionCode),
    loadCalendar(deps.db),
  ]);
  const groups = new Map<string, Group>();
  if (q.groupBy === 'org') {
    const orgs = await orgsByIds(
      deps.db,
      cases.map((c) => c.row.handling_org_id),
    );
    for (const c of cases) {
      const org = orgs.get(c.row.handling_org_id);
      const key = c.row.handling_org_id;
      const g = groups.get(key) ?? { key, name: org?.name ?? key, regionCode: org?.region_code ?? '', cases: [] };
      groups.set(key, g);
      g.cases.push(c);
    }
  } else {
    const names = await regionLabels(deps.db);
    for (const c of cases) {
      const key = cityCodeOf(regionOf.get(c.row.enterprise_id) ?? '');
      const g = groups.get(key) ?? { key, name: names.get(key) ?? key, regionCode: key, cases: [] };
      groups.set(key, g);
      g.cases.push(c);
    }
  }
  const rowOf = (g: Group): EnforcementStatsRow => ({
    key: g.key,
    name: g.name,
    regionCode: g.regionCode,
    cases: g.cases.length,
    ...caseFigures(g.cases, range, today, cal),
  });
  const rows = [...groups.values()]
    .map(rowOf)
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
  // The total's name is left to the page (the server sends data, not words).
  const total = rowOf({ key: 'total', name: '', regionCode: q.regionCode ?? '', cases });
  return { ...range, asOf: today, rows, total };
}
