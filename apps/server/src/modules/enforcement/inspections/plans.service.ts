import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, type CreateInspectionPlanBodySchema, type InspectionPlan } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { daysBetween } from '../../../platform/deadlines';
import { orgsByIds, type OrgSummary } from '../../../platform/orgs/org-reads';
import { regionPrefix } from '../../../platform/regions';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { COUNTY_QUARTER_RATES, type DrawRate } from '../draw/draw-rates';
import { drawListVisible } from '../draw/draw-visibility';
import { inspectorLibrary } from './inspectors.service';
import { allPlans, findPlan, insertPlan, planOf, setPublished, type InspectionPlanRow } from './inspections.repository';
import { objectLibrary } from './objects.service';
import { algorithmLabel, drawPlan, drawReproduces, type StoredDraw } from './plan-draw';

const today = (deps: ServiceDeps) => shanghaiDate(deps.clock.now().toISOString());
const notFound = (id: string) => new AppError('INSPECTION_PLAN_NOT_FOUND', `inspection plan ${id} not found`);
const invalid = (path: string, message: string) =>
  new AppError('INSPECTION_PLAN_INVALID', message, [{ path, message, code: 'INSPECTION_PLAN_INVALID' }]);

/**
 * A plan is in reach of the province-wide scope, of anyone whose scope holds the planning organisation
 * (the city bureau sees its counties' plans), and of the staff under the planning organisation whose
 * region the plan concerns (a county's inspectors see the city's plan for their county). Else 404.
 */
function planInReach(actor: Actor, plan: InspectionPlanRow, org: OrgSummary | undefined): boolean {
  if (actor.scope === 'all') return true;
  if (!org) return false;
  if (orgPathInScope(actor, org.id, org.path)) return true;
  const mine = regionPrefix(actor.regionCode);
  const theirs = regionPrefix(plan.region_code);
  return actor.orgPath.startsWith(org.path) && (mine.startsWith(theirs) || theirs.startsWith(mine));
}

/** Owners see the list before the inspection date: its author and its organisation's planners. */
const ownerIds = (actor: Actor, plan: InspectionPlanRow): string[] => [
  ...(plan.created_by ? [plan.created_by] : []),
  ...(actor.orgId === plan.org_id && actor.permissions.has('enforcement:plan') ? [actor.userId] : []),
];

const storedOf = (row: InspectionPlanRow) => JSON.parse(row.result) as StoredDraw;
const ratesOf = (row: InspectionPlanRow) => JSON.parse(row.rates) as DrawRate[];

function toPlan(row: InspectionPlanRow, orgName: string, visible: boolean): InspectionPlan {
  const stored = storedOf(row);
  return {
    id: row.id,
    orgId: row.org_id,
    orgName,
    regionCode: row.region_code,
    period: row.period,
    inspectionDate: row.inspection_date,
    algorithm: row.algorithm,
    rates: ratesOf(row),
    libraries: stored.draw.libraries,
    objectCount: stored.draw.objects.length,
    publishedAt: row.published_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    hidden: !visible,
    // The seed and the inputs (readable in the object library) would give the list away: hidden with it.
    seed: visible ? row.seed : null,
    objects: visible
      ? stored.draw.objects.map((o) => ({
          enterpriseId: o.unitId,
          name: stored.units[o.unitId]?.name ?? '',
          uscc: stored.units[o.unitId]?.uscc ?? '',
          library: o.library,
          method: o.method,
          checks: o.checks,
          inspectors: o.inspectorIds.map((userId) => ({ userId, displayName: stored.inspectors[userId] ?? '' })),
          shortfall: o.shortfall,
        }))
      : null,
  };
}

async function planInReachOr404(deps: ServiceDeps, actor: Actor, id: string) {
  const row = await findPlan(deps.db, id);
  const org = row ? (await orgsByIds(deps.db, [row.org_id])).get(row.org_id) : undefined;
  if (!row || !planInReach(actor, row, org)) throw notFound(id);
  const visible = drawListVisible(
    actor.userId,
    { ownerIds: ownerIds(actor, row), inspectionDate: row.inspection_date },
    today(deps),
  );
  return { row, orgName: org?.name ?? '', visible };
}

export async function getPlan(deps: ServiceDeps, actor: Actor, id: string): Promise<InspectionPlan> {
  const { row, orgName, visible } = await planInReachOr404(deps, actor, id);
  return toPlan(row, orgName, visible);
}

