import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Test rows straight into the register's tables (the register's own services are built beside these). */
export type EnterpriseFixture = {
  name: string;
  regulatorOrgId: string;
  regionCode?: string;
  category?: 'key' | 'simplified' | 'registration';
  enterpriseOrgId?: string | null;
  status?: string;
};

let serial = 0;

export async function insertEnterprise(db: Kysely<Database>, e: EnterpriseFixture): Promise<string> {
  const id = randomUUID();
  const at = '2025-01-01T00:00:00.000Z';
  serial += 1;
  await db
    .insertInto('enterprises')
    .values({
      id,
      // not a valid check character: the register validates on its way in, these rows bypass it
      uscc: `91450100TEST${String(serial).padStart(5, '0')}X`.slice(0, 18),
      name: e.name,
      industry_code: '2221',
      region_code: e.regionCode ?? '450103',
      address: '',
      lon: null,
      lat: null,
      category: e.category ?? 'key',
      key_list_year: null,
      key_list_types: '[]',
      legal_representative: '',
      contacts: '[]',
      status: e.status ?? 'operating',
      regulator_org_id: e.regulatorOrgId,
      enterprise_org_id: e.enterpriseOrgId ?? null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

export type PermitFixture = {
  enterpriseId: string;
  validFrom: string;
  validTo: string;
  kind?: 'permit' | 'registration';
  category?: 'key' | 'simplified' | 'registration';
  status?: string;
  reportFrequencies?: string[];
};

export async function insertPermit(db: Kysely<Database>, p: PermitFixture): Promise<{ id: string; permitNo: string }> {
  const id = randomUUID();
  const permitNo = `TEST-${id.slice(0, 8)}`;
  const at = '2025-01-01T00:00:00.000Z';
  await db
    .insertInto('permits')
    .values({
      id,
      enterprise_id: p.enterpriseId,
      permit_no: permitNo,
      kind: p.kind ?? 'permit',
      category: p.category ?? 'key',
      issuer: '',
      valid_from: p.validFrom,
      valid_to: p.validTo,
      status: p.status ?? 'valid',
      report_frequencies: JSON.stringify(p.reportFrequencies ?? ['annual']),
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, permitNo };
}

export async function insertPermitEvent(
  db: Kysely<Database>,
  permitId: string,
  kind: string,
  eventDate: string,
  onSiteCheck = false,
): Promise<void> {
  await db
    .insertInto('permit_events')
    .values({
      id: randomUUID(),
      permit_id: permitId,
      kind,
      event_date: eventDate,
      note: '',
      new_valid_to: null,
      on_site_check: onSiteCheck ? 1 : 0,
      created_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}
