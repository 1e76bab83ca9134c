import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// Online monitoring against the permit (module `compliance`, issue 16): each outlet × pollutant clock hour
// as judged, and the runs of exceeding hours as events. Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('compliance_hours')
    .addColumn('outlet_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('pollutant', 'varchar(40)', (c) => c.notNull())
    .addColumn('hour_start', 'varchar(30)', (c) => c.notNull())
    .addColumn('valid_minutes', 'integer', (c) => c.notNull())
    .addColumn('valid', 'integer', (c) => c.notNull())
    .addColumn('mean', 'double precision')
    .addColumn('o2_mean', 'double precision')
    .addColumn('converted', 'double precision')
    .addColumn('limit_value', 'double precision')
    .addColumn('exceeded', 'integer')
    .addColumn('multiple', 'double precision')
    .addColumn('note', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('judged_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('compliance_hours_pk', ['outlet_id', 'pollutant', 'hour_start'])
    .execute();
  await db.schema.createIndex('compliance_hours_hour_idx').on('compliance_hours').column('hour_start').execute();

  await db.schema
    .createTable('exceedance_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('outlet_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('pollutant', 'varchar(40)', (c) => c.notNull())
    .addColumn('start', 'varchar(30)', (c) => c.notNull())
    .addColumn('end', 'varchar(30)', (c) => c.notNull())
    .addColumn('hours', 'integer', (c) => c.notNull())
    .addColumn('peak_converted', 'double precision', (c) => c.notNull())
    .addColumn('peak_multiple', 'double precision')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exceedance_events_outlet_idx')
    .on('exceedance_events')
    .columns(['outlet_id', 'pollutant', 'end'])
    .execute();

  const read = ['compliance:read'];
  await grant(db, {
    admin: read,
    leader: read,
    division_officer: read,
    city_officer: read,
    analyst: read,
    inspector: read,
    enterprise_user: read,
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('exceedance_events').execute();
  await db.schema.dropTable('compliance_hours').execute();
}
