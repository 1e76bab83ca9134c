import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { enterpriseScope } from '../enterprises/enterprises.repository';

/** An enterprise as another module names it. */
export type EnterpriseInReach = {
  id: string;
  name: string;
  uscc: string;
  regionCode: string;
  category: string;
  /** Year of the key-unit list (重点排污单位名录) the enterprise is on, or null. */
  keyListYear?: number | null;
  /** GB/T 4754-2017 industry code of the register (the inspection checklist of its industry). */
  industryCode?: string;
};

/**
 * The enterprises in the actor's scope (`null`: the system), optionally by id or region (subregions
 * included): for modules whose own rows hang off an enterprise (enforcement cases).
 */
export function enterprisesInReach(
  db: Kysely<Database>,
  actor: Actor | null,
  filter: { ids?: readonly string[]; regionCode?: string } = {},
): Promise<EnterpriseInReach[]> {
  if (filter.ids?.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('enterprises')
    .select([
      'enterprises.id as id',
      'enterprises.name as name',
      'enterprises.uscc as uscc',
      'enterprises.region_code as regionCode',
      'enterprises.category as category',
      'enterprises.key_list_year as keyListYear',
      'enterprises.industry_code as industryCode',
    ]);
  if (actor) q = q.where(enterpriseScope(actor));
  if (filter.ids) q = q.where('enterprises.id', 'in', [...filter.ids]);
  if (filter.regionCode) q = q.where('enterprises.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  return q.orderBy('enterprises.id').execute();
}
