import type { ServiceDeps } from '../../../platform/service-deps';
import { sourcesReads } from '../../sources';
import { reportRows } from './disclosure-reports';

/**
 * Per enterprise, the disclosure reports of list year `year` missed (overdue on `on`) or filed late: the
 * rating's indicator S2 (环境信息依法披露).
 */
export async function missedDisclosuresOf(
  deps: ServiceDeps,
  enterpriseIds: readonly string[],
  year: number,
  on: string,
): Promise<Map<string, number>> {
  const enterprises = await sourcesReads.enterprisesInReach(deps.db, null, { ids: enterpriseIds });
  const rows = await reportRows(deps, enterprises, [year], on);
  const out = new Map<string, number>();
  for (const r of rows)
    if (r.state === 'overdue' || r.state === 'filed_late') out.set(r.enterpriseId, (out.get(r.enterpriseId) ?? 0) + 1);
  return out;
}
