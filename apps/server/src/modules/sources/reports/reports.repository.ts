import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ExecutionReportsTable, ReportDeadlineOverridesTable } from '../sources.tables';
import { reached, type PermitReach } from '../due/due.repository';

/** The submissions of the permits in reach. */
export async function submissionsInReach(db: Kysely<Database>, reach: PermitReach): Promise<ExecutionReportsTable[]> {
  const q = db
    .selectFrom('execution_reports')
    .innerJoin('permits', 'permits.id', 'execution_reports.permit_id')
    .innerJoin('enterprises', 'enterprises.id', 'permits.enterprise_id')
    .selectAll('execution_reports');
  return reached(q, reach).execute();
}

export async function findSubmission(
  db: Kysely<Database>,
  permitId: string,
  frequency: string,
  periodKey: string,
): Promise<ExecutionReportsTable | undefined> {
  return db
    .selectFrom('execution_reports')
    .selectAll()
    .where('permit_id', '=', permitId)
    .where('frequency', '=', frequency)
    .where('period_key', '=', periodKey)
    .executeTakeFirst();
}

export async function insertSubmission(db: Kysely<Database>, row: ExecutionReportsTable): Promise<void> {
  await db.insertInto('execution_reports').values(row).execute();
}

export async function listOverrides(db: Kysely<Database>): Promise<ReportDeadlineOverridesTable[]> {
  return db.selectFrom('report_deadline_overrides').selectAll().orderBy('period_key').orderBy('frequency').execute();
}

export async function findOverride(
  db: Kysely<Database>,
  where: { id: string } | { frequency: string; periodKey: string },
): Promise<ReportDeadlineOverridesTable | undefined> {
  let q = db.selectFrom('report_deadline_overrides').selectAll();
  q =
    'id' in where
      ? q.where('id', '=', where.id)
      : q.where('frequency', '=', where.frequency).where('period_key', '=', where.periodKey);
  return q.executeTakeFirst();
}

export async function insertOverride(db: Kysely<Database>, row: ReportDeadlineOverridesTable): Promise<void> {
  await db.insertInto('report_deadline_overrides').values(row).execute();
}

export async function deleteOverride(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('report_deadline_overrides').where('id', '=', id).execute();
}
