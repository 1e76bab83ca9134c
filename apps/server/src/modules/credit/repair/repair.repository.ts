import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CreditPunishmentRecordsTable, CreditRepairRequestsTable } from './repair.tables';

export type RecordRow = Selectable<CreditPunishmentRecordsTable>;
export type RequestRow = Selectable<CreditRepairRequestsTable>;

/** The records of the given enterprises (scope applied by the caller through the register). */
export function recordsOf(db: Kysely<Database>, enterpriseIds: readonly string[]): Promise<RecordRow[]> {
  if (!enterpriseIds.length) return Promise.resolve([]);
  return db
    .selectFrom('credit_punishment_records')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .orderBy('decision_date', 'desc')
    .orderBy('id')
    .execute();
}

/** Every record that was published at all (the portal filters by today's state). */
export const publishedRecords = (db: Kysely<Database>) =>
  db
    .selectFrom('credit_punishment_records')
    .selectAll()
    .where('published', '=', 1)
    .orderBy('decision_date', 'desc')
    .orderBy('id')
    .execute();

export const findRecord = (db: Kysely<Database>, id: string) =>
  db.selectFrom('credit_punishment_records').selectAll().where('id', '=', id).executeTakeFirst();

export const recordOfCase = (db: Kysely<Database>, caseId: string) =>
  db.selectFrom('credit_punishment_records').select('id').where('case_id', '=', caseId).executeTakeFirst();

export const insertRecord = (db: Kysely<Database>, row: Insertable<CreditPunishmentRecordsTable>) =>
  db.insertInto('credit_punishment_records').values(row).execute();

export const updateRecord = (db: Kysely<Database>, id: string, patch: Updateable<CreditPunishmentRecordsTable>) =>
  db.updateTable('credit_punishment_records').set(patch).where('id', '=', id).execute();

export function requestsOf(
  db: Kysely<Database>,
  f: { enterpriseIds?: readonly string[]; recordIds?: readonly string[] },
): Promise<RequestRow[]> {
  if (f.enterpriseIds?.length === 0 || f.recordIds?.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('credit_repair_requests').selectAll();
  if (f.enterpriseIds) q = q.where('enterprise_id', 'in', [...f.enterpriseIds]);
  if (f.recordIds) q = q.where('record_id', 'in', [...f.recordIds]);
  return q.orderBy('requested_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Approved repairs (the portal's repair decisions). */
export const approvedRequests = (db: Kysely<Database>) =>
  db
    .selectFrom('credit_repair_requests')
    .selectAll()
    .where('state', '=', 'approved')
    .orderBy('decided_on', 'desc')
    .orderBy('id')
    .execute();

export const insertRequest = (db: Kysely<Database>, row: Insertable<CreditRepairRequestsTable>) =>
  db.insertInto('credit_repair_requests').values(row).execute();

export const updateRequest = (db: Kysely<Database>, id: string, patch: Updateable<CreditRepairRequestsTable>) =>
  db.updateTable('credit_repair_requests').set(patch).where('id', '=', id).execute();

/** True when any record exists (the demo leaves such an install alone). */
export const anyRecord = async (db: Kysely<Database>) =>
  (await db.selectFrom('credit_punishment_records').select('id').limit(1).executeTakeFirst()) !== undefined;
