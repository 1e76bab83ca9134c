import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps';
import type { Database } from '../../db/schema';
import { generatePassword } from '../auth/passwords';
import { insertOrgAsSystem } from '../orgs/orgs.service';
import { ensureRegionEntries, initProvince } from '../provinces/init-province';
import { createUser } from '../users/users.service';
import { DEMO_CITIES, DEMO_COUNTIES, DEMO_DIVISIONS, DEMO_PROVINCE } from './guangxi';
import { findOrgByRegionAndKind } from '../orgs/orgs.repository';
import { findUserByUsername } from '../users/users.repository';

export type DemoCredential = { username: string; password: string; role: string };

/** A module's demo data: runs after the platform's, in module list order, and must be idempotent. */
export type DemoSeeder = { name: string; seed(deps: AppDeps): Promise<void> };
/** The part of a `ServerModule` the demo needs (structural, so the platform does not import the shell). */
export type DemoSource = { readonly demo: readonly DemoSeeder[] };

const DEMO_CENTRE = '广西壮族自治区生态环境监测中心';

const missingCity = (code: string): never => {
  throw new Error(`the demo's city ${code} is missing`);
};

/** The demo's own organisations (not the province tree, which `ecocloud init --province 450000` also makes). */
async function hasDemoTree(db: Kysely<Database>): Promise<boolean> {
  return Boolean(await findOrgByRegionAndKind(db, DEMO_PROVINCE.code, 'unit', DEMO_CENTRE));
}

/**
 * Loads the Guangxi organisation tree, the region dictionary and one user per role, then the demo
 * seeders of `modules` (the shell's MODULES) in list order: monitoring's network and history, then
 * assessment's targets set from that history, then the work plan, whose live indicators read both.
 * Returns the credentials created (printed once by the caller).
 */
export async function seedDemo(deps: AppDeps, modules: readonly DemoSource[]): Promise<DemoCredential[]> {
  const creds = (await hasDemoTree(deps.db)) ? [] : await seedPlatform(deps);
  for (const module of modules) for (const seeder of module.demo) await seeder.seed(deps);
  return creds;
}

async function seedPlatform(deps: AppDeps): Promise<DemoCredential[]> {
  const { db, clock, config } = deps;
  // The demo is `ecocloud init --province 450000` plus demo people, divisions and a few counties.
  const namesEn = new Map([
    [DEMO_PROVINCE.code, DEMO_PROVINCE.regionEn],
    ...[...DEMO_CITIES, ...DEMO_COUNTIES].map(([code, , en]) => [code, en] as [string, string]),
  ]);
  const init = await initProvince(deps, null, {
    province: DEMO_PROVINCE.code,
    name: DEMO_PROVINCE.name,
    nameEn: DEMO_PROVINCE.nameEn,
    namesEn,
  });
  const dept = { id: init.province.orgId };
  const cityIds = new Map<string, string>();
  for (const [code] of DEMO_CITIES)
    cityIds.set(code, (await findOrgByRegionAndKind(db, code, 'city'))?.id ?? missingCity(code));
  for (const [code, name, nameEn] of DEMO_COUNTIES) {
    const parentId = cityIds.get(`${code.slice(0, 4)}00`)!;
    if (await findOrgByRegionAndKind(db, code, 'county')) continue; // init --counties made it
    await insertOrgAsSystem(deps, {
      parentId,
      name: `${name}分局`,
      nameEn: `${nameEn} Sub-bureau`,
      kind: 'county',
      regionCode: code,
    });
  }
  await ensureRegionEntries(
    db,
    clock,
    DEMO_COUNTIES.map(([code, name]) => ({ code, name, parent: `${code.slice(0, 4)}00` })),
    namesEn,
  );
  const divisions = new Map<string, string>();
  for (const [name, nameEn] of DEMO_DIVISIONS) {
    divisions.set(
      name,
      (
        await insertOrgAsSystem(deps, {
          parentId: dept.id,
          name,
          nameEn,
          kind: 'division',
          regionCode: DEMO_PROVINCE.code,
        })
      ).id,
    );
  }
  const centre = await insertOrgAsSystem(deps, {
    parentId: dept.id,
    name: DEMO_CENTRE,
    nameEn: 'Guangxi Environmental Monitoring Centre',
    kind: 'unit',
    regionCode: DEMO_PROVINCE.code,
  });
  const enterprise = await insertOrgAsSystem(deps, {
    parentId: cityIds.get('450100')!,
    name: '南宁示范热电有限公司',
    nameEn: 'Nanning Demo Thermal Power Co.',
    kind: 'enterprise',
    regionCode: '450103',
  });

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
    // An install set up without the demo already has its admin: the demo adds the others.
    if (await findUserByUsername(db, username)) continue;
    const given = role === 'admin' ? config.adminPassword : config.demoPassword;
    const password = given ?? generatePassword();
    // Demo users keep their printed password (a smooth demo); the admin changes a generated one at first login.
    const mustChangePassword = role === 'admin' && given === undefined;
    await createUser(deps, null, { username, displayName, orgId, roles: [role], password, mustChangePassword });
    creds.push({ username, password, role });
  }
  return creds;
}
