import type { DictEntry } from '@ecocloud/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { useLocale } from '../../../lib/locale-context';
import { canSeeRegion, useSession } from '../../auth/shared';
import { fetchMetricPreview, fetchMetrics } from '../indicator-api';

// Metrics and their readings are not changed by the work plan's writes: keys of their own, outside planViews.
const metricKeys = {
  list: () => ['workplan', 'metrics'] as const,
  preview: (key: string, regionCode: string, year: number | undefined) =>
    ['workplan', 'metrics', 'preview', key, regionCode, year ?? null] as const,
};

/** The bindable metrics (they change only with a deployment). */
export function useMetrics() {
  return useQuery({ queryKey: metricKeys.list(), queryFn: fetchMetrics, staleTime: 10 * 60_000 });
}

/**
 * A metric's reading and trajectory (while it is being chosen, the last one stays shown while the next
 * loads). `silent`: a failure is the caller's to show (a bound indicator's region may lie outside the user's scope).
 */
export function useMetricPreview(
  key: string | undefined,
  regionCode: string | undefined,
  year: number | undefined,
  { silent = false } = {},
) {
  return useQuery({
    queryKey: metricKeys.preview(key ?? '', regionCode ?? '', year),
    queryFn: () => fetchMetricPreview(key!, regionCode!, year),
    enabled: Boolean(key && regionCode),
    placeholderData: keepPreviousData,
    meta: { silent },
  });
}

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

/** The regions a metric may be read for: those of the user's scope, as select options in the UI's language. */
export function useMetricRegionOptions(): { value: string; label: string }[] {
  const { me } = useSession();
  const { locale } = useLocale();
  const regions = useQuery({
    // The same cache entry as the other region lists: the whole region code table.
    queryKey: ['dictionaries', 'region', 'all'],
    queryFn: fetchRegions,
    staleTime: 10 * 60_000,
    meta: { silent: true },
  });
  return (regions.data ?? [])
    .filter((r) => canSeeRegion(me, r.code))
    .map((r) => ({ value: r.code, label: locale === 'en' && r.labelEn ? r.labelEn : r.label }));
}
