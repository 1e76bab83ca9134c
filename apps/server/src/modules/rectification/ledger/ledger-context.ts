import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { shanghaiDate } from '../../../platform/deadlines';
import { orgsByIds } from '../../../platform/orgs/org-reads';
import { regionsWithCounties } from '../../../platform/provinces/county-regions';
import type { ServiceDeps } from '../../../platform/service-deps';
import { listBatches, type ProblemRow } from './ledger.repository';
import type { ViewNames } from './problem-view';

export const todayOf = (deps: ServiceDeps): string => shanghaiDate(deps.clock.now());

/** The names of the regions, organisations and batches the rows mention. */
export async function viewNames(db: Kysely<Database>, today: string, rows: readonly ProblemRow[]): Promise<ViewNames> {
  const [regions, orgs, batches] = await Promise.all([
    regionsWithCounties(db),
    orgsByIds(db, [...new Set(rows.map((r) => r.lead_org_id))]),
    listBatches(db),
  ]);
  return {
    today,
    regions: new Map(regions.map((e) => [e.code, e.label])),
    orgs: new Map([...orgs].map(([id, o]) => [id, o.name])),
    batches: new Map(batches.map((b) => [b.id, b.name])),
  };
}
