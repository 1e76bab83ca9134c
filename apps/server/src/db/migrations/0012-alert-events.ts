import type { Kysely } from 'kysely';

// Alerts carry their data, not words: the HJ 212 flag of an abnormal-flag alert gets its own column
// so the web can word the alert in the reader's language (the message column stays a log line).
// Rows raised before this migration get their flag back from that line ("pm10 flagged D at …").
// An alert event (one fault at a station, all its pollutants) is read as the open rows of one
// station, kind and start instant: no table change is needed for it.
// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('flag', 'varchar(20)').execute();
  const rows = await db.selectFrom('alerts').select(['id', 'message']).where('kind', '=', 'abnormal_flag').execute();
  for (const r of rows as { id: string; message: string }[]) {
    const flag = / flagged (\S+) at /.exec(r.message)?.[1];
    if (flag) await db.updateTable('alerts').set({ flag }).where('id', '=', r.id).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('alerts').dropColumn('flag').execute();
}
