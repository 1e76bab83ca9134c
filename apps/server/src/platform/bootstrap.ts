import type { AppDeps } from '../app-deps';
import { migrateToLatest } from '../db/migrate';
import { PLACEHOLDER_REGION } from './provinces/init-province';
import { legacySigningPossible, loadAuditAnchor, signLegacyEntries, useAuditAnchor } from './audit/audit-anchor';
import { verifyAudit } from './audit/audit.service';
import { generatePassword } from './auth/passwords';
import { seedDemo, type DemoCredential, type DemoSource } from './demo/seed-demo';
import { ensureBaseDictionaries } from './dictionaries/dictionaries.service';
import { insertOrgAsSystem } from './orgs/orgs.service';
import { createUser } from './users/users.service';
import { hasUnsignedEntry } from './audit/audit.repository';
import { firstRootProvince } from './orgs/orgs.repository';
import { anyUserExists } from './users/users.repository';

/** Migrations, the audit key, plus the base code tables: safe to run on every start. */
export async function prepareDatabase(deps: AppDeps): Promise<string[]> {
  const applied = await migrateToLatest(deps.db);
  await loadAuditKey(deps);
  await ensureBaseDictionaries(deps);
  return applied;
}

/** Loads (or on first start generates) the audit key, and signs a log written before the anchor existed. */
async function loadAuditKey(deps: AppDeps): Promise<void> {
  const anchor = await loadAuditAnchor(deps.db, deps.config);
  useAuditAnchor(anchor);
  if (anchor.generated)
    console.warn(
      `EcoCloud: generated the audit key ${anchor.generated}; back it up, apart from database backups (docs/SECURITY.md)`,
    );
  const unsigned = await hasUnsignedEntry(deps.db);
  // Checked before the walk: once anything is signed or exported, an unsigned entry is a finding, and
  // re-walking the whole chain on every start (and every CLI command) would change nothing.
  if (!unsigned || !(await legacySigningPossible(deps.db, anchor))) return;
  const { problem } = await verifyAudit(deps.db, { ...anchor, headsFile: undefined });
  // Sign only a chain that is intact apart from the missing signatures; otherwise leave it for `audit verify`.
  if (problem === null || problem.kind === 'unsigned') {
    const n = await signLegacyEntries(deps.db, anchor);
    if (n > 0) console.warn(`EcoCloud: signed ${n} audit entries written before the audit anchor (migration 0008)`);
  }
}

/**
 * On an empty database: the demo (organisation tree and one user per role) or, without demo data,
 * a root organisation and the first admin. The first admin's password comes from the environment
 * or is generated here and returned once for printing; no default password exists.
 */
export async function firstRun(deps: AppDeps, modules: readonly DemoSource[]): Promise<DemoCredential[]> {
  if (await anyUserExists(deps.db)) return deps.config.loadDemo ? seedDemo(deps, modules) : [];
  if (deps.config.loadDemo) return seedDemo(deps, modules);
  // A province set up from the CLI (`ecocloud init`) before the first start gets the admin; otherwise a
  // placeholder root, which the admin's first-run page turns into the province.
  const province = await firstRootProvince(deps.db);
  const root =
    province ??
    (await insertOrgAsSystem(deps, {
      parentId: null,
      name: '生态环境厅',
      nameEn: 'Department of Ecology and Environment',
      kind: 'province',
      regionCode: PLACEHOLDER_REGION,
    }));
  const password = deps.config.adminPassword ?? generatePassword();
  // A generated password was printed to a console: the admin replaces it at first login.
  await createUser(deps, null, {
    username: 'admin',
    displayName: '系统管理员',
    orgId: root.id,
    roles: ['admin'],
    password,
    mustChangePassword: deps.config.adminPassword === undefined,
  });
  return [{ username: 'admin', password, role: 'admin' }];
}

export function formatCredentials(creds: DemoCredential[], baseUrl: string): string {
  if (creds.length === 0) return '';
  const lines = creds.map((c) => `  ${c.username.padEnd(16)} ${c.password.padEnd(20)} (${c.role})`);
  return [`Log in at ${baseUrl} with (shown once; change them under 修改密码):`, ...lines].join('\n');
}
