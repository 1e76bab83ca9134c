import type { Kysely } from 'kysely';
import { grant } from './0002-monitoring';

// The permissions of the credit (issue 18) and complaints (issue 19) modules, granted to the roles before
// their tables arrive (0018 onwards), so both modules are built against the same grants. Frozen in time.
export async function up(db: Kysely<any>): Promise<void> {
  await grant(db, {
    admin: ['credit:read', 'credit:write', 'credit:review'],
    leader: ['credit:read', 'credit:review'],
    division_officer: ['credit:read', 'credit:write', 'credit:review'],
    city_officer: ['credit:read', 'credit:write'],
    inspector: ['credit:read'],
    analyst: ['credit:read'],
    enterprise_user: ['credit:disclose'],
  });
  // The reporter's identity is not a permission of its own: only the officers a report is assigned to see it
  // (the module's rule); exporting it is, held by the administrator alone (who asks for it by name, audited)
  // until a role is given it on purpose.
  await grant(db, {
    admin: [
      'complaints:read',
      'complaints:intake',
      'complaints:handle',
      'complaints:review',
      'complaints:export_identity',
    ],
    leader: ['complaints:read', 'complaints:review'],
    division_officer: ['complaints:read', 'complaints:intake', 'complaints:handle', 'complaints:review'],
    city_officer: ['complaints:read', 'complaints:intake', 'complaints:handle'],
    inspector: ['complaints:read', 'complaints:handle'],
    analyst: ['complaints:read'],
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  const gone = new Set(['credit:', 'complaints:']);
  const rows = await db.selectFrom('roles').select(['code', 'permissions']).execute();
  for (const row of rows as { code: string; permissions: string }[]) {
    const kept = (JSON.parse(row.permissions) as string[]).filter((p) => ![...gone].some((g) => p.startsWith(g)));
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(kept) })
      .where('code', '=', row.code)
      .execute();
  }
}
