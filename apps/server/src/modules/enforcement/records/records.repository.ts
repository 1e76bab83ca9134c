import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { EnforcementTables } from '../enforcement.tables';

export type RecordRow = Selectable<EnforcementTables['inspection_records']>;
type AttachmentRow = Selectable<EnforcementTables['inspection_attachments']>;
export type AttachmentMeta = Omit<AttachmentRow, 'data'>;

const META = ['id', 'record_id', 'kind', 'file_name', 'content_type', 'size', 'sha256', 'created_at'] as const;

export const findRecord = (db: Kysely<Database>, id: string) =>
  db.selectFrom('inspection_records').selectAll().where('id', '=', id).executeTakeFirst();

export const recordOfClient = (db: Kysely<Database>, clientId: string) =>
  db.selectFrom('inspection_records').selectAll().where('client_id', '=', clientId).executeTakeFirst();

export async function insertRecord(
  db: Kysely<Database>,
  row: Insertable<EnforcementTables['inspection_records']>,
  attachments: readonly Insertable<EnforcementTables['inspection_attachments']>[],
) {
  await db.insertInto('inspection_records').values(row).execute();
  for (const a of attachments) await db.insertInto('inspection_attachments').values(a).execute();
}

export type RecordFilter = {
  enterpriseIds: readonly string[];
  planId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  outcome?: string | undefined;
};

function filtered(db: Kysely<Database>, f: RecordFilter) {
  let q = db.selectFrom('inspection_records').where('enterprise_id', 'in', [...f.enterpriseIds]);
  if (f.planId) q = q.where('plan_id', '=', f.planId);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  return q;
}

/** A page of the records of these enterprises, by a whitelisted column, newest first unless asked. */
export async function recordsOf(
  db: Kysely<Database>,
  f: RecordFilter,
  page: { sort: 'date' | 'created_at'; desc: boolean; offset: number; limit: number },
): Promise<{ rows: RecordRow[]; total: number }> {
  if (!f.enterpriseIds.length) return { rows: [], total: 0 };
  const dir = page.desc ? 'desc' : 'asc';
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy(page.sort, dir)
      .orderBy('created_at', dir)
      .orderBy('id')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

export async function attachmentsOf(db: Kysely<Database>, recordIds: readonly string[]): Promise<AttachmentMeta[]> {
  if (!recordIds.length) return [];
  return db
    .selectFrom('inspection_attachments')
    .select(META)
    .where('record_id', 'in', [...recordIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export const attachmentBytes = (db: Kysely<Database>, recordId: string, id: string) =>
  db
    .selectFrom('inspection_attachments')
    .selectAll()
    .where('record_id', '=', recordId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Links the case once: false when another request linked one first. */
export async function setCase(db: Kysely<Database>, id: string, caseId: string): Promise<boolean> {
  const r = await db
    .updateTable('inspection_records')
    .set({ case_id: caseId })
    .where('id', '=', id)
    .where('case_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export const anyRecord = (db: Kysely<Database>) =>
  db.selectFrom('inspection_records').select('id').limit(1).executeTakeFirst();
