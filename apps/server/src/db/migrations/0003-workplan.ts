import type { Kysely } from 'kysely';

// Work plan tables and the shared working-day calendar. Frozen in time: never import application
// code here. Dates are `YYYY-MM-DD` Shanghai dates, instants ISO-8601 UTC text, lists JSON text.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workplan_plans')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('weights_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('workplan_plans_year_org_uq', ['year', 'org_id'])
    .execute();

  await db.schema
    .createTable('workplan_items')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('plan_id', 'varchar(64)', (c) => c.notNull().references('workplan_plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'varchar(64)', (c) => c.references('workplan_items.id').onDelete('cascade'))
    .addColumn('root_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('number', 'varchar(20)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('tags_json', 'text', (c) => c.notNull())
    .addColumn('start_date', 'varchar(10)')
    .addColumn('deadline', 'varchar(10)')
    .addColumn('milestones_json', 'text', (c) => c.notNull())
    .addColumn('done_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_items_plan_idx')
    .on('workplan_items')
    .columns(['plan_id', 'parent_id', 'position'])
    .execute();

  await db.schema
    .createTable('workplan_item_units')
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('workplan_items.id').onDelete('cascade'))
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('role', 'varchar(10)', (c) => c.notNull())
    .addPrimaryKeyConstraint('workplan_item_units_pk', ['item_id', 'org_id'])
    .execute();
  await db.schema.createIndex('workplan_item_units_org_idx').on('workplan_item_units').column('org_id').execute();

  await db.schema
    .createTable('workplan_item_regions')
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('workplan_items.id').onDelete('cascade'))
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addPrimaryKeyConstraint('workplan_item_regions_pk', ['item_id', 'region_code'])
    .execute();

  await db.schema
    .createTable('workplan_indicators')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('workplan_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('unit', 'varchar(40)', (c) => c.notNull())
    .addColumn('direction', 'varchar(10)', (c) => c.notNull())
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)')
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('metric_key', 'varchar(100)')
    .addColumn('metric_params_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workplan_rounds')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('plan_id', 'varchar(64)', (c) => c.notNull().references('workplan_plans.id').onDelete('cascade'))
    .addColumn('label', 'varchar(40)', (c) => c.notNull())
    .addColumn('period_start', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_end', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addUniqueConstraint('workplan_rounds_label_uq', ['plan_id', 'label'])
    .execute();

  await db.schema
    .createTable('workplan_reports')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('round_id', 'varchar(64)', (c) => c.notNull().references('workplan_rounds.id').onDelete('cascade'))
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('workplan_items.id').onDelete('cascade'))
    .addColumn('unit_org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('values_json', 'text', (c) => c.notNull())
    .addColumn('is_late', 'integer', (c) => c.notNull())
    .addColumn('review_state', 'varchar(10)', (c) => c.notNull())
    .addColumn('review_comment', 'text')
    .addColumn('submitted_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('workplan_reports_uq', ['round_id', 'item_id', 'unit_org_id'])
    .execute();
  await db.schema
    .createIndex('workplan_reports_item_idx')
    .on('workplan_reports')
    .columns(['item_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('workplan_report_comments')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('report_id', 'varchar(64)', (c) => c.notNull().references('workplan_reports.id').onDelete('cascade'))
    .addColumn('author', 'varchar(100)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  // Attachments live in the database (base64 text works the same on both dialects); ≤ 5 MB each.
  await db.schema
    .createTable('workplan_attachments')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('report_id', 'varchar(64)', (c) => c.notNull().references('workplan_reports.id').onDelete('cascade'))
    .addColumn('filename', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workplan_notices')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull().references('workplan_items.id').onDelete('cascade'))
    .addColumn('unit_org_id', 'varchar(64)', (c) => c.notNull().references('orgs.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('reply_due', 'varchar(10)', (c) => c.notNull())
    .addColumn('state', 'varchar(10)', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_at', 'varchar(30)')
    .addColumn('replied_by', 'varchar(64)')
    .addColumn('history_json', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await grantPermissions(db);
}

const GRANTS: Record<string, string[]> = {
  admin: [
    'workplan:read',
    'workplan:write',
    'workplan:report',
    'workplan:supervise',
    'workplan:approve',
    'workplan:admin',
    'calendar:write',
  ],
  leader: ['workplan:read', 'workplan:supervise', 'workplan:approve'],
  division_officer: ['workplan:read', 'workplan:report'],
  city_officer: ['workplan:read', 'workplan:report'],
  analyst: ['workplan:read'],
  inspector: ['workplan:read'],
};

// Appends to the roles seeded by 0001, keeping what is there (an operator may have added more).
async function grantPermissions(db: Kysely<any>): Promise<void> {
  for (const [code, extra] of Object.entries(GRANTS)) {
    const row = await db.selectFrom('roles').select('permissions').where('code', '=', code).executeTakeFirst();
    if (!row) continue;
    const current = JSON.parse(row.permissions as string) as string[];
    const merged = [...current, ...extra.filter((p) => !current.includes(p))];
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(merged) })
      .where('code', '=', code)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'workplan_notices',
    'workplan_attachments',
    'workplan_report_comments',
    'workplan_reports',
    'workplan_rounds',
    'workplan_indicators',
    'workplan_item_regions',
    'workplan_item_units',
    'workplan_items',
    'workplan_plans',
    'calendar_days',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
  const all = Object.values(GRANTS).flat();
  const rows = await db.selectFrom('roles').select(['code', 'permissions']).execute();
  for (const r of rows) {
    const kept = (JSON.parse(r.permissions as string) as string[]).filter((p) => !all.includes(p));
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(kept) })
      .where('code', '=', r.code)
      .execute();
  }
}
