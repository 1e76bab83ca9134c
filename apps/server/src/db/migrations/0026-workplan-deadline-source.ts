import type { Kysely } from 'kysely';

// Where a work plan deadline comes from (issue 20): the importer's reading (`text`, `inherited`, `default`:
// the plan year's 31 December, nothing written) or `manual` once a person set it. Until now the reading was
// lost on save, so an official could not tell a written deadline from the default one. Nullable: items saved
// before this migration, or created without a deadline, have no known source. Frozen in time.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['workplan_items', 'workplan_indicators'])
    await db.schema.alterTable(table).addColumn('deadline_source', 'varchar(16)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['workplan_indicators', 'workplan_items'])
    await db.schema.alterTable(table).dropColumn('deadline_source').execute();
}
