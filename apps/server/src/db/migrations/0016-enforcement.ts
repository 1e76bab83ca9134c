import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// Enforcement (module `enforcement`, issue 17): cases with their dated events (the clocks are computed
// from them), the penalty as assessed, the random-inspection libraries and draw plans, and inspection
// records. Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enforcement_cases')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_no', 'varchar(60)', (c) => c.notNull().unique())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('outlet_id', 'varchar(64)')
    .addColumn('lead_id', 'varchar(64)')
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('violation', 'varchar(40)', (c) => c.notNull())
    .addColumn('act_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('act_end_date', 'varchar(10)')
    .addColumn('caused_harm', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'varchar(30)', (c) => c.notNull())
    .addColumn('jurisdiction', 'varchar(6)', (c) => c.notNull())
    .addColumn('discretion_table', 'varchar(20)', (c) => c.notNull().defaultTo(''))
    .addColumn('discretion_inputs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('penalty', 'text')
    .addColumn('fine_yuan', 'bigint')
    .addColumn('handling_org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_cases_enterprise_idx')
    .on('enforcement_cases')
    .column('enterprise_id')
    .execute();
  await db.schema.createIndex('enforcement_cases_state_idx').on('enforcement_cases').column('state').execute();

  await db.schema
    .createTable('enforcement_case_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(64)', (c) => c.notNull().references('enforcement_cases.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)')
    .addColumn('note', 'varchar(2000)', (c) => c.notNull().defaultTo(''))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enforcement_case_events_case_idx')
    .on('enforcement_case_events')
    .columns(['case_id', 'date'])
    .execute();

  await db.schema
    .createTable('inspection_objects')
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('library', 'varchar(10)', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('positive_list', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inspectors')
    .addColumn('user_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('recusals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inspection_plans')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('rates', 'text', (c) => c.notNull())
    .addColumn('seed', 'varchar(100)', (c) => c.notNull())
    .addColumn('algorithm', 'varchar(60)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('inspection_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inspection_records')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('plan_id', 'varchar(64)')
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('inspectors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('method', 'varchar(20)', (c) => c.notNull().defaultTo('site'))
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('checklist', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('findings', 'varchar(4000)', (c) => c.notNull().defaultTo(''))
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outcome', 'varchar(20)', (c) => c.notNull().defaultTo('compliant'))
    .addColumn('case_id', 'varchar(64)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_records_enterprise_idx')
    .on('inspection_records')
    .columns(['enterprise_id', 'date'])
    .execute();

  const officer = ['enforcement:read', 'enforcement:write', 'enforcement:inspect'];
  await grant(db, {
    admin: [...officer, 'enforcement:decide', 'enforcement:plan'],
    leader: ['enforcement:read', 'enforcement:decide'],
    division_officer: [...officer, 'enforcement:decide', 'enforcement:plan'],
    city_officer: [...officer, 'enforcement:plan'],
    inspector: officer,
    analyst: ['enforcement:read'],
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'inspection_records',
    'inspection_plans',
    'inspectors',
    'inspection_objects',
    'enforcement_case_events',
    'enforcement_cases',
  ])
    await db.schema.dropTable(t).execute();
}
