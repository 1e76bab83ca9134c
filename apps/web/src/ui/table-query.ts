/** What antd's Table reports for a sort click (one column). */
export type TableSorter = { field?: unknown; columnKey?: unknown; order?: 'ascend' | 'descend' | null };
export type SortQuery = { sort?: string; order?: 'asc' | 'desc' };

/**
 * Maps an antd sorter to the API's `sort` / `order` query. Only whitelisted keys pass: the
 * server rejects others with VALIDATION_FAILED, so an unknown column just means "no sort".
 */
export function sorterToQuery(sorter: TableSorter | TableSorter[], allowed: readonly string[]): SortQuery {
  const first = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = first?.columnKey ?? first?.field;
  if (!first?.order || typeof key !== 'string' || !allowed.includes(key)) return {};
  return { sort: key, order: first.order === 'descend' ? 'desc' : 'asc' };
}

/** The antd sortOrder for a column, from the query; lets the table show what the server sorted by. */
export function sortOrderOf(query: SortQuery, key: string): 'ascend' | 'descend' | null {
  if (query.sort !== key) return null;
  return query.order === 'desc' ? 'descend' : 'ascend';
}
