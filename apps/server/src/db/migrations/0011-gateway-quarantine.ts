import type { Kysely } from 'kysely';

// Quarantine rows that stand for a run of rejected inputs: the HJ 212 gateway keeps one row (the
// first input as the sample) for a run of junk from one connection, or for inputs over an
// address's write rate, and counts the rest here. Old rows stand for one input each.
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('quarantine')
    .addColumn('repeat_count', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('quarantine').addColumn('total_bytes', 'bigint').execute();
  await db.schema.alterTable('quarantine').addColumn('last_received_at', 'varchar(30)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quarantine').dropColumn('last_received_at').execute();
  await db.schema.alterTable('quarantine').dropColumn('total_bytes').execute();
  await db.schema.alterTable('quarantine').dropColumn('repeat_count').execute();
}
