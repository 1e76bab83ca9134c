import type { DictEntry } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocale } from '../../../lib/locale-context';
import { fetchEntries } from '../api';

const PAGE = 200; // the API's largest page

/** Every entry of the region code table (a province with its cities and counties: a few pages at most). */
async function fetchAllRegions(): Promise<DictEntry[]> {
  const first = await fetchEntries('region', { page: 1, pageSize: PAGE, sort: 'code', order: 'asc' });
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await fetchEntries('region', { page, pageSize: PAGE, sort: 'code', order: 'asc' });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return items;
}

/** The name of a region code in the current locale ("柳州市"); the code itself while loading or when unknown. */
function regionNameOf(entries: readonly DictEntry[] | undefined, code: string, locale: string): string {
  const entry = entries?.find((e) => e.code === code);
  if (!entry) return code;
  return locale === 'en' && entry.labelEn ? entry.labelEn : entry.label;
}

/**
 * Region names from the region code table, which every role may read: lists and details show
 * 柳州市 where the server sends 450200.
 */
export function useRegionNames(): (code: string) => string {
  const { locale } = useLocale();
  const regions = useQuery({
    queryKey: ['dictionaries', 'region', 'all'],
    queryFn: fetchAllRegions,
    staleTime: 10 * 60_000,
    // A helper of the page, not its data: without names the codes show, and no error toast.
    meta: { silent: true },
  });
  return useCallback((code: string) => regionNameOf(regions.data, code, locale), [regions.data, locale]);
}
