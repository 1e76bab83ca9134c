import type { Kysely } from 'kysely';

// Credit repair (module `credit`, issue 18): punishment records published on the credit portal with their
// periods as computed on creation (the regime on the decision day), and repair requests with their
// decision. Whether a record is public today is computed on read. Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credit_punishment_records')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('case_id', 'varchar(64)', (c) => c.unique())
    .addColumn('decision_no', 'varchar(60)', (c) => c.notNull())
    .addColumn('violation_text', 'varchar(300)', (c) => c.notNull())
    .addColumn('fine_yuan', 'bigint')
    .addColumn('authority', 'varchar(100)', (c) => c.notNull())
    .addColumn('punishment_class', 'varchar(10)', (c) => c.notNull())
    .addColumn('class_source', 'varchar(10)', (c) => c.notNull())
    .addColumn('decision_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('regime_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('periods', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull())
    .addColumn('earliest_repair_date', 'varchar(10)')
    .addColumn('removal_date', 'varchar(10)')
    .addColumn('repaired_on', 'varchar(10)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_punishment_records_enterprise_idx')
    .on('credit_punishment_records')
    .column('enterprise_id')
    .execute();

  await db.schema
    .createTable('credit_repair_requests')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('record_id', 'varchar(64)', (c) =>
      c.notNull().references('credit_punishment_records.id').onDelete('cascade'),
    )
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('state', 'varchar(10)', (c) => c.notNull())
    .addColumn('requested_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('filed_by', 'varchar(10)', (c) => c.notNull())
    .addColumn('statement', 'varchar(2000)', (c) => c.notNull())
    .addColumn('duties', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('reason', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('credit_repair_requests_record_idx')
    .on('credit_repair_requests')
    .column('record_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credit_repair_requests').execute();
  await db.schema.dropTable('credit_punishment_records').execute();
}
