import type { Kysely } from 'kysely';

// Credit (module `credit`, issue 18): the rating (versioned schemes, annual runs, ratings, objections) and legal
// disclosure (yearly lists, marks EcoCloud cannot derive, filed reports). Permissions came with 0017.
// Frozen in time: never import application code here.
const created = (t: any) =>
  t.addColumn('created_by', 'varchar(64)').addColumn('created_at', 'varchar(30)', (c: any) => c.notNull());

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credit_rating_schemes')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('unverified', 'integer', (c) => c.notNull().defaultTo(1))
    .$call(created)
    .execute();
  await db.schema
    .createTable('credit_rating_runs')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('scheme_version', 'integer', (c) => c.notNull())
    .addColumn('objection_days', 'integer', (c) => c.notNull())
    .addColumn('objections_from', 'varchar(10)')
    .addColumn('objections_until', 'varchar(10)')
    .addColumn('published_on', 'varchar(10)')
    .$call(created)
    .addColumn('updated_at', 'varchar(30)', (c: any) => c.notNull())
    .addUniqueConstraint('credit_rating_runs_year_region_uq', ['year', 'region_code'])
    .execute();
  await db.schema
    .createTable('credit_ratings')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('run_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('manual', 'text', (c) => c.notNull())
    .addColumn('vetoes', 'text', (c) => c.notNull())
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('scored_level', 'varchar(10)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('joint_punishment', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'varchar(30)', (c: any) => c.notNull())
    .addUniqueConstraint('credit_ratings_run_enterprise_uq', ['run_id', 'enterprise_id'])
    .execute();
  await db.schema.createIndex('credit_ratings_enterprise_idx').on('credit_ratings').column('enterprise_id').execute();
  await db.schema
    .createTable('credit_objections')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('rating_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'varchar(64)')
    .addColumn('filed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('level_before', 'varchar(10)', (c) => c.notNull())
    .addColumn('level_after', 'varchar(10)')
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_on', 'varchar(10)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('credit_objections_rating_idx').on('credit_objections').column('rating_id').execute();

  await db.schema
    .createTable('credit_disclosure_lists')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('notice_from', 'varchar(10)')
    .addColumn('notice_until', 'varchar(10)')
    .addColumn('fixed_on', 'varchar(10)')
    .$call(created)
    .addColumn('updated_at', 'varchar(30)', (c: any) => c.notNull())
    .addUniqueConstraint('credit_disclosure_lists_year_region_uq', ['year', 'region_code'])
    .execute();
  await db.schema
    .createTable('credit_disclosure_units')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('listed_until', 'integer')
    .addColumn('source', 'varchar(20)', (c) => c.notNull())
    .$call(created)
    .addUniqueConstraint('credit_disclosure_units_year_enterprise_uq', ['year', 'enterprise_id'])
    .execute();
  await db.schema
    .createTable('credit_enterprise_marks')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('mark', 'varchar(20)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('detail', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .$call(created)
    .execute();
  await db.schema
    .createIndex('credit_enterprise_marks_enterprise_idx')
    .on('credit_enterprise_marks')
    .column('enterprise_id')
    .execute();
  await db.schema
    .createTable('credit_disclosure_reports')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('event_ref', 'varchar(200)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('filed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('credit_disclosure_reports_uq', ['enterprise_id', 'kind', 'year', 'event_ref'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'credit_disclosure_reports',
    'credit_enterprise_marks',
    'credit_disclosure_units',
    'credit_disclosure_lists',
    'credit_objections',
    'credit_ratings',
    'credit_rating_runs',
    'credit_rating_schemes',
  ])
    await db.schema.dropTable(t).execute();
}
