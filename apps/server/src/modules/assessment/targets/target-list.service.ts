import type { TargetProgress } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { regionNames } from '../air/air-data.repository';
import { scopePrefixOf } from '../../../platform/scope/region-scope';
import { indicatorProgress } from './target-progress.service';
import * as repo from './targets.repository';
import { toTarget } from './targets.service';

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
// A shortfall is never shown as 0.0: a lost target misses by at least the last shown decimal.
const shortfallOf = (v: number | null) => (v === null ? null : Math.max(0.1, round1(v)!));

/** Progress of one stored target: live indicators get their value to date and forecast; others have no live data. */
async function progressOf(deps: AppDeps, r: repo.TargetRow, names: Map<string, string>): Promise<TargetProgress> {
  const p = await indicatorProgress(deps, r.indicator, r.region_code, r.year, r.target_value, deps.clock.now());
  const base = { ...toTarget(r), regionName: names.get(r.region_code) ?? r.region_code };
  // No live data: the indicator is reported by hand in the work plan.
  if (!p)
    return {
      ...base,
      actual: null,
      asOf: deps.clock.now().toISOString(),
      daysElapsed: 0,
      daysInYear: 0,
      requiredForRest: null,
      projected: null,
      bestAchievable: null,
      shortfall: null,
      status: null,
      reason: 'no_live_data',
    };
  return {
    ...base,
    actual: round1(p.reported),
    asOf: p.asOf,
    daysElapsed: p.daysElapsed,
    daysInYear: p.daysInYear,
    requiredForRest: round1(p.required),
    projected: round1(p.projected),
    bestAchievable: round1(p.best),
    shortfall: shortfallOf(p.shortfall),
    status: p.status,
    reason: p.reason,
  };
}

/** Targets of a year within the caller's scope, with progress and forecast. */
export async function listProgress(
  deps: AppDeps,
  actor: Actor,
  q: { year?: number | undefined; regionCode?: string | undefined },
): Promise<TargetProgress[]> {
  const year = q.year ?? Number(deps.clock.now().toISOString().slice(0, 4));
  const prefix = scopePrefixOf(actor);
  const rows = (
    await repo.listTargets(deps.db, { year, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : prefix })
  ).filter((r) => !prefix || r.region_code.startsWith(prefix));
  const names = await regionNames(deps.db);
  const out: TargetProgress[] = [];
  for (const r of rows) out.push(await progressOf(deps, r, names));
  return out;
}
