import { sql, type Kysely } from 'kysely';

// The HJ 212 gateway's ingest journal: batches acknowledged to loggers but not yet applied to
// observations (see docs/adr/0006). PostgreSQL and in-memory SQLite keep the journal in this
// table; a SQLite file database keeps it in a sidecar file and records here how far it applied.
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  const isPg = await isPostgres(db);
  await db.schema
    .createTable('ingest_journal')
    .addColumn('id', isPg ? 'bigserial' : 'integer', (c) => (isPg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('batch', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ingest_journal_applied')
    .addColumn('journal_id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('applied_upto', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ingest_journal_applied').execute();
  await db.schema.dropTable('ingest_journal').execute();
}

async function isPostgres(db: Kysely<any>): Promise<boolean> {
  try {
    await sql`select version()`.execute(db);
    return true;
  } catch {
    return false; // SQLite has no version() function
  }
}
