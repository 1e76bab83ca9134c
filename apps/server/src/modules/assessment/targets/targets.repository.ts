import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AssessmentTargetsTable } from '../assessment.tables';

export type TargetRow = Selectable<AssessmentTargetsTable>;

export function listTargets(
  db: Kysely<Database>,
  f: { year?: number | undefined; regionPrefix?: string | undefined },
): Promise<TargetRow[]> {
  let q = db.selectFrom('assessment_targets').selectAll();
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.regionPrefix) q = q.where('region_code', 'like', `${f.regionPrefix}%`);
  return q.orderBy('year').orderBy('region_code').orderBy('indicator').execute();
}

export function findTarget(db: Kysely<Database>, id: string): Promise<TargetRow | undefined> {
  return db.selectFrom('assessment_targets').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findTargetByKey(
  db: Kysely<Database>,
  year: number,
  regionCode: string,
  indicator: string,
): Promise<TargetRow | undefined> {
  return db
    .selectFrom('assessment_targets')
    .selectAll()
    .where('year', '=', year)
    .where('region_code', '=', regionCode)
    .where('indicator', '=', indicator)
    .executeTakeFirst();
}

export async function insertTarget(db: Kysely<Database>, row: TargetRow): Promise<void> {
  await db.insertInto('assessment_targets').values(row).execute();
}

export async function updateTarget(db: Kysely<Database>, id: string, set: Partial<TargetRow>): Promise<void> {
  await db.updateTable('assessment_targets').set(set).where('id', '=', id).execute();
}

export async function deleteTarget(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('assessment_targets').where('id', '=', id).execute();
}

/** True when any target of the year exists (the demo seeds a year once). */
export async function hasTargetsOfYear(db: Kysely<Database>, year: number): Promise<boolean> {
  return (
    (await db.selectFrom('assessment_targets').select('id').where('year', '=', year).executeTakeFirst()) !== undefined
  );
}
