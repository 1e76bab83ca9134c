import { sql, type Kysely } from 'kysely';

// Inspection records (issue 17): the phone's own id of a draft (a resent draft is the same record), the
// reason for visiting a positive-list unit, the checklist's industry; photos and signature images as bytes
// (bytea on PostgreSQL, blob on SQLite), ≤ 2 MB each, PNG/JPEG/WebP only (checked by the service).
export async function up(db: Kysely<any>): Promise<void> {
  const isPg = await isPostgres(db);
  await db.schema.alterTable('inspection_records').addColumn('client_id', 'varchar(64)').execute();
  await db.schema
    .alterTable('inspection_records')
    .addColumn('site_reason', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('inspection_records')
    .addColumn('checklist_industry', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .execute();
  // NULLs never collide, so rows written before this migration (none in practice) stay valid.
  await db.schema
    .createIndex('inspection_records_client_idx')
    .on('inspection_records')
    .column('client_id')
    .unique()
    .execute();
  await db.schema.createIndex('inspection_records_plan_idx').on('inspection_records').column('plan_id').execute();

  await db.schema
    .createTable('inspection_attachments')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('record_id', 'varchar(64)', (c) => c.notNull().references('inspection_records.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('data', isPg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_attachments_record_idx')
    .on('inspection_attachments')
    .column('record_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inspection_attachments').execute();
  await db.schema.dropIndex('inspection_records_plan_idx').execute();
  await db.schema.dropIndex('inspection_records_client_idx').execute();
  for (const c of ['checklist_industry', 'site_reason', 'client_id'])
    await db.schema.alterTable('inspection_records').dropColumn(c).execute();
}

async function isPostgres(db: Kysely<any>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false; // SQLite has no version() function
  }
}
