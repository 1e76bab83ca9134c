import type { ServiceDeps } from '../../../platform/service-deps';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import { publishedPlans } from './inspections.repository';
import type { StoredDraw } from './plan-draw';

/**
 * 一公开: the published plans for the portal — region, period, seed and algorithm (to re-run the draw),
 * the drawn units by name and credit code with the check method. Never the inspectors (their names and
 * who went where stay inside), nor a unit's library or the reasons it is special.
 */
export async function publicPlans(deps: Pick<ServiceDeps, 'db'>) {
  const rows = await publishedPlans(deps.db);
  const orgs = await orgsByIds(
    deps.db,
    rows.map((r) => r.org_id),
  );
  return {
    items: rows.map((r) => {
      const stored = JSON.parse(r.result) as StoredDraw;
      return {
        id: r.id,
        authority: orgs.get(r.org_id)?.name ?? '',
        regionCode: r.region_code,
        period: r.period,
        inspectionDate: r.inspection_date,
        seed: r.seed,
        algorithm: r.algorithm,
        publishedAt: r.published_at!,
        units: stored.draw.objects.map((o) => ({
          name: stored.units[o.unitId]?.name ?? '',
          uscc: stored.units[o.unitId]?.uscc ?? '',
          method: o.method,
          checks: o.checks,
        })),
      };
    }),
  };
}
