import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
