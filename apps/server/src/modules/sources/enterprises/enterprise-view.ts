import type { Kysely } from 'kysely';
import type { Enterprise } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { dictionaryEntries } from '../../../platform/dictionaries/dictionary-reads';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import type { EnterpriseRow } from './enterprises.repository';

/** Days of the renewal window: the last 60 days before expiry (条例 §14; the same figure as permitStatusOn). */
export const RENEWAL_WINDOW_DAYS = 60;

/** A date plus whole days (calendar), YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The enterprise's permit situation from its latest expiry in force, as the list filter computes it in SQL. */
function situationOf(validTo: string | null, today: string): Enterprise['permitSituation'] {
  if (validTo === null) return 'none';
  if (validTo < today) return 'expired';
  return validTo <= addDays(today, RENEWAL_WINDOW_DAYS) ? 'renewal_window' : 'valid';
}

/** The labels an enterprise is shown with: industry (class or section), region, regulator. */
export type EnterpriseLabels = {
  industry: Map<string, string>;
  region: Map<string, string>;
  orgs: Map<string, string>;
};

/** Industry codes of both GB/T 4754 dictionaries (classes and sections), code → label. */
export async function industryLabels(db: Kysely<Database>): Promise<Map<string, string>> {
  const [classes, sections] = await Promise.all([
    dictionaryEntries(db, 'industry_class'),
    dictionaryEntries(db, 'industry'),
  ]);
  return new Map([...sections, ...classes].map((e) => [e.code, e.label]));
}

export async function labelsFor(db: Kysely<Database>, rows: readonly EnterpriseRow[]): Promise<EnterpriseLabels> {
  const [industry, regions, orgs] = await Promise.all([
    industryLabels(db),
    dictionaryEntries(db, 'region'),
    orgsByIds(
      db,
      rows.map((r) => r.regulator_org_id),
    ),
  ]);
  return {
    industry,
    region: new Map(regions.map((e) => [e.code, e.label])),
    orgs: new Map([...orgs].map(([id, o]) => [id, o.name])),
  };
}

export function toEnterprise(r: EnterpriseRow, labels: EnterpriseLabels, today: string): Enterprise {
  return {
    id: r.id,
    uscc: r.uscc,
    name: r.name,
    industryCode: r.industry_code,
    industryLabel: labels.industry.get(r.industry_code) ?? null,
    regionCode: r.region_code,
    regionName: labels.region.get(r.region_code) ?? null,
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    category: r.category as Enterprise['category'],
    keyListYear: r.key_list_year,
    keyListTypes: JSON.parse(r.key_list_types) as Enterprise['keyListTypes'],
    legalRepresentative: r.legal_representative,
    contacts: JSON.parse(r.contacts) as Enterprise['contacts'],
    status: r.status as Enterprise['status'],
    regulatorOrgId: r.regulator_org_id,
    regulatorOrgName: labels.orgs.get(r.regulator_org_id) ?? null,
    enterpriseOrgId: r.enterprise_org_id,
    permitSituation: situationOf(r.permit_valid_to, today),
    permitValidTo: r.permit_valid_to,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
