import type { DictEntry } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';

const PAGE = 200; // the API's largest page

/** Every entry of a dictionary (regions, industry classes: a few pages at most), for the filters' options. */
async function fetchAll(code: string): Promise<DictEntry[]> {
  const url = `/api/v1/dictionaries/${encodeURIComponent(code)}/entries`;
  const items: DictEntry[] = [];
  for (let page = 1; ; page++) {
    const next = await http<{ items: DictEntry[]; total: number }>(url, {
      query: { page, pageSize: PAGE, sort: 'code', order: 'asc' },
    });
    items.push(...next.items);
    if (next.items.length === 0 || items.length >= next.total) return items;
  }
}

/** A dictionary's entries; without them the filters just have no options (no error toast). */
export function useDictionaryEntries(code: 'region' | 'industry_class') {
  return useQuery({
    queryKey: ['dictionaries', code, 'all'],
    queryFn: () => fetchAll(code),
    staleTime: 10 * 60_000,
    meta: { silent: true },
  });
}
