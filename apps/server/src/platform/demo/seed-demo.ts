import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps';
import type { Database } from '../../db/schema';
import { generatePassword } from '../auth/passwords';
import { insertOrgAsSystem } from '../orgs/orgs.service';
import { createUser } from '../users/users.service';
import { DEMO_CITIES, DEMO_COUNTIES, DEMO_DIVISIONS, DEMO_PROVINCE } from './guangxi';

export type DemoCredential = { username: string; password: string; role: string };

/** A module's demo data: runs after the platform's, in registration order, and must be idempotent. */
export type DemoSeeder = { name: string; seed(deps: AppDeps): Promise<void> };
const seeders: DemoSeeder[] = [];
export function registerDemoSeeder(seeder: DemoSeeder): void {
  if (!seeders.some((s) => s.name === seeder.name)) seeders.push(seeder);
}

async function hasDemoTree(db: Kysely<Database>): Promise<boolean> {
  return Boolean(await db.selectFrom('orgs').select('id').where('region_code', '=', DEMO_PROVINCE.code).where('kind', '=', 'province').executeTakeFirst());
}

/**
 * Loads the Guangxi organisation tree, the region dictionary and one user per role, then every
 * registered module seeder. Returns the credentials created (printed once by the caller).
 */
export async function seedDemo(deps: AppDeps): Promise<DemoCredential[]> {
  const creds = (await hasDemoTree(deps.db)) ? [] : await seedPlatform(deps);
  for (const s of seeders) await s.seed(deps);
  return creds;
}

async function seedPlatform(deps: AppDeps): Promise<DemoCredential[]> {
  const { db, clock, config } = deps;
  const dept = await insertOrgAsSystem(db, clock, { parentId: null, name: DEMO_PROVINCE.name, nameEn: DEMO_PROVINCE.nameEn, kind: 'province', regionCode: DEMO_PROVINCE.code });
  const cityIds = new Map<string, string>();
  for (const [code, name, nameEn] of DEMO_CITIES) {
    const org = await insertOrgAsSystem(db, clock, { parentId: dept.id, name: `${name}生态环境局`, nameEn: `${nameEn} Ecology and Environment Bureau`, kind: 'city', regionCode: code });
    cityIds.set(code, org.id);
  }
  for (const [code, name, nameEn] of DEMO_COUNTIES) {
    const parentId = cityIds.get(`${code.slice(0, 4)}00`)!;
    await insertOrgAsSystem(db, clock, { parentId, name: `${name}分局`, nameEn: `${nameEn} Sub-bureau`, kind: 'county', regionCode: code });
  }
  const divisions = new Map<string, string>();
  for (const [name, nameEn] of DEMO_DIVISIONS) {
    divisions.set(name, (await insertOrgAsSystem(db, clock, { parentId: dept.id, name, nameEn, kind: 'division', regionCode: DEMO_PROVINCE.code })).id);
  }
  const centre = await insertOrgAsSystem(db, clock, { parentId: dept.id, name: '广西壮族自治区生态环境监测中心', nameEn: 'Guangxi Environmental Monitoring Centre', kind: 'unit', regionCode: DEMO_PROVINCE.code });
  const enterprise = await insertOrgAsSystem(db, clock, { parentId: cityIds.get('450100')!, name: '南宁示范热电有限公司', nameEn: 'Nanning Demo Thermal Power Co.', kind: 'enterprise', regionCode: '450103' });
  await seedRegionDictionary(deps);

  const users: [string, string, string, string][] = [
    ['admin', '系统管理员', dept.id, 'admin'],
    ['leader', '厅领导(演示)', dept.id, 'leader'],
    ['air_officer', '大气处干部(演示)', divisions.get('大气环境处')!, 'division_officer'],
    ['nanning_officer', '南宁市局干部(演示)', cityIds.get('450100')!, 'city_officer'],
    ['analyst', '监测中心分析员(演示)', centre.id, 'analyst'],
    ['inspector', '桂林执法人员(演示)', cityIds.get('450300')!, 'inspector'],
    ['enterprise_demo', '企业填报员(演示)', enterprise.id, 'enterprise_user'],
  ];
  const creds: DemoCredential[] = [];
  for (const [username, displayName, orgId, role] of users) {
    const given = role === 'admin' ? config.adminPassword : config.demoPassword;
    const password = given ?? generatePassword();
    // Demo users keep their printed password (a smooth demo); the admin changes a generated one at first login.
    const mustChangePassword = role === 'admin' && given === undefined;
    await createUser(db, clock, null, { username, displayName, orgId, roles: [role], password, mustChangePassword });
    creds.push({ username, password, role });
  }
  return creds;
}

async function seedRegionDictionary({ db, clock }: AppDeps): Promise<void> {
  const now = clock.now().toISOString();
  const rows = [
    [DEMO_PROVINCE.code, DEMO_PROVINCE.region, DEMO_PROVINCE.regionEn, null] as const,
    ...DEMO_CITIES.map(([c, n, e]) => [c, n, e, DEMO_PROVINCE.code] as const),
    ...DEMO_COUNTIES.map(([c, n, e]) => [c, n, e, `${c.slice(0, 4)}00`] as const),
  ];
  for (const [i, [code, label, labelEn, parent]] of rows.entries()) {
    const exists = await db.selectFrom('dictionary_entries').select('id').where('dict_code', '=', 'region').where('code', '=', code).executeTakeFirst();
    if (exists) continue;
    await db.insertInto('dictionary_entries').values({
      id: `region-${code}`, dict_code: 'region', code, label, label_en: labelEn, extra_json: JSON.stringify(parent ? { parent } : {}),
      sort_order: i + 1, created_at: now, updated_at: now,
    }).execute();
  }
}
