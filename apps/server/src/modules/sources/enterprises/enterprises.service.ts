import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  AppError,
  CreateEnterpriseBodySchema,
  UpdateEnterpriseBodySchema,
  type Enterprise,
  type EnterpriseListQuerySchema,
} from '@ecocloud/contracts';
import { validateUscc } from '@ecocloud/standards';
import type { z } from 'zod';
import { constraintKind } from '../../../db/db-errors';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { writeTable } from '../../../platform/import-export/table-io';
import { orgById, owningOrgOfRegion } from '../../../platform/orgs/org-reads';
import { addCountyEntries, regionsWithCounties } from '../../../platform/provinces/county-regions';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { addDays, industryLabels, labelsFor, RENEWAL_WINDOW_DAYS, toEnterprise } from './enterprise-view';
import * as repo from './enterprises.repository';
import { auditWho, todayOf } from './sources-context';

export type EnterpriseListQuery = z.output<typeof EnterpriseListQuerySchema>;
export type EnterpriseCreate = z.output<typeof CreateEnterpriseBodySchema>;
export type EnterpriseUpdate = { id: string; patch: z.output<typeof UpdateEnterpriseBodySchema> };

const situationDays = (today: string): repo.SituationDays => ({
  today,
  windowEnd: addDays(today, RENEWAL_WINDOW_DAYS),
});

export async function listEnterprises({ db, clock }: ServiceDeps, actor: Actor, q: EnterpriseListQuery) {
  const today = todayOf(clock);
  const { rows, total } = await repo.listEnterprises(db, actor, q, situationDays(today));
  const labels = await labelsFor(db, rows);
  return { items: rows.map((r) => toEnterprise(r, labels, today)), total };
}

const EXPORT_COLUMNS: [keyof Enterprise, string][] = [
  ['uscc', '统一社会信用代码'],
  ['name', '单位名称'],
  ['industryCode', '行业代码'],
  ['industryLabel', '行业类别'],
  ['regionCode', '行政区划代码'],
  ['regionName', '行政区划'],
  ['address', '生产经营场所地址'],
  ['lon', '经度'],
  ['lat', '纬度'],
  ['category', '管理类别'],
  ['keyListTypes', '重点排污单位名录'],
  ['status', '状态'],
  ['regulatorOrgName', '监管单位'],
  ['permitSituation', '许可状态'],
  ['permitValidTo', '有效期至'],
];

/** The whole filtered list as CSV/XLSX (no paging): the list page's export button. */
export async function exportEnterprises({ db, clock }: ServiceDeps, actor: Actor, q: EnterpriseListQuery) {
  const today = todayOf(clock);
  const rows = await repo.allEnterprisesInScope(db, actor, q, situationDays(today));
  const labels = await labelsFor(db, rows);
  const items = rows.map((r) => {
    const e = toEnterprise(r, labels, today);
    return { ...e, keyListTypes: e.keyListTypes.join(';') };
  });
  const format = q.format === 'xlsx' ? 'xlsx' : 'csv';
  return writeTable(
    EXPORT_COLUMNS.map(([key, header]) => ({ key, header })),
    items,
    format,
    'enterprises',
  );
}

