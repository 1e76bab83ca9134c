import {
  AppError,
  type InspectionObject,
  type InspectionObjectsQuerySchema,
  type MANUAL_SPECIAL_CRITERIA,
  type OBJECT_LIBRARIES,
  type PutInspectionObjectBodySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { sourcesReads } from '../../sources';
import { derivedCriteria, supervisionFactsOf } from '../../../platform/supervision/supervision-registry';
import { placeObject, underivedCriteriaNote } from './object-library';
import { decidedInYear, objectRowsOf, upsertObject, type InspectionObjectRow } from './inspections.repository';

type Library = (typeof OBJECT_LIBRARIES)[number];
type ManualCriterion = (typeof MANUAL_SPECIAL_CRITERIA)[number];

const manualOf = (row: InspectionObjectRow | undefined) => ({
  // A stored 'general' is no placement: the register and the criteria decide.
  manualLibrary: row && row.library !== 'general' ? (row.library as Library) : null,
  manualReasons: row ? (JSON.parse(row.reasons) as ManualCriterion[]) : [],
});

/**
 * The object library of the enterprises in the actor's reach (optionally a region and its subregions),
 * placed by `placeObject` on the register, last calendar year's decisions and the manual parts.
 */
export async function objectLibrary(
  deps: ServiceDeps,
  actor: Actor | null,
  filter: { regionCode?: string | undefined; ids?: readonly string[] },
): Promise<InspectionObject[]> {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, actor, {
    ...(filter.regionCode ? { regionCode: filter.regionCode } : {}),
    ...(filter.ids ? { ids: filter.ids } : {}),
  });
  const ids = enterprises.map((e) => e.id);
  const today = shanghaiDate(deps.clock.now().toISOString());
  const lastYear = Number(today.slice(0, 4)) - 1;
  const [rows, penalised, facts] = await Promise.all([
    objectRowsOf(deps.db, ids),
    decidedInYear(deps.db, ids, lastYear),
    supervisionFactsOf(deps, ids, today),
  ]);
  return enterprises.map((e) => {
    const row = rows.get(e.id);
    const manual = manualOf(row);
    const placed = placeObject({
      category: e.category,
      keyListYear: e.keyListYear ?? null,
      penalisedCaseNo: penalised.get(e.id),
      ...manual,
      derived: facts.get(e.id) ?? [],
    });
    return {
      enterpriseId: e.id,
      name: e.name,
      uscc: e.uscc,
      regionCode: e.regionCode,
      ...placed,
      ...manual,
      positiveList: row?.positive_list === 1,
      updatedAt: row?.updated_at ?? null,
    };
  });
}

export async function listObjects(deps: ServiceDeps, actor: Actor, q: z.infer<typeof InspectionObjectsQuerySchema>) {
  const items = await objectLibrary(deps, actor, { regionCode: q.regionCode });
  const count = (l: Library) => items.filter((i) => i.library === l).length;
  return {
    items,
    counts: { key: count('key'), special: count('special'), general: count('general') },
    notes: [underivedCriteriaNote(derivedCriteria())].filter((n) => n !== null),
  };
}

/** Sets the manual parts of an enterprise's placement (library, special criteria, positive list); audited. */
export async function putObject(
  deps: ServiceDeps,
  actor: Actor,
  enterpriseId: string,
  body: z.infer<typeof PutInspectionObjectBodySchema>,
): Promise<InspectionObject> {
  const [before] = await objectLibrary(deps, actor, { ids: [enterpriseId] });
  if (!before) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  const library = body.library ?? before.manualLibrary ?? 'general';
  const reasons = [...new Set(body.reasons ?? before.manualReasons)];
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await upsertObject(trx, {
      enterprise_id: enterpriseId,
      library,
      reasons: JSON.stringify(reasons),
      positive_list: body.positiveList ? 1 : 0,
      updated_at: now,
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'enforcement.inspection_object.put',
      entityType: 'inspection_object',
      entityId: enterpriseId,
      before: {
        library: before.manualLibrary,
        reasons: before.manualReasons,
        positiveList: before.positiveList,
      },
      after: { library, reasons, positiveList: body.positiveList },
    });
  });
  const [after] = await objectLibrary(deps, actor, { ids: [enterpriseId] });
  return after!;
}
