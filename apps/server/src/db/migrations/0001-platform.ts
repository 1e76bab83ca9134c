import type { Kysely } from 'kysely';

// Frozen in time: never import application code here. Timestamps are ISO-8601 UTC text
// (same ordering and meaning on both dialects); booleans are 0/1 integers.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orgs')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('parent_id', 'varchar(64)', (c) => c.references('orgs.id'))
    .addColumn('path', 'varchar(1024)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(200)')
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('orgs_path_idx').on('orgs').column('path').execute();
  await db.schema.createIndex('orgs_region_idx').on('orgs').column('region_code').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(30)')
    .addColumn('password_changed_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_org_idx').on('users').column('org_id').execute();

  await db.schema
    .createTable('roles')
    .addColumn('code', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
    .addColumn('scope', 'varchar(20)', (c) => c.notNull())
    .addColumn('permissions', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role_code', 'varchar(40)', (c) => c.notNull().references('roles.code'))
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role_code'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(64)')
    .addColumn('actor_name', 'varchar(100)')
    .addColumn('actor_org_id', 'varchar(64)')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(64)')
    .addColumn('entity_id', 'varchar(64)')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('request_id', 'varchar(64)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('prev_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').column('action').execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .execute();
  await db
    .insertInto('audit_head')
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
    .execute();

  await db.schema
    .createTable('dictionaries')
    .addColumn('code', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(100)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dictionary_entries')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('dict_code', 'varchar(40)', (c) => c.notNull().references('dictionaries.code'))
    .addColumn('code', 'varchar(64)', (c) => c.notNull())
    .addColumn('label', 'varchar(200)', (c) => c.notNull())
    .addColumn('label_en', 'varchar(200)')
    .addColumn('extra_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('dictionary_entries_code_uq', ['dict_code', 'code'])
    .execute();

  await seedRoles(db);
}

// Roles are part of the schema's meaning (the authorisation matrix tests them), so the
// migration writes them; permissions are stored as JSON arrays.
async function seedRoles(db: Kysely<any>): Promise<void> {
  const all = [
    'orgs:read',
    'orgs:write',
    'users:read',
    'users:write',
    'roles:read',
    'audit:read',
    'dictionaries:read',
    'dictionaries:write',
    'stats:read',
  ];
  const roles = [
    ['admin', '系统管理员', 'Administrator', 'all', all],
    [
      'leader',
      '厅领导',
      'Department leader',
      'all',
      ['orgs:read', 'users:read', 'roles:read', 'audit:read', 'dictionaries:read', 'stats:read'],
    ],
    ['division_officer', '处室干部', 'Division officer', 'all', ['orgs:read', 'dictionaries:read', 'stats:read']],
    [
      'city_officer',
      '市局干部',
      'City bureau officer',
      'subtree',
      ['orgs:read', 'users:read', 'dictionaries:read', 'stats:read'],
    ],
    [
      'analyst',
      '监测分析员',
      'Monitoring analyst',
      'all',
      ['orgs:read', 'dictionaries:read', 'dictionaries:write', 'stats:read'],
    ],
    ['inspector', '执法人员', 'Inspector', 'subtree', ['orgs:read', 'dictionaries:read', 'stats:read']],
    ['enterprise_user', '企业用户', 'Enterprise user', 'own', ['dictionaries:read']],
  ] as const;
  for (const [code, name, nameEn, scope, perms] of roles) {
    await db
      .insertInto('roles')
      .values({ code, name, name_en: nameEn, scope, permissions: JSON.stringify(perms) })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'dictionary_entries',
    'dictionaries',
    'audit_head',
    'audit_log',
    'sessions',
    'user_roles',
    'roles',
    'users',
    'orgs',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
