import type { Kysely } from 'kysely';

// Bulk import of monitoring data (file uploads of up to 100,000 rows, whose rollups are then
// recalculated) is a permission of its own, `observations:import`, held by admin and analyst.
// The enterprise role keeps `observations:write` (its own station's readings through the API) but
// cannot bulk-import by default (issue #11); an admin may grant it per role.
// Frozen in time: never import application code here.
const HOLDERS = ['admin', 'analyst'];
const PERMISSION = 'observations:import';

async function update(db: Kysely<any>, change: (perms: string[]) => string[]): Promise<void> {
  for (const code of HOLDERS) {
    const row = await db.selectFrom('roles').select('permissions').where('code', '=', code).executeTakeFirst();
    if (!row) continue;
    const next = change(JSON.parse(row.permissions) as string[]);
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(next) })
      .where('code', '=', code)
      .execute();
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await update(db, (perms) => [...new Set([...perms, PERMISSION])]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await update(db, (perms) => perms.filter((p) => p !== PERMISSION));
}
