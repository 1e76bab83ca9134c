import { sql, type Expression, type SqlBool } from 'kysely';
import { orgInSubtree } from '../../../platform/scope/data-scope';
import type { Reach } from './workplan-scope';

/**
 * The reach as a parameterised predicate on `item` (a column holding a workplan item id): an item is
 * in reach when one of its units is the caller's organisation (or below it, for a division or bureau),
 * or when it names a region under the caller's. Written as SQL so it fits a query over any tables.
 */
export function reachPredicate(reach: Reach, item = 'workplan_items.id') {
  return (): Expression<SqlBool> => {
    if (reach.kind === 'all') return sql<SqlBool>`1 = 1`;
    const itemId = sql.ref(item);
    if (reach.kind === 'unit') {
      return sql<SqlBool>`exists (select ru.item_id from workplan_item_units as ru where ru.item_id = ${itemId} and ru.org_id = ${reach.orgId})`;
    }
    // The org-subtree part is the platform's data-scope predicate, so the work plan has no subtree rule of its own.
    const unitBelow = sql<SqlBool>`exists (select ru.item_id from workplan_item_units as ru where ru.item_id = ${itemId} and ${orgInSubtree('ru.org_id', reach.orgPath)})`;
    const regionBelow = sql<SqlBool>`exists (select rr.item_id from workplan_item_regions as rr where rr.item_id = ${itemId} and rr.region_code like ${`${reach.regionPrefix}%`})`;
    return sql<SqlBool>`(${unitBelow} or ${regionBelow})`;
  };
}