export async function getEnterprise({ db, clock }: ServiceDeps, actor: Actor, { id }: { id: string }) {
  const row = await repo.findEnterpriseInScope(db, actor, id);
  if (!row) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${id} not found`);
  return toEnterprise(row, await labelsFor(db, [row]), todayOf(clock));
}

/** The credit code's check character, verified (GB 32100-2015): the error names the expected character. */
function assertUscc(uscc: string, path = 'body.uscc'): string {
  const checked = validateUscc(uscc);
  if (checked.ok) return checked.code;
  if (checked.code === 'USCC_CHECK_DIGIT')
    throw new AppError('USCC_CHECK_DIGIT', checked.message, [
      { path, message: checked.message, code: 'USCC_CHECK_DIGIT', params: { expected: checked.expected ?? '' } },
    ]);
  throw new AppError('VALIDATION_FAILED', checked.message, [{ path, message: checked.message, code: checked.code }]);
}

/**
 * Industry and region must name entries of their dictionaries, so that the labels and filters hold; a county
 * under a city of the dictionary is known too (GB/T 2260) and joins the dictionary here.
 */
async function assertCodes(db: Kysely<Database>, clock: Clock, industryCode?: string, regionCode?: string) {
  if (industryCode !== undefined && !(await industryLabels(db)).has(industryCode))
    throw new AppError('VALIDATION_FAILED', `unknown industry code ${industryCode}`, [
      { path: 'body.industryCode', message: 'not in the industry dictionaries (GB/T 4754)', code: 'UNKNOWN_INDUSTRY' },
    ]);
  if (regionCode === undefined) return;
  if (!(await regionsWithCounties(db)).some((e) => e.code === regionCode))
    throw new AppError('VALIDATION_FAILED', `unknown region ${regionCode}`, [
      { path: 'body.regionCode', message: 'not in the region dictionary', code: 'UNKNOWN_REGION' },
    ]);
  await addCountyEntries(db, clock, [regionCode]);
}

/** The enterprise's own organisation must be one of kind `enterprise`: its users then see only this unit. */
async function assertEnterpriseOrg(db: Kysely<Database>, orgId: string | null | undefined) {
  if (!orgId) return;
  const org = await orgById(db, orgId);
  if (org?.kind !== 'enterprise')
    throw new AppError('VALIDATION_FAILED', `organisation ${orgId} is not an enterprise organisation`, [
      { path: 'body.enterpriseOrgId', message: 'not an organisation of kind enterprise' },
    ]);
}

/**
 * The regulating unit: the one given, else the organisation covering the region. Outside the caller's
 * scope it answers as absent (404), so that scope does not leak; `null` actor: the system.
 */
async function regulatorFor(
  db: Kysely<Database>,
  actor: Actor | null,
  regionCode: string,
  given?: string,
): Promise<string> {
  const org = given ? await orgById(db, given) : await owningOrgOfRegion(db, regionCode);
  const path = given ? 'body.regulatorOrgId' : 'body.regionCode';
  if (!org)
    throw new AppError(given ? 'ORG_NOT_FOUND' : 'REGION_NOT_COVERED', `no regulating organisation for ${regionCode}`, [
      { path, message: 'no organisation' },
    ]);
  if (actor && !orgPathInScope(actor, org.id, org.path))
    throw new AppError('ORG_NOT_FOUND', 'the regulating organisation is outside your data scope', [
      { path, message: 'outside your scope' },
    ]);
  return org.id;
}

/** Registers an enterprise in the caller's transaction (`null` actor: the system). */
async function insertEnterprise(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  e: EnterpriseCreate,
): Promise<Enterprise> {
  const uscc = assertUscc(e.uscc);
  await assertCodes(db, clock, e.industryCode, e.regionCode);
  await assertEnterpriseOrg(db, e.enterpriseOrgId);
  const now = clock.now().toISOString();
  const row: repo.EnterpriseRow = {
    permit_valid_to: null,
    id: randomUUID(),
    uscc,
    name: e.name,
    industry_code: e.industryCode,
    region_code: e.regionCode,
    address: e.address,
    lon: e.lon,
    lat: e.lat,
    category: e.category,
    key_list_year: e.keyListYear,
    key_list_types: JSON.stringify(e.keyListTypes),
    legal_representative: e.legalRepresentative,
    contacts: JSON.stringify(e.contacts),
    status: e.status,
    regulator_org_id: await regulatorFor(db, actor, e.regionCode, e.regulatorOrgId),
    enterprise_org_id: e.enterpriseOrgId,
    created_at: now,
    updated_at: now,
  };
  const { permit_valid_to: _none, ...insertable } = row;
  try {
    await repo.insertEnterpriseRow(db, insertable);
  } catch (err) {
    if (constraintKind(err) === 'unique')
      throw new AppError('ENTERPRISE_EXISTS', `an enterprise with credit code ${uscc} exists`, [
        { path: 'body.uscc', message: 'exists' },
      ]);
    throw err;
  }
  const after = toEnterprise(row, await labelsFor(db, [row]), todayOf(clock));
  await appendAudit(db, clock, auditWho(actor), {
    action: 'sources.enterprise.create',
    entityType: 'enterprise',
    entityId: row.id,
    after,
  });
  return after;
}

export function createEnterprise({ db, clock }: ServiceDeps, actor: Actor, e: EnterpriseCreate) {
  return db.transaction().execute((trx) => insertEnterprise({ db: trx, clock }, actor, e));
}

export function updateEnterprise({ db, clock }: ServiceDeps, actor: Actor, { id, patch }: EnterpriseUpdate) {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findEnterpriseInScope(trx, actor, id);
    if (!before) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${id} not found`);
    await assertCodes(trx, clock, patch.industryCode, patch.regionCode);
    await assertEnterpriseOrg(trx, patch.enterpriseOrgId);
    const set: Partial<repo.EnterpriseRow> = { updated_at: clock.now().toISOString() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.industryCode !== undefined) set.industry_code = patch.industryCode;
    if (patch.regionCode !== undefined) set.region_code = patch.regionCode;
    if (patch.address !== undefined) set.address = patch.address;
    if (patch.lon !== undefined) set.lon = patch.lon;
    if (patch.lat !== undefined) set.lat = patch.lat;
    if (patch.category !== undefined) set.category = patch.category;
    if (patch.keyListYear !== undefined) set.key_list_year = patch.keyListYear;
    if (patch.keyListTypes !== undefined) set.key_list_types = JSON.stringify(patch.keyListTypes);
    if (patch.legalRepresentative !== undefined) set.legal_representative = patch.legalRepresentative;
    if (patch.contacts !== undefined) set.contacts = JSON.stringify(patch.contacts);
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.enterpriseOrgId !== undefined) set.enterprise_org_id = patch.enterpriseOrgId;
    // A move to another region follows the region's regulator unless one is named.
    if (patch.regulatorOrgId !== undefined || (patch.regionCode && patch.regionCode !== before.region_code))
      set.regulator_org_id = await regulatorFor(
        trx,
        actor,
        set.region_code ?? before.region_code,
        patch.regulatorOrgId,
      );
    const { permit_valid_to: _derived, ...columns } = set;
    await repo.updateEnterpriseInScope(trx, actor, before.id, columns);
    const merged = { ...before, ...set };
    const today = todayOf(clock);
    const labels = await labelsFor(trx, [before, merged]);
    const after = toEnterprise(merged, labels, today);
    await appendAudit(trx, clock, auditWho(actor), {
      action: 'sources.enterprise.update',
      entityType: 'enterprise',
      entityId: before.id,
      before: toEnterprise(before, labels, today),
      after,
    });
    return after;
  });
}
