import type { Kysely } from 'kysely';

// 复核 (re-review, 信访工作条例 §36) in the complaints module (issue 19): the petitioner's request and the
// answer, with their days, on the report row so that every clock (lists, next due day, statistics) reads them
// like the 复查 days. Nullable columns, no new permission (complaints:review answers, as for 复查). Frozen in time.
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of [
    ['rereview_reason', 'text'],
    ['rereview_requested_on', 'varchar(10)'],
    ['rereview_answer', 'text'],
    ['rereview_answered_on', 'varchar(10)'],
  ] as const)
    await db.schema.alterTable('complaints').addColumn(name, type).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['rereview_answered_on', 'rereview_answer', 'rereview_requested_on', 'rereview_reason'])
    await db.schema.alterTable('complaints').dropColumn(name).execute();
}
