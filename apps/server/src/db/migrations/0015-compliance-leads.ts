import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// Online monitoring against the permit, second part (issue 16): received minutes, flow and emitted amounts
// per judged hour; the daily judgement (water outlets are judged on the daily mean); exceedance events on
// either basis; special periods in force (their limits apply); and the leads inbox (exceedances, signs of
// falsified data, missing data) with its triage. Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('compliance_hours').addColumn('received_minutes', 'integer').execute();
  await db.schema.alterTable('compliance_hours').addColumn('flow_mean', 'double precision').execute();
  await db.schema.alterTable('compliance_hours').addColumn('amount_kg', 'double precision').execute();
  await db.schema
    .alterTable('exceedance_events')
    .addColumn('basis', 'varchar(10)', (c) => c.notNull().defaultTo('hour'))
    .execute();

  await db.schema
    .createTable('compliance_days')
    .addColumn('outlet_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('pollutant', 'varchar(40)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('valid_hours', 'integer', (c) => c.notNull())
    .addColumn('valid', 'integer', (c) => c.notNull())
    .addColumn('mean', 'double precision')
    .addColumn('limit_value', 'double precision')
    .addColumn('exceeded', 'integer')
    .addColumn('multiple', 'double precision')
    .addColumn('amount_kg', 'double precision')
    .addColumn('note', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('judged_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('compliance_days_pk', ['outlet_id', 'pollutant', 'day'])
    .execute();
  await db.schema.createIndex('compliance_days_day_idx').on('compliance_days').column('day').execute();

  await db.schema
    .createTable('compliance_special_periods')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
    .addColumn('start', 'varchar(30)', (c) => c.notNull())
    .addColumn('end', 'varchar(30)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('compliance_leads')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('sign_kind', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('outlet_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('pollutant', 'varchar(40)', (c) => c.notNull().defaultTo(''))
    .addColumn('start', 'varchar(30)', (c) => c.notNull())
    .addColumn('end', 'varchar(30)', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('act', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('source_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(30)', (c) => c.notNull())
    .addColumn('reason', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('question', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('explanation', 'varchar(2000)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(64)')
    .execute();
  await db.schema
    .createIndex('compliance_leads_enterprise_idx')
    .on('compliance_leads')
    .columns(['enterprise_id', 'status'])
    .execute();
  await db.schema.createIndex('compliance_leads_start_idx').on('compliance_leads').column('start').execute();

  await grant(db, {
    admin: ['compliance:triage', 'compliance:settings'],
    division_officer: ['compliance:triage'],
    city_officer: ['compliance:triage'],
    inspector: ['compliance:triage'],
    enterprise_user: ['compliance:explain'],
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('compliance_leads').execute();
  await db.schema.dropTable('compliance_special_periods').execute();
  await db.schema.dropTable('compliance_days').execute();
  await db.schema.alterTable('exceedance_events').dropColumn('basis').execute();
  for (const c of ['amount_kg', 'flow_mean', 'received_minutes'])
    await db.schema.alterTable('compliance_hours').dropColumn(c).execute();
}
