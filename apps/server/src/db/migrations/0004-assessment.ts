import type { Kysely } from 'kysely';

// Assessment: national assessment targets, open-data API keys, report jobs (bulletins) and radiation
// findings. Frozen in time: never import application code here. Instants are ISO-8601 UTC text;
// booleans 0/1; generated files are stored base64 in text so both dialects hold them the same way.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_targets')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('indicator', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('unit', 'varchar(20)', (c) => c.notNull())
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('assessment_targets_uq', ['year', 'region_code', 'indicator'])
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('key_prefix', 'varchar(16)', (c) => c.notNull())
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('rate_limit', 'integer', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_used_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_jobs')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('params_json', 'text', (c) => c.notNull())
    // Scheduled runs carry a key (kind|month|region) so several processes never generate one twice.
    .addColumn('dedupe_key', 'varchar(120)', (c) => c.unique())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('file_name', 'varchar(200)')
    .addColumn('content_type', 'varchar(100)')
    .addColumn('file_base64', 'text')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('assessment_jobs_status_idx')
    .on('assessment_jobs')
    .columns(['status', 'created_at'])
    .execute();

  await db.schema
    .createTable('radiation_findings')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('station_id', 'varchar(64)', (c) => c.notNull().references('stations.id'))
    .addColumn('period_start', 'varchar(30)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('background_min', 'double precision')
    .addColumn('background_max', 'double precision')
    .addColumn('investigation_level', 'double precision', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('radiation_findings_uq', ['station_id', 'period_start', 'kind'])
    .execute();

  // City daily sums (milli-units) of the evaluation stations, maintained from the daily rollups by
  // their update time: a year's ranking then reads a few thousand rows instead of every station-day.
  await db.schema
    .createTable('assessment_city_days')
    .addColumn('city_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('day_start', 'varchar(30)', (c) => c.notNull())
    .addColumn('parameter', 'varchar(40)', (c) => c.notNull())
    .addColumn('milli_sum', 'double precision', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_city_days_pk', ['city_code', 'day_start', 'parameter'])
    .execute();
  await db.schema
    .createIndex('assessment_city_days_day_idx')
    .on('assessment_city_days')
    .columns(['day_start'])
    .execute();
  await db.schema
    .createTable('assessment_state')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  // Finding the daily rollups changed since the last refresh (monitoring's table, read-only here).
  await db.schema
    .createIndex('observation_rollups_updated_idx')
    .on('observation_rollups')
    .columns(['period', 'updated_at'])
    .execute();

  await grant(db, {
    admin: ['assessment:read', 'assessment:write', 'apikeys:admin'],
    leader: ['assessment:read'],
    division_officer: ['assessment:read'],
    city_officer: ['assessment:read'],
    analyst: ['assessment:read', 'assessment:write'],
    inspector: ['assessment:read'],
  });
}

/** Adds permissions to the seeded roles (JSON arrays), keeping what they had (same idea as 0002, not imported). */
async function grant(db: Kysely<any>, byRole: Record<string, string[]>): Promise<void> {
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
  await db.schema.dropIndex('observation_rollups_updated_idx').ifExists().execute();
  for (const t of [
    'assessment_state',
    'assessment_city_days',
    'radiation_findings',
    'assessment_jobs',
    'api_keys',
    'assessment_targets',
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
