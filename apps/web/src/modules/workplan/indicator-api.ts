import type { IndicatorInput, MetricListItem, MetricPreview, UpdateIndicatorBody } from '@ecocloud/contracts';
import { http } from '../../lib/http';
import type { Indicator, List } from './types';

const enc = encodeURIComponent;
const base = '/api/v1/workplan';

/** An indicator as stored (the server answers without its latest value). */
type StoredIndicator = Omit<Indicator, 'latest'>;

/** The metrics other modules publish, by group in picker order. */
export function fetchMetrics(): Promise<List<MetricListItem>> {
  return http(`${base}/metrics`);
}

/** A metric's current reading for a region and year, with its month-end trajectory. */
export function fetchMetricPreview(key: string, regionCode: string, year: number | undefined): Promise<MetricPreview> {
  return http(`${base}/metrics/${enc(key)}/preview`, { query: { regionCode, year } });
}

export function addIndicator(itemId: string, input: IndicatorInput): Promise<StoredIndicator> {
  return http(`${base}/items/${enc(itemId)}/indicators`, { method: 'POST', body: input });
}

/** Only the fields sent change; a manual indicator drops its metric. */
export function updateIndicator(id: string, patch: UpdateIndicatorBody): Promise<StoredIndicator> {
  return http(`${base}/indicators/${enc(id)}`, { method: 'PATCH', body: patch });
}

export function deleteIndicator(id: string): Promise<void> {
  return http(`${base}/indicators/${enc(id)}`, { method: 'DELETE' });
}
