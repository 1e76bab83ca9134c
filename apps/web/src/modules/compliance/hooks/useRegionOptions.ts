import type { DictEntry } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { useLocale } from '../../../lib/locale-context';
import { canSeeRegion, useSession } from '../../auth/shared';

const PAGE = 200; // the API's largest page

async function fetchRegions(): Promise<DictEntry[]> {
  const items: DictEntry[] = [];
  for (let page = 1; ; page++) {
    const next = await http<{ items: DictEntry[]; total: number }>('/api/v1/dictionaries/region/entries', {
      query: { page, pageSize: PAGE, sort: 'code', order: 'asc' },
    });
    items.push(...next.items);
    if (next.items.length === 0 || items.length >= next.total) return items;
  }
}

/** The regions the user's scope covers, as select options (a city officer gets its city and counties). */
export function useRegionOptions(): { value: string; label: string }[] {
  const { me } = useSession();
  const { locale } = useLocale();
  const regions = useQuery({
    queryKey: ['dictionaries', 'region', 'all'],
    queryFn: fetchRegions,
    staleTime: 10 * 60_000,
    // Without names the filter just has no options: no error toast.
    meta: { silent: true },
  });
  return (regions.data ?? [])
    .filter((r) => canSeeRegion(me, r.code))
    .map((r) => ({ value: r.code, label: locale === 'en' && r.labelEn ? r.labelEn : r.label }));
}
