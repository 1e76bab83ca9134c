import type { Kysely } from 'kysely';

// The audit chain's anchor (docs/adr/0008): each entry also stores an HMAC of its hash under a key
// kept outside the database, so re-chaining an edited entry needs the key. Entries written before
// this migration are signed once, at the next start (platform/audit/audit-anchor.ts).
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('mac', 'varchar(64)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('mac').execute();
}