export async function listPlans(deps: ServiceDeps, actor: Actor) {
  const rows = await allPlans(deps.db);
  const orgs = await orgsByIds(
    deps.db,
    rows.map((r) => r.org_id),
  );
  const day = today(deps);
  const items = rows
    .filter((r) => planInReach(actor, r, orgs.get(r.org_id)))
    .map((r) => {
      const visible = drawListVisible(
        actor.userId,
        { ownerIds: ownerIds(actor, r), inspectionDate: r.inspection_date },
        day,
      );
      const { objects: _objects, ...plan } = toPlan(r, orgs.get(r.org_id)?.name ?? '', visible);
      return plan;
    });
  return { items };
}

/**
 * 双随机: draws the units of the region's object library (in the actor's reach) and the available
 * inspectors of the actor's organisation tree, from a seed recorded with the plan (a fresh random one
 * unless given). One plan per organisation, region and period: no redraw to choose a list.
 */
export async function createPlan(
  deps: ServiceDeps,
  actor: Actor,
  body: z.infer<typeof CreateInspectionPlanBodySchema>,
): Promise<InspectionPlan> {
  if (actor.scope !== 'all' && !body.regionCode.startsWith(regionPrefix(actor.regionCode)))
    throw invalid('body.regionCode', `region ${body.regionCode} is outside the caller's region`);
  if (daysBetween(today(deps), body.inspectionDate) < 0)
    throw invalid('body.inspectionDate', 'the inspection date is in the past');
  if (await planOf(deps.db, actor.orgId, body.regionCode, body.period))
    throw new AppError('INSPECTION_PLAN_EXISTS', `a plan for ${body.regionCode} ${body.period} exists`);
  const objects = await objectLibrary(deps, actor, { regionCode: body.regionCode });
  if (!objects.length) throw invalid('body.regionCode', 'no units to draw in the region');
  const inspectors = await inspectorLibrary(deps, actor.orgPath);
  const rates: DrawRate[] = (body.rates ?? COUNTY_QUARTER_RATES).map(({ library, percent, minimum }) => ({
    library,
    percent,
    ...(minimum === undefined ? {} : { minimum }),
  }));
  if (new Set(rates.map((r) => r.library)).size !== rates.length) throw invalid('body.rates', 'one rate per library');
  const seed = body.seed ?? randomBytes(16).toString('hex');
  const stored = drawPlan(seed, rates, objects, inspectors, body.inspectorsPerObject);
  const id = randomUUID();
  const row = {
    id,
    org_id: actor.orgId,
    region_code: body.regionCode,
    period: body.period,
    rates: JSON.stringify(rates),
    seed,
    algorithm: algorithmLabel(stored.draw.algorithm),
    result: JSON.stringify(stored),
    inspection_date: body.inspectionDate,
    published_at: null,
    created_by: actor.userId,
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertPlan(trx, row);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.inspection_plan.create',
      entityType: 'inspection_plan',
      entityId: id,
      // The audit log keeps a commitment to the seed, not the seed: it proves the seed was fixed at the
      // draw without telling audit readers the list before the inspection date.
      after: {
        regionCode: row.region_code,
        period: row.period,
        inspectionDate: row.inspection_date,
        algorithm: row.algorithm,
        seedSha256: createHash('sha256').update(seed, 'utf8').digest('hex'),
        objects: stored.draw.objects.length,
      },
    });
  });
  return getPlan(deps, actor, id);
}

/** 一公开: from the inspection date on, a planner of the plan's reach publishes its result on the portal. */
export async function publishPlan(deps: ServiceDeps, actor: Actor, id: string): Promise<InspectionPlan> {
  const { row } = await planInReachOr404(deps, actor, id);
  if (daysBetween(row.inspection_date, today(deps)) < 0)
    throw new AppError('INSPECTION_PLAN_NOT_DUE', `plan ${id} is to be inspected on ${row.inspection_date}`);
  if (!row.published_at) {
    const at = deps.clock.now().toISOString();
    await deps.db.transaction().execute(async (trx) => {
      await setPublished(trx, id, at);
      await appendAudit(trx, deps.clock, auditContextOf(actor), {
        action: 'enforcement.inspection_plan.publish',
        entityType: 'inspection_plan',
        entityId: id,
        after: { publishedAt: at },
      });
    });
  }
  return getPlan(deps, actor, id);
}

/** Re-runs the stored draw from its seed and stored inputs (only for a caller who may see the list). */
export async function verifyPlan(deps: ServiceDeps, actor: Actor, id: string) {
  const { row, visible } = await planInReachOr404(deps, actor, id);
  if (!visible) throw notFound(id);
  return { matches: drawReproduces(row.seed, ratesOf(row), storedOf(row)), algorithm: row.algorithm, seed: row.seed };
}
