import type { Kysely } from 'kysely';

// Complaints and petitions (module `complaints`, issue 19): the reports with their days (the clocks are computed
// from them), the reporter's identity in a table of its own, the dated events (transfers, merges, answers) and
// the photos. The permissions were granted by 0017. Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaints')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('tracking_code', 'varchar(20)', (c) => c.notNull().unique())
    .addColumn('channel', 'varchar(20)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('description', 'varchar(2000)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('address', 'varchar(300)', (c) => c.notNull())
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('occurred_on', 'varchar(10)')
    .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('accepted_on', 'varchar(10)')
    .addColumn('state', 'varchar(30)', (c) => c.notNull())
    .addColumn('classification', 'varchar(20)')
    .addColumn('referral', 'varchar(500)')
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('handling_org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(64)')
    .addColumn('enforcement_case_id', 'varchar(64)')
    .addColumn('merged_into_id', 'varchar(64)')
    .addColumn('handover_batch', 'varchar(60)')
    .addColumn('extended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('extension_reason', 'varchar(500)')
    .addColumn('draft_answer', 'text')
    .addColumn('substantiated', 'integer')
    .addColumn('published_answer', 'text')
    .addColumn('replied_on', 'varchar(10)')
    .addColumn('satisfaction', 'varchar(20)')
    .addColumn('rated_on', 'varchar(10)')
    .addColumn('review_reason', 'varchar(2000)')
    .addColumn('review_requested_on', 'varchar(10)')
    .addColumn('review_answer', 'text')
    .addColumn('review_answered_on', 'varchar(10)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaints_org_idx').on('complaints').column('handling_org_id').execute();
  await db.schema.createIndex('complaints_received_idx').on('complaints').column('received_on').execute();
  await db.schema.createIndex('complaints_enterprise_idx').on('complaints').column('enterprise_id').execute();

  await db.schema
    .createTable('complaint_reporters')
    .addColumn('complaint_id', 'varchar(64)', (c) => c.primaryKey().references('complaints.id').onDelete('cascade'))
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('phone', 'varchar(20)')
    .addColumn('email', 'varchar(120)')
    .execute();

  await db.schema
    .createTable('complaint_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('complaint_id', 'varchar(64)', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(2000)', (c) => c.notNull().defaultTo(''))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_events_complaint_idx').on('complaint_events').column('complaint_id').execute();

  await db.schema
    .createTable('complaint_photos')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('complaint_id', 'varchar(64)', (c) => c.notNull().references('complaints.id').onDelete('cascade'))
    .addColumn('content_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaint_photos_complaint_idx').on('complaint_photos').column('complaint_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['complaint_photos', 'complaint_events', 'complaint_reporters', 'complaints'])
    await db.schema.dropTable(t).ifExists().execute();
}
