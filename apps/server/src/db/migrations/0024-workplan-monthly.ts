import type { Kysely } from 'kysely';

// The monthly progress report (issue 20): one per plan and month, its compiled content stored as JSON so
// that an approved report is frozen. Approval uses workplan:approve (leader, admin) and compiling
// workplan:write (the plan's owners), both granted by 0003, so no new permission. Frozen in time.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workplan_monthly_reports')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('plan_id', 'varchar(64)', (c) => c.notNull().references('workplan_plans.id').onDelete('cascade'))
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('state', 'varchar(12)', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('frozen_sha256', 'varchar(64)')
    .addColumn('compiled_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('compiled_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_by', 'varchar(64)')
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_at', 'varchar(30)')
    .addColumn('return_reason', 'text')
    .addColumn('released_by', 'varchar(64)')
    .addColumn('released_at', 'varchar(30)')
    .addUniqueConstraint('workplan_monthly_reports_plan_month', ['plan_id', 'month'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_monthly_reports').ifExists().execute();
}
