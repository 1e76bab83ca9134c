import type { AppDeps } from '../app-deps';
import { migrateToLatest } from '../db/migrate';
import { generatePassword } from './auth/passwords';
import { seedDemo, type DemoCredential } from './demo/seed-demo';
import { ensureBaseDictionaries } from './dictionaries/dictionaries.service';
import { insertOrgAsSystem } from './orgs/orgs.service';
import { createUser } from './users/users.service';

/** Migrations plus the base code tables: safe to run on every start. */
export async function prepareDatabase(deps: AppDeps): Promise<string[]> {
  const applied = await migrateToLatest(deps.db);
  await ensureBaseDictionaries(deps.db, deps.clock);
  return applied;
}

/**
 * On an empty database: the demo (organisation tree and one user per role) or, without demo data,
 * a root organisation and the first admin. The first admin's password comes from the environment
 * or is generated here and returned once for printing; no default password exists.
 */
export async function firstRun(deps: AppDeps): Promise<DemoCredential[]> {
  const anyUser = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return deps.config.loadDemo ? seedDemo(deps) : [];
  if (deps.config.loadDemo) return seedDemo(deps);
  const root = await insertOrgAsSystem(deps.db, deps.clock, { parentId: null, name: '生态环境厅', nameEn: 'Department of Ecology and Environment', kind: 'province', regionCode: '000000' });
  const password = deps.config.adminPassword ?? generatePassword();
  // A generated password was printed to a console: the admin replaces it at first login.
  await createUser(deps.db, deps.clock, null, { username: 'admin', displayName: '系统管理员', orgId: root.id, roles: ['admin'], password, mustChangePassword: deps.config.adminPassword === undefined });
  return [{ username: 'admin', password, role: 'admin' }];
}

export function formatCredentials(creds: DemoCredential[], baseUrl: string): string {
  if (creds.length === 0) return '';
  const lines = creds.map((c) => `  ${c.username.padEnd(16)} ${c.password.padEnd(20)} (${c.role})`);
  return [`Log in at ${baseUrl} with (shown once; change them under 修改密码):`, ...lines].join('\n');
}
