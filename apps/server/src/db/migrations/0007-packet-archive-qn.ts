import type { Kysely } from 'kysely';

// The gateway archives a re-sent packet (same MN, QN and content) once: before archiving it looks
// for earlier copies by MN and QN (issue #11). Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('packet_archive_mn_qn_idx').on('packet_archive').columns(['mn', 'qn']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('packet_archive_mn_qn_idx').execute();
}
