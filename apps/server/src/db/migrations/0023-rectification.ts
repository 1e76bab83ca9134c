import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// The inspection-rectification ledger (module `rectification`, issue 20): batches of inspection feedback,
// their problems with the plan Code art. 29 requires, the dated steps (progress, acceptance, notice,
// close-out, rebound, accountability) and the evidence files. Frozen in time: never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rectification_batches')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('round', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('feedback_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complaint_batch_ref', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rectification_problems')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('batch_id', 'varchar(64)', (c) => c.notNull().references('rectification_batches.id'))
    .addColumn('item_no', 'varchar(40)', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('category', 'varchar(60)', (c) => c.notNull().defaultTo(''))
    .addColumn('region_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('lead_org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('co_units', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('acceptance_unit', 'varchar(200)', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('horizon', 'varchar(10)', (c) => c.notNull())
    .addColumn('state', 'varchar(30)', (c) => c.notNull())
    .addColumn('monitoring', 'text')
    .addColumn('notice_from', 'varchar(10)')
    .addColumn('notice_to', 'varchar(10)')
    .addColumn('notice_days', 'integer')
    .addColumn('notice_url', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('rebound_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('complaint_batch_ref', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectification_problems_batch_item_idx')
    .on('rectification_problems')
    .columns(['batch_id', 'item_no'])
    .unique()
    .execute();
  await db.schema
    .createIndex('rectification_problems_region_idx')
    .on('rectification_problems')
    .column('region_code')
    .execute();

  await db.schema
    .createTable('rectification_events')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('problem_id', 'varchar(64)', (c) =>
      c.notNull().references('rectification_problems.id').onDelete('cascade'),
    )
    .addColumn('step', 'varchar(30)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_by_name', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectification_events_problem_idx')
    .on('rectification_events')
    .column('problem_id')
    .execute();

  // Evidence lives in the database like the work plan's attachments (base64 text works the same on both dialects).
  await db.schema
    .createTable('rectification_evidence')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('problem_id', 'varchar(64)', (c) =>
      c.notNull().references('rectification_problems.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('filename', 'varchar(200)', (c) => c.notNull())
    .addColumn('content_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('content_base64', 'text', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectification_evidence_problem_idx')
    .on('rectification_evidence')
    .column('problem_id')
    .execute();

  // The department's inspection office accepts and closes; cities run their own problems and report progress.
  await grant(db, {
    admin: ['rectification:read', 'rectification:write', 'rectification:accept'],
    leader: ['rectification:read', 'rectification:accept'],
    division_officer: ['rectification:read', 'rectification:write', 'rectification:accept'],
    city_officer: ['rectification:read', 'rectification:write'],
    inspector: ['rectification:read'],
    analyst: ['rectification:read'],
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['rectification_evidence', 'rectification_events', 'rectification_problems', 'rectification_batches'])
    await db.schema.dropTable(t).ifExists().execute();
  const rows = await db.selectFrom('roles').select(['code', 'permissions']).execute();
  for (const row of rows as { code: string; permissions: string }[]) {
    const kept = (JSON.parse(row.permissions) as string[]).filter((p) => !p.startsWith('rectification:'));
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(kept) })
      .where('code', '=', row.code)
      .execute();
  }
}
