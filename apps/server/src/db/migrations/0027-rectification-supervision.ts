import { sql, type Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// Supervision of the rectification ledger's problems (督办, issue 20): a notice to the rectifying unit with a
// reason and a reply day in working days, escalated a level when the reply is late, and the unit's reply. A new
// permission to issue and escalate, the department's (the cities reply with rectification:write). Frozen in time.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rectification_supervision_notices')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('problem_id', 'varchar(64)', (c) =>
      c.notNull().references('rectification_problems.id').onDelete('cascade'),
    )
    .addColumn('org_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('reply_due', 'varchar(10)', (c) => c.notNull())
    .addColumn('state', 'varchar(20)', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_at', 'varchar(30)')
    .addColumn('replied_by', 'varchar(64)')
    .addColumn('replied_by_name', 'varchar(100)')
    .addColumn('history', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'varchar(64)')
    .addColumn('issued_by_name', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectification_supervision_notices_problem_idx')
    .on('rectification_supervision_notices')
    .column('problem_id')
    .execute();
  await db.schema
    .createIndex('rectification_supervision_notices_state_idx')
    .on('rectification_supervision_notices')
    .column('state')
    .execute();
  // One open notice per problem, also against two officers issuing at the same moment (partial index:
  // SQLite and PostgreSQL both have them).
  await db.schema
    .createIndex('rectification_supervision_notices_one_open')
    .on('rectification_supervision_notices')
    .column('problem_id')
    .unique()
    .where(sql.ref('state'), '=', 'open')
    .execute();

  // Those who accept the ledger also supervise it: the department's office, its divisions and its leaders.
  await grant(db, {
    admin: ['rectification:supervise'],
    leader: ['rectification:supervise'],
    division_officer: ['rectification:supervise'],
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rectification_supervision_notices').ifExists().execute();
  const rows = await db.selectFrom('roles').select(['code', 'permissions']).execute();
  for (const row of rows as { code: string; permissions: string }[]) {
    const kept = (JSON.parse(row.permissions) as string[]).filter((p) => p !== 'rectification:supervise');
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(kept) })
      .where('code', '=', row.code)
      .execute();
  }
}
