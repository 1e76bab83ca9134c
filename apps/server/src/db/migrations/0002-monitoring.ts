import { sql, type Kysely } from 'kysely';

// Monitoring: stations, HJ 212 devices, observations (narrow: one value per station, parameter,
// period and period start), rollups, quarantine, the raw-packet archive and alerts.
// Instants are ISO-8601 UTC text as everywhere; values are double precision.
export async function up(db: Kysely<any>): Promise<void> {
  const isPg = await isPostgres(db);

  await db.schema
    .createTable('stations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('parameters', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .addColumn('attrs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('last_data_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stations_region_idx').on('stations').column('region_code').execute();
  await db.schema.createIndex('stations_org_idx').on('stations').column('org_id').execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('mn', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('password', 'varchar(64)', (c) => c.notNull())
    .addColumn('st', 'varchar(4)', (c) => c.notNull())
    .addColumn('station_id', 'varchar(64)', (c) => c.notNull().references('stations.id'))
    .addColumn('factor_map', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('crc_mode', 'varchar(20)', (c) => c.notNull().defaultTo('hj212'))
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_seen_at', 'varchar(30)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  // PostgreSQL: partitioned by month of period_start (partitions are created on demand by the
  // writer); SQLite has no partitioning, and the same primary key serves both.
  const obsColumns = sql`
    station_id varchar(64) not null,
    parameter varchar(40) not null,
    period varchar(4) not null,
    period_start varchar(30) not null,
    value double precision,
    value_text varchar(40),
    flag varchar(8),
    source varchar(10) not null,
    received_at varchar(30) not null,
    primary key (station_id, parameter, period, period_start)`;
  if (isPg) await sql`create table observations (${obsColumns}) partition by range (period_start)`.execute(db);
  else await sql`create table observations (${obsColumns})`.execute(db);

  await db.schema
    .createTable('observation_rollups')
    .addColumn('station_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('parameter', 'varchar(40)', (c) => c.notNull())
    .addColumn('period', 'varchar(4)', (c) => c.notNull())
    .addColumn('period_start', 'varchar(30)', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addColumn('mean', 'double precision')
    .addColumn('min', 'double precision')
    .addColumn('max', 'double precision')
    .addColumn('is_valid', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_rollups_pk', ['station_id', 'parameter', 'period', 'period_start'])
    .execute();
  await db.schema
    .createIndex('observation_rollups_period_idx')
    .on('observation_rollups')
    .columns(['period', 'period_start'])
    .execute();

  // Days whose rollups must be recomputed; written in the same transaction as the observations.
  await db.schema
    .createTable('rollup_dirty')
    .addColumn('station_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_dirty_pk', ['station_id', 'day'])
    .execute();

  await db.schema
    .createTable('quarantine')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('remote', 'varchar(100)')
    .addColumn('mn', 'varchar(64)')
    .addColumn('reason_code', 'varchar(40)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('raw_base64', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quarantine_received_idx').on('quarantine').column('received_at').execute();

  await db.schema
    .createTable('packet_archive')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('mn', 'varchar(64)', (c) => c.notNull())
    .addColumn('qn', 'varchar(40)')
    .addColumn('cn', 'varchar(8)')
    .addColumn('raw', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('packet_archive_mn_idx').on('packet_archive').columns(['mn', 'received_at']).execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('station_id', 'varchar(64)', (c) => c.notNull().references('stations.id'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('parameter', 'varchar(40)')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('threshold', 'double precision')
    .addColumn('first_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('acknowledged_by', 'varchar(64)')
    .addColumn('acknowledged_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('alerts_station_idx').on('alerts').columns(['station_id', 'kind', 'status']).execute();

  await db.schema
    .createTable('parameter_limits')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('station_kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('parameter', 'varchar(40)', (c) => c.notNull())
    .addColumn('period', 'varchar(4)', (c) => c.notNull())
    .addColumn('max_value', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('parameter_limits_uq', ['station_kind', 'parameter', 'period'])
    .execute();

  // Installation-wide settings, e.g. the province base map an admin uploaded.
  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await grant(db, {
    admin: [
      'settings:write',
      'stations:read',
      'stations:write',
      'devices:read',
      'devices:write',
      'observations:read',
      'observations:write',
      'alerts:read',
      'alerts:ack',
      'quarantine:read',
    ],
    leader: ['stations:read', 'observations:read', 'alerts:read'],
    division_officer: ['stations:read', 'observations:read', 'alerts:read', 'alerts:ack'],
    city_officer: ['stations:read', 'observations:read', 'alerts:read', 'alerts:ack'],
    analyst: [
      'stations:read',
      'stations:write',
      'devices:read',
      'devices:write',
      'observations:read',
      'observations:write',
      'alerts:read',
      'alerts:ack',
      'quarantine:read',
    ],
    inspector: ['stations:read', 'observations:read', 'alerts:read'],
    enterprise_user: ['stations:read', 'observations:read', 'observations:write'],
  });
}

async function isPostgres(db: Kysely<any>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false; // SQLite has no version() function
  }
}

/** Adds permissions to the seeded roles (JSON arrays), keeping what they had. */
export async function grant(db: Kysely<any>, byRole: Record<string, string[]>): Promise<void> {
  for (const [code, perms] of Object.entries(byRole)) {
    const row = await db.selectFrom('roles').select('permissions').where('code', '=', code).executeTakeFirst();
    if (!row) continue;
    const merged = [...new Set([...(JSON.parse(row.permissions) as string[]), ...perms])];
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(merged) })
      .where('code', '=', code)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'app_settings',
    'parameter_limits',
    'alerts',
    'packet_archive',
    'quarantine',
    'rollup_dirty',
    'observation_rollups',
    'observations',
    'devices',
    'stations',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
