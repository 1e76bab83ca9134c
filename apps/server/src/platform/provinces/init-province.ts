import type { Kysely } from 'kysely';
import { AppError, type InitProvinceResult, type SetupStatus } from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../audit/audit.service';
import type { Clock } from '../clock';
import { insertEntry } from '../dictionaries/dictionaries.repository';
import { findOrgByRegionAndKind } from '../orgs/orgs.repository';
import { insertOrgAsSystem } from '../orgs/orgs.service';
import type { ServiceDeps } from '../service-deps';
import { saveBaseMap } from '../settings/base-map';
import { listProvinces, provinceDivisions, provinceMap, type Division } from './divisions';
import {
  dictionaryCodes,
  findPlaceholderRoot,
  findProvinceOrg,
  installedProvinceOrgs,
  maxSortOrder,
  updateOrgAsSystem,
} from './provinces.repository';

/** The region code of the root organisation `serve` creates without the demo: a placeholder for "the province". */
export const PLACEHOLDER_REGION = '000000';

export type InitProvinceInput = {
  province: string;
  name?: string | undefined;
  counties?: boolean | undefined;
  /** English names by region code (the demo has them; GB/T 2260 has none). */
  namesEn?: ReadonlyMap<string, string> | undefined;
  nameEn?: string | undefined;
};

const SYSTEM: AuditContext = { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };

export async function setupStatus(db: Kysely<Database>): Promise<SetupStatus> {
  const rows = await installedProvinceOrgs(db, PLACEHOLDER_REGION);
  return {
    provinces: listProvinces(),
    installed: rows.map((r) => ({ code: r.region_code, name: r.name, orgId: r.id })),
  };
}

/**
 * `ecocloud init --province CODE` and the first-run page: the province's department, one organisation
 * per prefecture-level division (and county, when asked), the region dictionary with their names and
 * the province's base map. Idempotent: what exists is kept, what is missing is added. The placeholder
 * root of an install without the demo becomes the province's department, so its admin keeps the scope.
 */
export async function initProvince(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  input: InitProvinceInput,
): Promise<InitProvinceResult> {
  const divisions = provinceDivisions(input.province);
  if (!divisions) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${input.province} is not a provincial-level division code (GB/T 2260, e.g. 530000)`,
      [{ path: 'body.province', message: 'unknown province code' }],
    );
  }
  const map = provinceMap(divisions);
  return db.transaction().execute(async (trx) => {
    let created = 0;
    const { code, name: regionName } = divisions.province;
    const orgName = input.name ?? `${regionName}生态环境厅`;
    let province = await findProvinceOrg(trx, code);
    if (!province) {
      const placeholder = await findPlaceholderRoot(trx, PLACEHOLDER_REGION);
      if (placeholder) {
        await updateOrgAsSystem(trx, placeholder.id, {
          region_code: code,
          name: orgName,
          kind: 'province',
          updated_at: clock.now().toISOString(),
        });
        province = { ...placeholder, region_code: code, name: orgName };
      } else {
        const org = await insertOrgAsSystem(
          { db: trx, clock },
          {
            parentId: null,
            name: orgName,
            nameEn: input.nameEn,
            kind: 'province',
            regionCode: code,
          },
        );
        province = { id: org.id, name: org.name, kind: org.kind, region_code: code };
        created++;
      }
    } else if (input.name && input.name !== province.name) {
      await updateOrgAsSystem(trx, province.id, { name: input.name, updated_at: clock.now().toISOString() });
      province = { ...province, name: input.name };
    }

    const ensureOrg = async (
      d: Division,
      parentId: string,
      kind: 'city' | 'county',
      suffix: string,
      nameEnSuffix: string,
    ): Promise<string> => {
      const existing = await findOrgByRegionAndKind(trx, d.code, kind);
      if (existing) return existing.id;
      const en = input.namesEn?.get(d.code);
      created++;
      return (
        await insertOrgAsSystem(
          { db: trx, clock },
          {
            parentId,
            name: `${d.name}${suffix}`,
            nameEn: en ? `${en} ${nameEnSuffix}` : undefined,
            kind,
            regionCode: d.code,
          },
        )
      ).id;
    };
    const cityIds = new Map<string, string>();
    for (const c of divisions.cities)
      cityIds.set(c.code, await ensureOrg(c, province.id, 'city', '生态环境局', 'Ecology and Environment Bureau'));
    const counties = input.counties ? divisions.counties : [];
    for (const c of counties) await ensureOrg(c, cityIds.get(c.parent) ?? province.id, 'county', '分局', 'Sub-bureau');

    const regions = [{ code, name: regionName, parent: '' }, ...divisions.cities, ...divisions.groups, ...counties];
    const regionsCreated = await ensureRegionEntries(trx, clock, regions, input.namesEn);
    await saveBaseMap(trx, clock, map);
    const result: InitProvinceResult = {
      province: { code, name: regionName, orgId: province.id, orgName: province.name },
      cities: divisions.cities.length,
      counties: counties.length,
      created: { orgs: created, regions: regionsCreated },
      map: { features: map.features.length },
    };
    await appendAudit(trx, clock, actor ? auditContextOf(actor) : SYSTEM, {
      action: 'platform.init',
      entityType: 'org',
      entityId: province.id,
      after: result,
    });
    return result;
  });
}

/** Adds the missing entries of the region dictionary (code → Chinese name, parent code); existing ones are kept. */
export async function ensureRegionEntries(
  trx: Kysely<Database>,
  clock: Clock,
  regions: readonly Division[],
  namesEn?: ReadonlyMap<string, string>,
): Promise<number> {
  const now = clock.now().toISOString();
  const existing = new Set(await dictionaryCodes(trx, 'region'));
  let order = await maxSortOrder(trx, 'region');
  let added = 0;
  for (const r of regions) {
    if (existing.has(r.code)) continue;
    existing.add(r.code);
    await insertEntry(trx, {
      id: `region-${r.code}`,
      dict_code: 'region',
      code: r.code,
      label: r.name,
      label_en: namesEn?.get(r.code) ?? null,
      extra_json: JSON.stringify(r.parent ? { parent: r.parent } : {}),
      sort_order: ++order,
      created_at: now,
      updated_at: now,
    });
    added++;
  }
  return added;
}
