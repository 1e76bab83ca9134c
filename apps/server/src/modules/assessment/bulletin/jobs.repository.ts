import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AssessmentJobsTable } from '../assessment.tables';

export type JobRow = Selectable<AssessmentJobsTable>;

export async function insertJob(db: Kysely<Database>, row: JobRow): Promise<void> {
  await db.insertInto('assessment_jobs').values(row).execute();
}

export function findJob(db: Kysely<Database>, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('assessment_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findJobByDedupeKey(db: Kysely<Database>, dedupeKey: string): Promise<JobRow> {
  return db.selectFrom('assessment_jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirstOrThrow();
}

export async function updateJob(db: Kysely<Database>, id: string, set: Partial<JobRow>): Promise<void> {
  await db.updateTable('assessment_jobs').set(set).where('id', '=', id).execute();
}

/** Moves a queued job to running; false when another worker claimed it first. */
export async function claimJob(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const claimed = await db
    .updateTable('assessment_jobs')
    .set({ status: 'running', percent: 10, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) > 0;
}

/** Ids of up to `limit` queued jobs, oldest first. */
export async function queuedJobIds(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('assessment_jobs')
    .select('id')
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The newest 100 jobs: all, or (with a region prefix) the open ones and those of regions below the prefix. */
export function recentJobs(db: Kysely<Database>, regionPrefix: string | undefined): Promise<JobRow[]> {
  let q = db.selectFrom('assessment_jobs').selectAll();
  if (regionPrefix !== undefined)
    q = q.where((eb) => eb.or([eb('scope_region', 'is', null), eb('scope_region', 'like', `${regionPrefix}%`)]));
  return q.orderBy('created_at', 'desc').limit(100).execute();
}
